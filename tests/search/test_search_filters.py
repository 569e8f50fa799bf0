"""Filtering results by type of information and audience, and searching in one's own language."""

import pytest
from wagtail.models import Locale

from localoffer.taxonomy import Audience
from pathways.models import PathwayPage
from search.categories import SearchCategory
from tests.factories import StandardPageFactory
from tests.pathways.factories import PathwayPageFactory
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def transport_pages(guidance, home_page, monkeypatch):
    """General guidance, and pathways for two audiences (as the pathways app declares them)."""
    monkeypatch.setattr(PathwayPage, "search_category", SearchCategory.PATHWAY, raising=False)
    guidance("Transport to school", "Who can get free transport.")
    PathwayPageFactory(
        parent=home_page, title="Transport at 16: your steps", audience=Audience.YOUNG_PEOPLE
    )
    PathwayPageFactory(
        parent=home_page, title="Asking for transport", audience=Audience.PARENTS_AND_CARERS
    )


def filter_links(soup, facet):
    return {
        link.get_text(strip=True): " ".join(link.find_next_sibling("span").get_text().split())
        for link in soup.select(f"nav[aria-labelledby=filter-{facet}] a")
    }


def test_results_filter_by_type_with_counts(transport_pages, get_soup):
    _response, soup = get_soup("/search/", {"q": "transport", "type": "pathway"})

    assert sorted(result_titles(soup)) == ["Asking for transport", "Transport at 16: your steps"]
    assert filter_links(soup, "type") == {
        "All": "(3 results)",
        "Step-by-step guides": "(2 results)",
        "General information": "(1 result)",
    }
    current = soup.select_one("nav[aria-labelledby=filter-type] [aria-current=true]")
    assert current.get_text(strip=True) == "Step-by-step guides"


def test_results_filter_by_audience_keeping_pages_for_everyone(transport_pages, get_soup):
    _response, soup = get_soup("/search/", {"q": "transport", "audience": "young-people"})

    assert sorted(result_titles(soup)) == ["Transport at 16: your steps", "Transport to school"]
    assert filter_links(soup, "audience")["Parents and carers"] == "(2 results)"


def test_a_filter_value_we_do_not_know_is_ignored_with_a_note(transport_pages, get_soup):
    response, soup = get_soup("/search/", {"q": "transport", "type": "<b>recipes</b>"})

    assert response.status_code == 200
    assert len(result_titles(soup)) == 3
    note = soup.select_one(".search-notice")
    assert "Type of information: “<b>recipes</b>”" in note.get_text()
    assert note.find("b") is None  # the value is shown as text, never as markup


def test_a_filter_with_no_results_offers_the_search_without_filters(guidance, get_soup):
    guidance("Transport to school", "Who can get free transport.")
    _response, soup = get_soup("/search/", {"q": "transport", "type": "adulthood"})

    assert result_titles(soup) == []
    assert soup.find("a", string="Search without filters")["href"] == "?q=transport"


def test_visitors_only_find_pages_in_their_language(home_page, get_soup):
    StandardPageFactory(parent=home_page, title="Przerwy wytchnieniowe po angielsku")
    polish_home = home_page.copy_for_translation(
        Locale.objects.get_or_create(language_code="pl")[0]
    )
    polish_home.save_revision().publish()
    StandardPageFactory(parent=polish_home, title="Przerwy wytchnieniowe")

    _response, polish_soup = get_soup("/pl/search/", {"q": "przerwy"})
    _response, english_soup = get_soup("/search/", {"q": "przerwy"})

    assert result_titles(polish_soup) == ["Przerwy wytchnieniowe"]
    assert result_titles(english_soup) == ["Przerwy wytchnieniowe po angielsku"]
