"""Making a page's translation in code, through wagtail-localize, exactly as a translator does in
its editor: each string of the source page gets a translation (typed in, or imported from a PO
file), then the translated page is published. The demo site's translations are made this way
(`localoffer.demo.translations`), so editors can open them in the translation editor, export them
as PO files, and synchronise them when the English page changes.
"""

from django.db.models import Exists, OuterRef
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate_page(page, locale, strings):
    """Create or update `page`'s translation into `locale`, publish it and return it.

    `strings` maps each source string, as wagtail-localize splits the page (title, slug, summary,
    each paragraph or list item, each block's text), to its translation. A string without one keeps
    the source's text. The page's parent must be translated first."""
    translation = start_translation(page, locale)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        text = strings.get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context_id=segment.context_id,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    return publish_translation(translation)


def start_translation(page, locale):
    """The wagtail-localize translation of `page` into `locale`, with a source taken from the page
    if it has none yet, ready for its strings to be translated."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    return translation


def publish_translation(translation):
    """Create or update the translated page and publish it; return it.

    A string without a translation keeps the source's text, as wagtail-localize does when a
    translator publishes an unfinished translation. Saved as a draft, then published here rather
    than when the transaction commits (as wagtail-localize does), so the page is live straight
    away."""
    translated, _created = translation.source.create_or_update_translation(
        translation.target_locale, publish=False, fallback=True
    )
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated


def untranslated_strings(page, locale):
    """The strings of `page`'s translation source that have no translation into `locale`."""
    source = TranslationSource.objects.get_for_instance(page)
    translation = StringTranslation.objects.filter(
        translation_of=OuterRef("string_id"), context=OuterRef("context_id"), locale=locale
    )
    return list(
        StringSegment.objects.filter(source=source)
        .exclude(Exists(translation))
        .values_list("string__data", flat=True)
    )
