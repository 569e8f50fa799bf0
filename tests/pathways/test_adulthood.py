"""Preparing for adulthood: the grid of outcomes by age, and pages that put a young person's own
version first when they say they are a young person."""

import pytest

from localoffer.taxonomy import Audience
from pathways.models import PfaItem
from pathways.taxonomy import AgeBand, PfaOutcome
from tests.pathways.factories import PfaPageFactory, pfa_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def adulthood(pfa_index):
    return {
        "employment": PfaPageFactory(
            parent=pfa_index,
            title="Work and college",
            outcome=PfaOutcome.EMPLOYMENT,
            items=[
                pfa_item(AgeBand.YEAR_9, "Talk about jobs you like"),
                pfa_item(AgeBand.AGE_16_TO_18, "Supported internships"),
            ],
        ),
        "health": PfaPageFactory(
            parent=pfa_index,
            title="Staying healthy",
            outcome=PfaOutcome.GOOD_HEALTH,
            for_you="<p>You can see your doctor on your own.</p>",
            items=[
                pfa_item(AgeBand.AGE_14_TO_16, "Annual health checks"),
                pfa_item(AgeBand.AGE_18_TO_25, "Adult health services"),
            ],
        ),
    }


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, 4),
        ({"outcome": PfaOutcome.GOOD_HEALTH}, 2),
        ({"age": 14}, 2),  # Year 9 and age 14 to 16
        ({"age": 10}, 0),
        ({"audience": Audience.PROFESSIONALS, "area": "cognition-learning"}, 4),
    ],
)
def test_matching(adulthood, criteria, expected):
    assert PfaItem.objects.matching(criteria).count() == expected


def _cell(cell):
    """A cell's guidance, without the column name it shows on a phone."""
    guidance = cell.select_one(".guidance-grid__list")
    return guidance.get_text(" ", strip=True) if guidance else ""


def _grid(soup):
    return {
        row.th.get_text(strip=True): [_cell(cell) for cell in row.select("td")]
        for row in soup.select(".guidance-grid tbody tr")
    }


def test_the_grid_has_age_bands_down_the_side_and_outcomes_across(pfa_index, adulthood, get_soup):
    response, soup = get_soup(pfa_index.url)

    assert response.status_code == 200
    assert [th.get_text() for th in soup.select(".guidance-grid thead th")] == [
        "Age",
        "Employment",
        "Good health",
    ]
    assert _grid(soup) == {
        "Year 9 (age 13 to 14)": ["Talk about jobs you like", ""],
        "Age 14 to 16": ["", "Annual health checks"],
        "Age 16 to 18": ["Supported internships", ""],
        "Age 18 to 25": ["", "Adult health services"],
    }
    assert soup.select_one(".result-count").get_text(strip=True) == "4 pieces of guidance"


def test_filters_narrow_the_grid(pfa_index, adulthood, get_soup):
    _, soup = get_soup(pfa_index.url, data={"outcome": "good-health", "age": "15"})

    assert _grid(soup) == {"Age 14 to 16": ["Annual health checks"]}
    assert soup.select_one(".result-count").get_text(strip=True) == "1 piece of guidance"


def test_a_young_persons_choice_is_carried_into_the_pages(pfa_index, adulthood, get_soup):
    _, soup = get_soup(pfa_index.url, data={"audience": "young-people"})

    link = soup.find("a", string="Annual health checks")
    assert link["href"].startswith(f"{adulthood['health'].url}?audience=young-people#item-")


def test_a_malformed_filter_is_ignored_with_a_note(pfa_index, adulthood, get_soup):
    response, soup = get_soup(pfa_index.url, data={"outcome": "fame", "age": "1000"})

    assert response.status_code == 200
    assert soup.select_one(".notice")
    assert soup.select_one(".result-count").get_text(strip=True) == "4 pieces of guidance"


def _section_headings(soup):
    return [h2.get_text() for h2 in soup.select(".page-layout__body h2.heading-l, .for-you h2")]


def test_a_page_shows_guidance_by_age_then_the_young_persons_version(adulthood, get_soup):
    _, soup = get_soup(adulthood["health"].url)

    assert _section_headings(soup) == [
        "Age 14 to 16",
        "Age 18 to 25",
        "For young people: the short version",
    ]
    switch = soup.select_one(".audience-switch a")
    assert switch["href"] == f"{adulthood['health'].url}?audience=young-people"


def test_a_young_person_sees_their_version_first(adulthood, get_soup):
    _, soup = get_soup(adulthood["health"].url, data={"audience": "young-people"})

    assert _section_headings(soup)[0] == "For young people: the short version"
    assert "You can see your doctor on your own." in soup.select_one(".for-you").get_text()
    assert soup.select_one(".audience-switch a")["href"] == adulthood["health"].url


def test_the_grid_query_count_is_pinned_and_does_not_grow(pfa_index, adulthood, count_queries):
    before = count_queries(pfa_index.url, most=20)
    PfaPageFactory(
        parent=pfa_index,
        outcome=PfaOutcome.INDEPENDENT_LIVING,
        items=[pfa_item(band) for band in AgeBand],
    )
    assert count_queries(pfa_index.url, most=20) == before
