"""A pathway as families see it: numbered steps that open and close without JavaScript."""

import pytest

from tests.factories import StandardPageFactory
from tests.pathways.factories import PathwayPageFactory, external_link, page_link, step

pytestmark = pytest.mark.django_db


def _markers(soup):
    return [" ".join(marker.get_text().split()) for marker in soup.select(".step-nav__marker")]


def test_steps_are_numbered_in_order_with_and_or_markers(pathway_index, get_soup):
    pathway = PathwayPageFactory(
        parent=pathway_index,
        steps=[
            step("Talk to the school"),
            step("Ask for an assessment"),
            step("Send what you have", join="and"),
            step("Wait for the decision"),
            step("Ask for mediation", join="or"),
        ],
    )

    response, soup = get_soup(pathway.url)

    assert response.status_code == 200
    titles = [title.get_text(strip=True) for title in soup.select(".step-nav__title-text")]
    assert titles == [
        "Talk to the school",
        "Ask for an assessment",
        "Send what you have",
        "Wait for the decision",
        "Ask for mediation",
    ]
    assert _markers(soup) == ["Step 1", "Step 2", "and", "Step 3", "or"]


def test_each_step_is_a_closed_details_element_so_it_works_without_javascript(
    pathway_index, get_soup
):
    pathway = PathwayPageFactory(parent=pathway_index, steps=[step("One"), step("Two")])

    _, soup = get_soup(pathway.url)

    details = soup.select(".step-nav__step > details")
    assert len(details) == 2
    assert all(not element.has_attr("open") for element in details)
    assert all(element.summary.h2 for element in details)
    # "Show all steps" is a button the script adds; the page names its labels for it.
    step_nav = soup.select_one("[data-step-nav]")
    assert step_nav["data-show-all"] == "Show all steps"
    assert step_nav["data-hide-all"] == "Hide all steps"
    assert not soup.select(".step-nav button")
    assert soup.select_one('script[src$="pathways/js/pathways.js"]').has_attr("defer")


def test_optional_steps_say_so(pathway_index, get_soup):
    pathway = PathwayPageFactory(
        parent=pathway_index, steps=[step("Needed"), step("Ask SENDIASS", optional=True)]
    )

    _, soup = get_soup(pathway.url)

    optional = [
        title.select_one(".step-nav__optional") for title in soup.select(".step-nav__title")
    ]
    assert optional[0] is None
    assert optional[1].get_text() == "(optional)"


def test_statutory_and_typical_timescales_are_told_apart(pathway_index, get_soup):
    pathway = PathwayPageFactory(
        parent=pathway_index,
        steps=[
            step("Decide", timescale="The council must decide within 6 weeks", statutory=True),
            step("Meet", timescale="Usually 2 to 3 weeks"),
        ],
    )

    _, soup = get_soup(pathway.url)

    facts = soup.select(".step-nav__fact--statutory")
    assert len(facts) == 1
    assert facts[0].dt.get_text() == "Time limit set by law"
    assert facts[0].dd.get_text() == "The council must decide within 6 weeks"
    assert "How long it usually takes" in soup.select(".step-nav__step")[1].get_text()


def test_links_to_unpublished_or_deleted_pages_are_never_links(home_page, pathway_index, get_soup):
    published = StandardPageFactory(parent=home_page, title="SEN support")
    draft = StandardPageFactory(parent=home_page, title="Draft guidance", publish=False)
    deleted = StandardPageFactory(parent=home_page, title="Old guidance")
    pathway = PathwayPageFactory(
        parent=pathway_index,
        steps=[
            step(
                "Read about it",
                links=[
                    page_link(published),
                    page_link(draft),
                    page_link(deleted),
                    page_link(deleted, text="Named old guidance"),
                    external_link("https://www.gov.uk/", "GOV.UK"),
                ],
            )
        ],
    )
    deleted.delete()

    _, soup = get_soup(pathway.url)

    items = soup.select(".step-nav__links li")
    assert [item.get_text(strip=True) for item in items] == [
        "SEN support",
        "Draft guidance",
        "Named old guidance",
        "GOV.UK",
    ]
    assert [item.a["href"] if item.a else None for item in items] == [
        published.url,
        None,
        None,
        "https://www.gov.uk/",
    ]


def test_the_feedback_form_asks_which_numbered_step_the_family_was_on(pathway_index, client):
    pathway = PathwayPageFactory(
        parent=pathway_index, steps=[step("Talk to the SENCO"), step("Ask for an assessment")]
    )
    assert pathway.feedback_steps() == ["1. Talk to the SENCO", "2. Ask for an assessment"]
    assert "2. Ask for an assessment" in client.get(pathway.url).content.decode()
