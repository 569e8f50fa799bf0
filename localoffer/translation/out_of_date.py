"""When a translation may be out of date: the page it was translated from has changed since.

wagtail-localize keeps a `TranslationSource` for each page that has been translated: a copy of the
source page's content, taken when the translation was made and each time an editor synchronises
the translations ("Sync translated pages"). A translation is behind when its source page has been
published since that copy was last taken. Families are told so on the translated page, and the
content-review report lists the page as "translation behind source".
"""

from django.db.models import Exists, OuterRef
from wagtail.models import Page
from wagtail_localize.models import TranslationSource


def is_newer_source_of(target_locale_id, page=""):
    """Condition on a Page queryset: the page has a wagtail-localize translation into
    `target_locale_id` (a value or an `OuterRef`) and has been published since that translation was
    last synchronised with it. On a queryset of rows naming a page, `page` is the way to it (for
    example "page__").

    This is the one definition of the rule; `translation_behind_source` builds on it."""
    return Exists(
        TranslationSource.objects.filter(
            object_id=OuterRef(f"{page}translation_key"),
            locale_id=OuterRef(f"{page}locale_id"),
            last_updated_at__lt=OuterRef(f"{page}last_published_at"),
            translations__target_locale_id=target_locale_id,
            translations__enabled=True,
        )
    )


def translation_behind_source(translation_key="translation_key", locale_id="locale_id"):
    """Condition on a queryset of pages, or of rows naming a page through the two fields given (for
    example "page__translation_key" and "page__locale_id"): the page is a translation whose source
    page has been published since they were last synchronised."""
    return Exists(
        Page.objects.filter(
            is_newer_source_of(OuterRef(OuterRef(locale_id))),
            translation_key=OuterRef(translation_key),
        )
    )
