"""The languages the site offers, from the one list in settings (`WAGTAIL_CONTENT_LANGUAGES`)."""

from django.apps import apps as global_apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import get_language_info
from wagtail.models import Page, Site


def create_missing_locales(apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs):
    """Give every configured language a Wagtail Locale, so editors can translate into it.

    Connected to `post_migrate`. Locales of languages taken out of settings are kept: deleting one
    would delete every page in that language."""
    try:
        Locale = apps.get_model("wagtailcore", "Locale")
    except LookupError:  # migrating to a state before Wagtail's locales existed
        return
    locales = Locale._default_manager.using(using)
    existing = set(locales.values_list("language_code", flat=True))
    locales.bulk_create(
        Locale(language_code=code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code not in existing
    )


def language_name(language_code):
    """The language's name in that language ("Polski"), as settings give it."""
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES)[language_code]


def page_language(page):
    """The language `page` is in, from Wagtail's cached site root paths: a page is in the language
    of the home page it sits under. No query. None for a page outside every site."""
    for root in Site.get_site_root_paths():
        if page.url_path.startswith(root.root_path):
            return root.language_code
    return None


def source_language_root_path(home_page):
    """The `url_path` of the translation of `home_page` (a site's root page) in the site's source
    language (settings.LANGUAGE_CODE), from Wagtail's cached site root paths: no query. The page's
    own `url_path` when that language has no such page."""
    roots = Site.get_site_root_paths()
    site_ids = {root.site_id for root in roots if root.root_path == home_page.url_path}
    for root in roots:
        if root.site_id in site_ids and root.language_code == settings.LANGUAGE_CODE:
            return root.root_path
    return home_page.url_path


def text_direction(language_code):
    return "rtl" if get_language_info(language_code)["bidi"] else "ltr"


def offered_languages():
    """The language codes families can choose, in the order settings list them. A Locale whose
    language has been taken out of settings is no longer offered."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def language_order(language_code):
    """Where the language comes in settings, to list languages in the same order everywhere."""
    return offered_languages().index(language_code)


def in_locale(pages, locale_id):
    """Each of `pages` as families reading in `locale_id` should be sent to it: its live
    translation where there is one, else the page itself. One query, and none when every page is
    already in that language. Page links an editor chose are to the source language's pages, and
    a translated page keeps them (wagtail-localize synchronises them unchanged)."""
    keys = [page.translation_key for page in pages if page.locale_id != locale_id]
    if not keys:
        return list(pages)
    translations = Page.objects.live().filter(locale_id=locale_id, translation_key__in=keys)
    by_key = {page.translation_key: page for page in translations}
    return [by_key.get(page.translation_key, page) for page in pages]


def with_translations(sources, locale_id, also=()):
    """`in_locale` for a queryset of pages and a list of pages at once, in one query in any
    language: ([(source, the page to link to)] for `sources` in tree order, [the page to link to]
    for each of `also`). For the site's menu and footer, on every page."""
    keys = [page.translation_key for page in also]
    found = (
        Page.objects.live()
        .filter(
            Q(pk__in=sources.values("pk"))
            | Q(locale_id=locale_id, translation_key__in=sources.values("translation_key"))
            | Q(locale_id=locale_id, translation_key__in=keys)
        )
        .annotate(is_source=Exists(sources.filter(pk=OuterRef("pk"))))
        .order_by("path")
    )
    translations, source_pages = {}, []
    for page in found:
        if page.locale_id == locale_id:
            translations[page.translation_key] = page
        if page.is_source:
            source_pages.append(page)
    return (
        [(page, translations.get(page.translation_key, page)) for page in source_pages],
        [translations.get(page.translation_key, page) for page in also],
    )
