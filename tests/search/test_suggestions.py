"""'Did you mean …?' when a search finds little and the backend has a better spelling."""

import pytest

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def suggestion(soup):
    return soup.select_one(".search-suggestion a")


def test_a_misspelt_search_that_finds_little_offers_a_correction(guidance, get_soup):
    guidance("Wheelchair services", "How to get a wheelchair assessed.")

    _response, soup = get_soup("/search/", {"q": "wheelchiar"})

    assert suggestion(soup).get_text() == "wheelchair"
    assert suggestion(soup)["href"] == "/search/?q=wheelchair"


def test_no_correction_when_the_words_find_plenty(guidance, get_soup):
    for number in range(3):
        guidance(f"Wheelchair services {number}", "How to get a wheelchair assessed.")

    _response, soup = get_soup("/search/", {"q": "wheelchiar"})

    assert len(result_titles(soup)) == 3
    assert suggestion(soup) is None


def test_no_correction_for_words_spelt_right(guidance, get_soup):
    guidance("Wheelchair services", "How to get a wheelchair assessed.")
    _response, soup = get_soup("/search/", {"q": "wheelchair"})
    assert suggestion(soup) is None
