"""Finding a pathway: filters by audience, age and area of need, with a count."""

import pytest

from localoffer.taxonomy import AreaOfNeed, Audience
from pathways.models import AreaOfNeedChoice, PathwayPage
from tests.pathways.factories import PathwayPageFactory

pytestmark = pytest.mark.django_db


def _areas(*values):
    return list(AreaOfNeedChoice.objects.filter(value__in=values))


@pytest.fixture
def pathways(pathway_index):
    return {
        "assessment": PathwayPageFactory(
            parent=pathway_index, title="Asking for an assessment", min_age=0, max_age=25
        ),
        "adult services": PathwayPageFactory(
            parent=pathway_index,
            title="Moving to adult services",
            audience=Audience.YOUNG_PEOPLE,
            min_age=14,
            max_age=25,
        ),
        "speech": PathwayPageFactory(
            parent=pathway_index,
            title="Speech and language help",
            min_age=2,
            max_age=11,
            areas_of_need=_areas(AreaOfNeed.COMMUNICATION_INTERACTION),
        ),
    }


def _titles(soup):
    return [link.get_text() for link in soup.select(".guidance-list__item h2 a")]


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, {"assessment", "adult services", "speech"}),
        ({"audience": Audience.YOUNG_PEOPLE}, {"adult services"}),
        ({"age": 1}, {"assessment"}),
        ({"age": 14}, {"assessment", "adult services"}),
        (
            {"area": AreaOfNeed.COMMUNICATION_INTERACTION},
            {"assessment", "adult services", "speech"},
        ),
        ({"area": AreaOfNeed.SENSORY_PHYSICAL}, {"assessment", "adult services"}),
        ({"area": AreaOfNeed.COMMUNICATION_INTERACTION, "age": 5}, {"assessment", "speech"}),
    ],
)
def test_matching(pathways, criteria, expected):
    """A pathway with no areas of need is for every area."""
    matched = PathwayPage.objects.matching(criteria)
    assert set(matched) == {pathways[key] for key in expected}


def test_a_pathway_for_two_areas_is_listed_once(pathway_index):
    PathwayPageFactory(
        parent=pathway_index,
        areas_of_need=_areas(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.COGNITION_LEARNING),
    )
    assert PathwayPage.objects.matching({"area": AreaOfNeed.COGNITION_LEARNING}).count() == 1


def test_the_listing_filters_and_counts(pathway_index, pathways, get_soup):
    response, soup = get_soup(pathway_index.url, data={"age": "14"})

    assert response.status_code == 200
    assert soup.select_one(".result-count").get_text(strip=True) == "2 pathways"
    assert _titles(soup) == ["Asking for an assessment", "Moving to adult services"]
    assert soup.select_one("#id_age option[selected]")["value"] == "14"
    assert soup.select_one(".filters__clear")["href"] == pathway_index.url


def test_the_listing_shows_who_each_pathway_is_for(pathway_index, pathways, get_soup):
    _, soup = get_soup(pathway_index.url, data={"audience": Audience.YOUNG_PEOPLE})

    facts = soup.select_one(".guidance-list__facts").get_text(" ", strip=True)
    assert "Young people" in facts
    assert "14 to 25" in facts
    assert "All areas of need" in facts


@pytest.mark.parametrize(
    "query",
    ["age=twelve", "area=%3Cscript%3E", "audience=x" * 200, "age=1e3&area=&audience=nobody"],
)
def test_malformed_filters_are_ignored_with_a_note(pathway_index, pathways, get_soup, query):
    response, soup = get_soup(f"{pathway_index.url}?{query}")

    assert response.status_code == 200
    assert "We ignored" in soup.select_one(".notice").get_text()
    assert soup.select_one(".result-count").get_text(strip=True) == "3 pathways"
    assert not soup.select("[aria-invalid]")


def test_unknown_parameters_are_not_filters(pathway_index, pathways, get_soup):
    _, soup = get_soup(pathway_index.url, data={"utm_source": "leaflet", "phase": "primary"})

    assert not soup.select(".notice")
    assert soup.select_one(".result-count").get_text(strip=True) == "3 pathways"


def test_no_matches_says_so(pathway_index, pathways, get_soup):
    _, soup = get_soup(pathway_index.url, data={"audience": Audience.PROFESSIONALS})

    assert soup.select_one(".result-count").get_text(strip=True) == "0 pathways"
    assert "No pathways match these filters" in soup.get_text()


def test_only_published_pathways_are_listed(pathway_index, pathways, get_soup):
    pathways["speech"].unpublish()

    _, soup = get_soup(pathway_index.url)

    assert "Speech and language help" not in _titles(soup)


# The whole page, including the site's header, footer and feedback form: a ceiling that catches a
# query per pathway creeping in, with room for the site's own chrome.
LISTING_QUERIES = 20


def test_the_listing_query_count_is_pinned_and_does_not_grow(
    pathway_index, pathways, count_queries
):
    query = {"area": AreaOfNeed.SENSORY_PHYSICAL}
    with_two = count_queries(pathway_index.url, most=LISTING_QUERIES, data=query)
    for number in range(10):
        PathwayPageFactory(parent=pathway_index, title=f"Another pathway {number}")

    assert count_queries(pathway_index.url, most=LISTING_QUERIES, data=query) == with_two


def test_the_area_filter_offers_only_areas_some_pathway_is_tagged_with(
    pathways, pathway_index, get_soup
):
    PathwayPageFactory(
        parent=pathway_index,
        title="Hearing and sight",
        areas_of_need=_areas(AreaOfNeed.SENSORY_PHYSICAL),
        publish=False,  # a draft: families cannot find it, so its area is not offered
    )

    _, soup = get_soup(pathway_index.url)

    offered = [option["value"] for option in soup.select("select[name=area] option")]
    assert offered == ["", AreaOfNeed.COMMUNICATION_INTERACTION]
