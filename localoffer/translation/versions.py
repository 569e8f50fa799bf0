"""The current page, or view, in each language it exists in: for the language switcher and the
`hreflang` alternates in the page's head."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from .locales import language_name, language_order, offered_languages, text_direction
from .out_of_date import is_newer_source_of


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    url: str
    absolute_url: str
    title: str = ""
    is_current: bool = False
    # This version is the page the current one was translated from, and has changed since.
    is_newer_source: bool = False

    @property
    def name(self):
        return language_name(self.language_code)

    @property
    def direction(self):
        return text_direction(self.language_code)

    @property
    def is_default_language(self):
        return self.language_code == settings.LANGUAGE_CODE


def page_versions(page, request):
    """The live translations of `page` (itself included), in settings order. One query."""
    translations = (
        page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code__in=offered_languages())
        .select_related("locale")
        .annotate(is_newer_source=is_newer_source_of(page.locale_id))
    )
    versions = []
    for translation in translations:
        url = translation.get_url(request)
        if url is None:  # not routable: outside every site
            continue
        versions.append(
            LanguageVersion(
                language_code=translation.locale.language_code,
                url=url,
                absolute_url=request.build_absolute_uri(url),
                title=translation.title,
                is_current=translation.pk == page.pk,
                is_newer_source=translation.is_newer_source,
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


def newer_source(versions):
    """The version the current page was translated from, if it has changed since; else None."""
    return next((version for version in versions if version.is_newer_source), None)


def _in_settings_order(versions):
    return sorted(versions, key=lambda version: language_order(version.language_code))
