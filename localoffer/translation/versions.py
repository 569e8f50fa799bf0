"""The current page, or view, in each language it exists in: for the language switcher and the
`hreflang` alternates in the page's head.

The switcher offers every language the site is published in. Where the page has no translation
into a language, it leads to that language's home page, which says the page is not translated yet
(`UNTRANSLATED_PARAMETER` names the page); those versions are not alternates of the page."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from .locales import language_name, language_order, offered_languages, text_direction
from .out_of_date import is_newer_source_of

# On a home page's address: the id of the page the family was reading, not translated yet.
UNTRANSLATED_PARAMETER = "untranslated"


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    url: str
    absolute_url: str
    title: str = ""
    is_current: bool = False
    # This version is the page the current one was translated from, and has changed since.
    is_newer_source: bool = False
    # False for a language the page is not translated into: `url` is then that language's home.
    is_translation: bool = True

    @property
    def name(self):
        return language_name(self.language_code)

    @property
    def direction(self):
        return text_direction(self.language_code)

    @property
    def is_default_language(self):
        return self.language_code == settings.LANGUAGE_CODE


def page_versions(page, request, home_page=None):
    """The live translations of `page` (itself included), in settings order, and for each other
    language `home_page` is published in, that home page (`is_translation` False). One query."""
    keys = [page.translation_key]
    if home_page is not None:
        keys.append(home_page.translation_key)
    pages = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code__in=offered_languages())
        .select_related("locale")
        .annotate(is_newer_source=is_newer_source_of(page.locale_id))
    )
    translations, homes = {}, {}
    for found in pages:
        language_code = found.locale.language_code
        is_page = found.translation_key == page.translation_key
        (translations if is_page else homes)[language_code] = found
    versions = []
    for language_code, translation in translations.items():
        url = translation.get_url(request)
        if url is None:  # not routable: outside every site
            continue
        versions.append(
            LanguageVersion(
                language_code=language_code,
                url=url,
                absolute_url=request.build_absolute_uri(url),
                title=translation.title,
                is_current=translation.pk == page.pk,
                is_newer_source=translation.is_newer_source,
            )
        )
    for language_code, home in homes.items():
        url = home.get_url(request)
        if language_code in translations or url is None:
            continue
        url = f"{url}?{urlencode({UNTRANSLATED_PARAMETER: page.pk})}"
        versions.append(
            LanguageVersion(
                language_code=language_code,
                url=url,
                absolute_url=request.build_absolute_uri(url),
                title=home.title,
                is_translation=False,
            )
        )
    return _in_settings_order(versions)


def view_versions(home_page, request):
    """For a view every language has (search, feedback forms, "page not found"): this address in
    each language the site's home page is published in. One query."""
    languages = (
        home_page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code__in=offered_languages())
        .values_list("locale__language_code", flat=True)
    )
    path = request.get_full_path()
    current = get_language()
    versions = []
    for language_code in languages:
        url = translate_url(path, language_code)
        versions.append(
            LanguageVersion(
                language_code=language_code,
                url=url,
                absolute_url=request.build_absolute_uri(url),
                is_current=language_code == current,
            )
        )
    return _in_settings_order(versions)


def translations(versions):
    """The versions that are the page itself in another language: its `hreflang` alternates."""
    return [version for version in versions if version.is_translation]


def newer_source(versions):
    """The version the current page was translated from, if it has changed since; else None."""
    return next((version for version in versions if version.is_newer_source), None)


def _in_settings_order(versions):
    return sorted(versions, key=lambda version: language_order(version.language_code))
