"""Every live page can be found by following links, in every language: a family never needs the
site search (or another page's small print) to reach a page."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Locale, Page

from localoffer.restrictions import public
from localoffer.translation.locales import offered_languages

pytestmark = pytest.mark.django_db
LANGUAGES = offered_languages()


def language_prefix(language_code):
    return "" if language_code == settings.LANGUAGE_CODE else f"/{language_code}"


def in_language(path, language_code):
    """Whether the address is a page of the site in `language_code` (English has no prefix)."""
    other_prefixes = [f"/{code}/" for code in LANGUAGES if code != settings.LANGUAGE_CODE]
    if language_code == settings.LANGUAGE_CODE:
        return not any(path.startswith(prefix) for prefix in other_prefixes)
    return path.startswith(f"/{language_code}/")


def crawl(client, language_code):
    """The addresses reached from the language's home page by following links to pages in that
    language (not the search, the admin or files), each page fetched once."""
    start = f"{language_prefix(language_code)}/"
    seen, queue = {start}, [start]
    while queue:
        response = client.get(queue.pop())
        assert response.status_code == 200, (response.request["PATH_INFO"], response.status_code)
        if not response["Content-Type"].startswith("text/html"):  # the "You said, we did" feed
            continue
        for link in BeautifulSoup(response.content, "html.parser").find_all("a", href=True):
            address = urlsplit(link["href"])
            path = address.path
            if address.netloc not in ("", "testserver") or not path.startswith("/"):
                continue
            if not in_language(path, language_code) or _not_a_page(path, language_code):
                continue
            if path not in seen:
                seen.add(path)
                queue.append(path)
    return seen


def _not_a_page(path, language_code):
    prefix = language_prefix(language_code)
    return any(
        path.startswith(f"{prefix}{part}")
        for part in ("/search/", "/feedback/", "/admin/", "/documents/", "/django-admin/")
    )


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_every_live_page_in_the_language_is_reachable_from_its_home_page(
    demo_site, client, language_code
):
    locale = Locale.objects.get(language_code=language_code)
    pages = public(Page.objects.live()).filter(locale=locale, depth__gt=1)
    expected = {page.get_url() for page in pages}

    reached = crawl(client, language_code)

    assert expected - reached == set()
    assert len(expected) >= 7
