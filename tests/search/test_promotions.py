"""Results editors recommend for a search (Wagtail's promoted search results) come first."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def promote():
    def make(query, sort_order, **fields):
        return SearchPromotion.objects.create(
            query=Query.get(query), sort_order=sort_order, **fields
        )

    return make


def recommended(soup):
    section = soup.select_one("section[aria-labelledby=recommended-heading]")
    if section is None:
        return []
    return [(link.get_text(), link["href"]) for link in section.select("h3 a")]


def test_promoted_results_are_recommended_above_the_results(guidance, promote, get_soup):
    guidance("Short breaks", "Time off for families.")
    respite = guidance("Respite at Willow House", "Overnight stays for disabled children.")
    promote("Short Breaks", 1, page=respite, description="Book a stay.")
    promote(
        "short breaks",
        0,
        external_link_url="https://nhs.example/short-breaks",
        external_link_text="NHS advice",
    )

    _response, soup = get_soup("/search/", {"q": "  SHORT   breaks "})

    assert recommended(soup) == [
        ("NHS advice", "https://nhs.example/short-breaks"),
        ("Respite at Willow House", f"/search/open/?q=SHORT+breaks&page={respite.pk}"),
    ]
    assert "Book a stay." in soup.select_one("section[aria-labelledby=recommended-heading]").text
    heading = soup.select_one("#recommended-heading")
    assert heading.find_next("ol", class_="search-results") is not None  # results follow
    assert "Short breaks" in result_titles(soup)


def test_recommendations_leave_filtered_results_alone(guidance, promote, get_soup):
    page = guidance("Short breaks", "Time off for families.")
    promote("short breaks", 0, page=page)

    _response, filtered = get_soup("/search/", {"q": "short breaks", "type": "general"})

    assert recommended(filtered) == []


def test_a_promoted_page_that_is_not_live_is_not_recommended(guidance, promote, get_soup):
    page = guidance("Short breaks", "Time off for families.")
    promote("short breaks", 0, page=page)
    page.unpublish()

    _response, soup = get_soup("/search/", {"q": "short breaks"})

    assert recommended(soup) == []


def test_a_promoted_page_is_recommended_in_the_visitors_language(
    home_page, guidance, promote, get_soup
):
    page = guidance("Short breaks", "Time off for families.")
    promote("short breaks", 0, page=page, description="Written in English.")
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    home_page.copy_for_translation(polish).save_revision().publish()
    translation = page.copy_for_translation(polish)
    translation.title = "Przerwy wytchnieniowe"
    translation.save_revision().publish()

    _response, soup = get_soup("/pl/search/", {"q": "short breaks"})

    assert recommended(soup) == [
        ("Przerwy wytchnieniowe", f"/pl/search/open/?q=short+breaks&page={translation.pk}")
    ]
    assert "Written in English." not in soup.text
