import pytest

from tests.translation.conftest import soup

pytestmark = pytest.mark.django_db


def _switcher_links(page):
    switcher = page.select_one("nav.language-switcher")
    return {item.get_text(strip=True): item for item in switcher.select("a, span")}


def test_the_switcher_leads_to_the_pages_translation(client, polish_guidance):
    items = _switcher_links(soup(client.get("/short-breaks/")))
    assert list(items) == ["English", "Polski"]
    english, polish = items["English"], items["Polski"]
    assert (english.name, english["aria-current"]) == ("span", "true")
    assert polish["href"] == "/pl/short-breaks/"
    assert (polish["lang"], polish["hreflang"], polish["dir"]) == ("pl", "pl", "ltr")


def test_the_switcher_marks_the_current_language_on_a_translation(client, polish_guidance):
    items = _switcher_links(soup(client.get("/pl/short-breaks/")))
    assert items["Polski"].get("aria-current") == "true"
    assert items["English"]["href"] == "/short-breaks/"
    assert items["English"]["lang"] == "en-gb"


def test_each_language_is_named_in_its_own_language_and_direction(
    client, home_page, guidance, locales
):
    from localoffer.translation.translate import translate_page

    for code in ("pl", "ar", "ur"):
        translate_page(home_page, locales[code], {})
    translate_page(guidance, locales["ar"], {"Short breaks": "فترات راحة قصيرة"})
    items = _switcher_links(soup(client.get("/short-breaks/")))
    assert list(items) == ["English", "Polski", "العربية", "اردو"]
    assert items["العربية"]["href"] == "/ar/short-breaks/"
    # No Polish or Urdu version of this page: their home pages, which say so.
    assert items["Polski"]["href"] == f"/pl/?untranslated={guidance.pk}"
    assert (items["العربية"]["lang"], items["العربية"]["dir"]) == ("ar", "rtl")
    assert (items["اردو"]["lang"], items["اردو"]["hreflang"], items["اردو"]["dir"]) == (
        "ur",
        "ur",
        "rtl",
    )


def test_no_switcher_when_the_site_is_in_one_language(client, guidance):
    assert soup(client.get("/short-breaks/")).select_one("nav.language-switcher") is None


def test_alternate_links_name_every_version_and_the_english_default(client, polish_guidance):
    links = soup(client.get("/pl/short-breaks/")).select('head link[rel="alternate"]')
    assert {(link["hreflang"], link["href"]) for link in links} == {
        ("en-gb", "http://testserver/short-breaks/"),
        ("x-default", "http://testserver/short-breaks/"),
        ("pl", "http://testserver/pl/short-breaks/"),
    }


def test_on_search_the_switcher_offers_the_site_languages_keeping_the_search(
    search_index, client, polish_home
):
    items = _switcher_links(soup(client.get("/search/", {"q": "breaks"})))
    assert list(items) == ["English", "Polski"]
    assert items["Polski"]["href"] == "/pl/search/?q=breaks"
