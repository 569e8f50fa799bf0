"""Which pages a whole-site check opens: every live page in every locale, and in every language the
pages that are not Wagtail pages (search results, page not found, server error, and any page an
app registers with the `register_accessibility_check_urls` hook)."""

from dataclasses import dataclass
from urllib.parse import urlencode, urljoin, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import pgettext
from wagtail import hooks
from wagtail.models import Page

# Apps add their own pages outside the page tree (a feedback thank-you page, a survey) with:
#
#     @hooks.register("register_accessibility_check_urls")
#     def feedback_pages():
#         return [reverse("feedback:thanks")]
#
# The function is called once per language, with that language active, and returns paths.
URLS_HOOK = "register_accessibility_check_urls"
# Paths that are never a page, for the "page not found" page and the server error page.
MISSING_PAGE_SLUG = "accessibility-check-missing-page/"
SERVER_ERROR_SLUG = "accessibility-check-server-error/"


@dataclass(frozen=True)
class Target:
    """A page to check, the status it should be served with, and the Wagtail page it is (None
    for pages outside the page tree)."""

    url: str
    language_code: str
    page_id: int | None = None
    expected_status: int = 200
    # The document the checker serves itself, for the server error page: a running site shows it
    # only when something breaks.
    html: str | None = None


def site_targets(base_url):
    return [*page_targets(base_url), *view_targets(base_url)]


def page_targets(base_url):
    """Every live page anyone may see, at `base_url` (the site the Local Offer runs as)."""
    pages = (
        Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path")
    )
    targets = []
    for page in pages:
        url_parts = page.get_url_parts()
        if url_parts is None:  # not under any site, so not on the web
            continue
        _site_id, _root_url, path = url_parts
        targets.append(Target(urljoin(base_url, path), page.locale.language_code, page.pk))
    return targets


def view_targets(base_url):
    targets = []
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            # Translators: a search term that finds several pages, used to check how search
            # results look in this language.
            query = urlencode({"q": pgettext("accessibility check search term", "support")})
            targets += [
                Target(urljoin(base_url, f"{reverse('search')}?{query}"), language_code),
                Target(
                    urljoin(base_url, reverse("wagtail_serve", args=[MISSING_PAGE_SLUG])),
                    language_code,
                    expected_status=404,
                ),
                Target(
                    urljoin(base_url, reverse("wagtail_serve", args=[SERVER_ERROR_SLUG])),
                    language_code,
                    expected_status=500,
                    # As Django's server_error view renders it: no context, no request.
                    html=render_to_string("500.html"),
                ),
                *(
                    Target(urljoin(base_url, path), language_code)
                    for hook in hooks.get_hooks(URLS_HOOK)
                    for path in hook()
                ),
            ]
    return targets


def target_for_url(url, base_url):
    """The target for one address (a full URL or a path on the site), linked to its Wagtail page
    when it is one."""
    url = urljoin(base_url, url)
    known = next((target for target in site_targets(base_url) if target.url == url), None)
    if known:
        return known
    language_code = translation.get_language_from_path(urlsplit(url).path) or settings.LANGUAGE_CODE
    return Target(url, language_code)
