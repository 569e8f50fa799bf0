"""The language switcher is on every page. Where the page has no translation into a language, it
leads to that language's home page, which says, in that language, that the page is not
translated yet, and links back to it."""

import pytest
from wagtail.models import PageViewRestriction

from localoffer.translation.translate import translate_page
from tests.factories import StandardPageFactory
from tests.navigation.conftest import links, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance(home_page, locales):
    """An English page, and the home page in Polish and Arabic (the page is not translated)."""
    page = StandardPageFactory(parent=home_page, title="Short breaks")
    translate_page(home_page, locales["pl"], {})
    translate_page(home_page, locales["ar"], {})
    return page


def _switcher(html):
    return {link.get_text(strip=True): link for link in html.select(".language-switcher a")}


def test_the_switcher_offers_every_language_of_the_site_on_an_untranslated_page(client, guidance):
    switcher = _switcher(soup(client.get("/short-breaks/")))
    assert {name: link["href"] for name, link in switcher.items()} == {
        "Polski": f"/pl/?untranslated={guidance.pk}",
        "العربية": f"/ar/?untranslated={guidance.pk}",
    }
    assert (switcher["العربية"]["hreflang"], switcher["العربية"]["lang"]) == ("ar", "ar")


def test_the_home_page_says_in_its_language_that_the_page_is_not_translated_yet(client, guidance):
    html = soup(client.get(f"/ar/?untranslated={guidance.pk}"))
    notice = html.select_one(".translation-notice")
    assert "الصفحة التي كنت تقرأها غير مترجمة إلى هذه اللغة بعد." in notice.get_text()
    assert links(notice, "a") == [
        ("Short breaks (باللغة الإنجليزية)", "/short-breaks/", "en-gb", ("en-gb", "ltr"))
    ]
    polish = soup(client.get(f"/pl/?untranslated={guidance.pk}"))
    assert "nie jest jeszcze przetłumaczona" in polish.select_one(".translation-notice").get_text()


def test_home_pages_offered_in_place_of_a_translation_are_not_alternates(client, guidance):
    html = soup(client.get("/short-breaks/"))
    assert html.select('head link[rel="alternate"]') == []


@pytest.mark.parametrize("value", ["", "abc", "-1", "99999999999999999999", "0"])
def test_no_notice_without_an_untranslated_page(client, guidance, value):
    html = soup(client.get("/pl/", {"untranslated": value}))
    assert html.select_one(".translation-notice") is None


def test_no_notice_for_a_draft_a_restricted_page_or_a_page_in_this_language(
    client, guidance, home_page, locales
):
    draft = StandardPageFactory(parent=home_page, title="Draft", publish=False)
    private = StandardPageFactory(parent=home_page, title="Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    polish_home = home_page.get_translation(locales["pl"])
    for page in (draft, private, polish_home):
        html = soup(client.get("/pl/", {"untranslated": page.pk}))
        assert html.select_one(".translation-notice") is None, page.title
