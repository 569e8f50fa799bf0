"""Ordinarily available provision: the grid, its filters, each area's page and its printable
version."""

import pytest

from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.models import ProvisionEntry
from tests.pathways.factories import ProvisionPageFactory, provision_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def provision(provision_index):
    return {
        "communication": ProvisionPageFactory(
            parent=provision_index,
            title="Communication and interaction",
            area_of_need=AreaOfNeed.COMMUNICATION_INTERACTION,
            entries=[
                provision_entry(Phase.EARLY_YEARS, "Early talk"),
                provision_entry(Phase.PRIMARY, "Understanding language"),
                provision_entry(Phase.PRIMARY, "Playing with others"),
                provision_entry(Phase.POST_16, "Speaking up at college"),
            ],
        ),
        "cognition": ProvisionPageFactory(
            parent=provision_index,
            title="Cognition and learning",
            area_of_need=AreaOfNeed.COGNITION_LEARNING,
            entries=[
                provision_entry(Phase.SECONDARY, "Reading and spelling"),
                provision_entry(Phase.POST_16, "Study skills"),
            ],
        ),
    }


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, 6),
        ({"area": AreaOfNeed.COGNITION_LEARNING}, 2),
        ({"phase": Phase.PRIMARY}, 2),
        ({"age": 4}, 3),  # nursery or reception: early years and primary
        ({"age": 16}, 3),  # year 11 or college: secondary and post-16
        ({"audience": Audience.YOUNG_PEOPLE}, 2),  # their own setting: post-16
        ({"area": AreaOfNeed.SENSORY_PHYSICAL}, 0),
    ],
)
def test_matching(provision, criteria, expected):
    assert ProvisionEntry.objects.matching(criteria).count() == expected


def _cell(cell):
    """A cell's guidance, without the column name it shows on a phone."""
    guidance = cell.select_one(".guidance-grid__list")
    return guidance.get_text(" ", strip=True) if guidance else ""


def _grid(soup):
    """{row heading: [cell texts]} from the grid table."""
    return {
        row.th.get_text(strip=True): [_cell(cell) for cell in row.select("td")]
        for row in soup.select(".guidance-grid tbody tr")
    }


def test_on_a_phone_each_filled_cell_names_its_phase(provision_index, provision, get_soup):
    _, soup = get_soup(provision_index.url)

    rows = soup.select(".guidance-grid tbody tr")
    labels = [
        [label.get_text() for label in row.select("td .guidance-grid__label")] for row in rows
    ]
    assert labels == [["Early years", "Primary", "Post-16"], ["Secondary", "Post-16"]]
    empty = rows[1].select("td.guidance-grid__cell--empty")  # left out of the list on a phone
    assert [_cell(cell) for cell in empty] == ["", ""]


def test_the_grid_has_areas_down_the_side_and_phases_across(provision_index, provision, get_soup):
    response, soup = get_soup(provision_index.url)

    assert response.status_code == 200
    headers = [th.get_text() for th in soup.select(".guidance-grid thead th")]
    assert headers == ["Area of need", "Early years", "Primary", "Secondary", "Post-16"]
    assert _grid(soup) == {
        "Communication and interaction": [
            "Early talk",
            "Understanding language Playing with others",
            "",
            "Speaking up at college",
        ],
        "Cognition and learning": ["", "", "Reading and spelling", "Study skills"],
    }
    assert soup.select_one(".result-count").get_text(strip=True) == "6 entries"
    entry = provision["cognition"].entries.get(title="Study skills")
    link = soup.find("a", string="Study skills")
    assert link["href"] == f"{provision['cognition'].url}#entry-{entry.pk}"


def test_filtering_by_phase_shows_that_column_only(provision_index, provision, get_soup):
    _, soup = get_soup(provision_index.url, data={"phase": "secondary"})

    assert [th.get_text() for th in soup.select(".guidance-grid thead th")] == [
        "Area of need",
        "Secondary",
    ]
    assert _grid(soup) == {"Cognition and learning": ["Reading and spelling"]}
    assert soup.select_one(".result-count").get_text(strip=True) == "1 entry"


def test_filtering_by_age_shows_the_phases_for_that_age(provision_index, provision, get_soup):
    _, soup = get_soup(provision_index.url, data={"age": "4"})

    assert [th.get_text() for th in soup.select(".guidance-grid thead th")][1:] == [
        "Early years",
        "Primary",
    ]


def test_a_malformed_filter_is_ignored_with_a_note(provision_index, provision, get_soup):
    response, soup = get_soup(provision_index.url, data={"phase": "university", "area": "x"})

    assert response.status_code == 200
    assert "(Area of need, Phase of education)" in soup.select_one(".notice").get_text()
    assert soup.select_one(".result-count").get_text(strip=True) == "6 entries"


def test_the_grid_query_count_is_pinned_and_does_not_grow(
    provision_index, provision, count_queries
):
    before = count_queries(provision_index.url, most=20)
    ProvisionPageFactory(
        parent=provision_index,
        area_of_need=AreaOfNeed.SENSORY_PHYSICAL,
        entries=[provision_entry(phase) for phase in Phase],
    )
    assert count_queries(provision_index.url, most=20) == before


def test_an_area_page_groups_entries_by_phase(provision, get_soup):
    _, soup = get_soup(provision["communication"].url)

    assert [h2.get_text() for h2 in soup.select(".page-layout__body h2.heading-l")] == [
        "Early years",
        "Primary",
        "Post-16",
    ]
    entry = soup.select_one(".provision-entry")
    assert [h4.get_text() for h4 in entry.select("h4")] == [
        "What a family or teacher might notice",
        "What every setting should provide, without an EHC plan",
        "Who can help next",
    ]


def test_an_area_page_filters_by_phase_and_keeps_it_for_printing(provision, get_soup):
    page = provision["communication"]

    _, soup = get_soup(page.url, data={"phase": "primary"})

    assert [h3.get_text() for h3 in soup.select(".provision-entry h3")] == [
        "Understanding language",
        "Playing with others",
    ]
    assert soup.select_one(".print-link a")["href"] == f"{page.url}print/?phase=primary"


def test_the_print_version_has_the_entries_and_nothing_else(provision, get_soup):
    page = provision["communication"]

    response, soup = get_soup(f"{page.url}print/", data={"phase": "primary", "age": "x"})

    assert response.status_code == 200
    assert soup.select_one("h1").get_text() == "Communication and interaction"
    assert len(soup.select("h1")) == 1
    assert "meeting with your child's SENCO" in soup.select_one(".print-sheet__purpose").get_text()
    assert [h3.get_text() for h3 in soup.select(".provision-entry h3")] == [
        "Understanding language",
        "Playing with others",
    ]
    assert soup.select_one(".print-sheet__notes h2").get_text() == "Notes from the meeting"
    assert not soup.select("form.filters, .part-of, .feedback")
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    stylesheets = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
    assert any(href.endswith("pathways/css/provision-print.css") for href in stylesheets)
    assert soup.select_one('link[href$="localoffer/css/print.css"]')["media"] == "print"
    assert soup.select_one("[data-print-button]").has_attr("hidden")  # shown by the script only
    assert soup.select_one(".print-sheet__back a")["href"] == page.url


def test_the_print_stylesheet_is_for_a4():
    from django.contrib.staticfiles import finders

    with open(finders.find("localoffer/css/print.css")) as site_print:
        assert "size: A4" in site_print.read()
    with open(finders.find("pathways/css/provision-print.css")) as provision_print:
        assert "@media print" in provision_print.read()
