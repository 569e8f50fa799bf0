"""The finder pages the home page's three routes lead to: pathways, provision and preparing for
adulthood for one audience, filtered by age and area of need, with counts."""

import pytest

from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.models import AreaOfNeedChoice
from pathways.taxonomy import AgeBand, PfaOutcome
from tests.pathways.factories import (
    GuidanceFinderPageFactory,
    PathwayPageFactory,
    PfaPageFactory,
    ProvisionPageFactory,
    pfa_item,
    provision_entry,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance(pathway_index, provision_index, pfa_index):
    PathwayPageFactory(parent=pathway_index, title="Asking for an assessment")
    PathwayPageFactory(
        parent=pathway_index,
        title="Speech and language help",
        max_age=11,
        areas_of_need=list(
            AreaOfNeedChoice.objects.filter(value=AreaOfNeed.COMMUNICATION_INTERACTION)
        ),
    )
    PathwayPageFactory(
        parent=pathway_index,
        title="Moving to adult services",
        audience=Audience.YOUNG_PEOPLE,
        min_age=14,
    )
    ProvisionPageFactory(
        parent=provision_index,
        title="Communication and interaction",
        entries=[provision_entry(Phase.PRIMARY), provision_entry(Phase.POST_16)],
    )
    PfaPageFactory(
        parent=pfa_index,
        title="Work and college",
        outcome=PfaOutcome.EMPLOYMENT,
        items=[pfa_item(AgeBand.YEAR_9), pfa_item(AgeBand.AGE_16_TO_18)],
    )


def _sections(soup):
    """{section heading: [result titles]} in page order."""
    return {
        " ".join(section.h2.get_text().split()): [a.get_text() for a in section.select("h3 a")]
        for section in soup.select(".finder-section")
    }


def test_parents_see_their_pathways_then_provision_then_adulthood(home_page, guidance, get_soup):
    finder = GuidanceFinderPageFactory(parent=home_page, audience=Audience.PARENTS_AND_CARERS)

    response, soup = get_soup(finder.url)

    assert response.status_code == 200
    assert _sections(soup) == {
        "Step by step: what happens next (2)": [
            "Asking for an assessment",
            "Speech and language help",
        ],
        "What every school and setting should provide (1)": ["Communication and interaction"],
        "Preparing for adulthood (1)": ["Work and college"],
    }
    assert soup.select_one(".result-count").get_text(strip=True) == "4 pages of guidance"
    assert "2 entries" in soup.select(".finder-section")[1].get_text()


def test_young_people_see_adulthood_first_in_their_own_words(home_page, guidance, get_soup):
    finder = GuidanceFinderPageFactory(parent=home_page, audience=Audience.YOUNG_PEOPLE)

    _, soup = get_soup(finder.url)

    assert list(_sections(soup)) == [
        "Preparing for adulthood (1)",
        "Step by step: what happens next (1)",
        "What every school and setting should provide (1)",
    ]
    assert soup.find("a", string="Work and college")["href"].endswith("?audience=young-people")
    assert soup.find("a", string="Communication and interaction")["href"].endswith("?phase=post-16")
    assert "1 entry" in soup.select(".finder-section")[2].get_text()


def test_age_and_area_filters_apply_to_every_section(home_page, guidance, get_soup):
    finder = GuidanceFinderPageFactory(parent=home_page, audience=Audience.PARENTS_AND_CARERS)

    _, soup = get_soup(finder.url, data={"age": "14", "area": AreaOfNeed.COGNITION_LEARNING})

    assert _sections(soup) == {
        "Step by step: what happens next (1)": ["Asking for an assessment"],
        "What every school and setting should provide (0)": [],
        "Preparing for adulthood (1)": ["Work and college"],
    }
    assert "for every area of need" in soup.select(".finder-section")[2].get_text()
    # The audience is the page's own: the form does not offer it.
    assert not soup.select("#id_audience")


def test_a_malformed_filter_is_ignored_with_a_note(home_page, guidance, get_soup):
    finder = GuidanceFinderPageFactory(parent=home_page)

    response, soup = get_soup(finder.url, data={"age": "old", "area": "everything"})

    assert response.status_code == 200
    assert soup.select_one(".notice")
    assert soup.select_one(".result-count").get_text(strip=True) == "4 pages of guidance"


def test_the_finder_query_count_is_pinned_and_does_not_grow(
    home_page, pathway_index, guidance, count_queries
):
    finder = GuidanceFinderPageFactory(parent=home_page)
    before = count_queries(finder.url, most=22, data={"age": "7"})
    for number in range(5):
        PathwayPageFactory(parent=pathway_index, title=f"Another pathway {number}")

    assert count_queries(finder.url, most=22, data={"age": "7"}) == before
