"""The "Part of" sidebar on every page a pathway's step links to (GOV.UK step-by-step nav)."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory
from tests.pathways.factories import (
    PathwayPageFactory,
    PfaPageFactory,
    ProvisionPageFactory,
    page_link,
    step,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance(home_page):
    """Three published guidance pages a pathway can send families to."""
    return [
        StandardPageFactory(parent=home_page, title=title)
        for title in ("SEN support", "EHC plans", "Annual reviews")
    ]


def _pathway(parent, pages, **kwargs):
    return PathwayPageFactory(
        parent=parent,
        title=kwargs.pop("title", "Asking for an assessment"),
        steps=[
            step("Talk to the school", links=[page_link(pages[0])]),
            step("Ask the council", join="or", links=[page_link(pages[1])]),
            step("Review the plan", links=[page_link(pages[2])]),
        ],
        **kwargs,
    )


def test_a_linked_page_shows_its_pathway_step_and_neighbours(pathway_index, guidance, get_soup):
    pathway = _pathway(pathway_index, guidance)

    response, soup = get_soup(guidance[1].url)

    assert response.status_code == 200
    sidebar = soup.select_one("aside.part-of nav.part-of__pathway")
    heading = sidebar.select_one(".part-of__heading")
    assert heading.select_one(".part-of__label").get_text() == "Part of"
    assert heading.a["href"] == pathway.url
    assert heading.a.get_text() == "Asking for an assessment"
    steps = sidebar.select(".part-of__step")
    assert [item.a.get_text() for item in steps] == [
        "Talk to the school",
        "Ask the council",
        "Review the plan",
    ]
    current = sidebar.select_one("[aria-current=step]")
    assert current.get_text() == "Ask the council"
    assert current["href"] == f"{pathway.url}#step-1-2"  # the "or" sharing step 1
    assert " ".join(current.parent.select_one(".part-of__marker").get_text().split()) == "or"
    previous = sidebar.select_one("a[rel=prev]")
    following = sidebar.select_one("a[rel=next]")
    assert previous["href"] == guidance[0].url
    assert "SEN support" in previous.get_text()
    assert following["href"] == guidance[2].url
    assert "Annual reviews" in following.get_text()


def test_the_first_page_has_no_previous_and_the_last_no_next(pathway_index, guidance, get_soup):
    _pathway(pathway_index, guidance)

    _, first = get_soup(guidance[0].url)
    _, last = get_soup(guidance[2].url)

    assert not first.select("a[rel=prev]")
    assert first.select_one("a[rel=next]")["href"] == guidance[1].url
    assert last.select_one("a[rel=prev]")["href"] == guidance[1].url
    assert not last.select("a[rel=next]")


def test_previous_and_next_skip_pages_that_are_not_published(
    home_page, pathway_index, guidance, get_soup
):
    draft = StandardPageFactory(parent=home_page, title="Coming soon", publish=False)
    PathwayPageFactory(
        parent=pathway_index,
        steps=[
            step("One", links=[page_link(guidance[0])]),
            step("Two", links=[page_link(draft)]),
            step("Three", links=[page_link(guidance[1])]),
        ],
    )

    _, soup = get_soup(guidance[0].url)

    assert soup.select_one("a[rel=next]")["href"] == guidance[1].url


@pytest.mark.parametrize("factory", [ProvisionPageFactory, PfaPageFactory])
def test_the_sidebar_shows_on_provision_and_adulthood_pages_too(
    factory, request, pathway_index, get_soup
):
    parent = request.getfixturevalue(
        "provision_index" if factory is ProvisionPageFactory else "pfa_index"
    )
    linked = factory(parent=parent, title="Linked guidance")
    pathway = PathwayPageFactory(
        parent=pathway_index, steps=[step("Read", links=[page_link(linked)])]
    )

    _, soup = get_soup(linked.url)

    assert soup.select_one(".part-of__heading a")["href"] == pathway.url
    # This app's pages load its stylesheet once, in <head>.
    assert len(soup.select('link[href$="pathways/css/pathways.css"]')) == 1


def test_other_apps_pages_get_the_stylesheet_with_the_sidebar(
    home_page, pathway_index, guidance, get_soup
):
    _pathway(pathway_index, guidance)
    unlinked = StandardPageFactory(parent=home_page, title="Short breaks")

    _, with_sidebar = get_soup(guidance[0].url)
    _, without_sidebar = get_soup(unlinked.url)

    assert with_sidebar.select('link[href$="pathways/css/pathways.css"]')
    assert not without_sidebar.select('link[href$="pathways/css/pathways.css"]')


def test_pages_no_pathway_links_to_have_no_sidebar(home_page, pathway_index, guidance, get_soup):
    _pathway(pathway_index, guidance)
    elsewhere = StandardPageFactory(parent=home_page, title="Short breaks")

    _, soup = get_soup(elsewhere.url)

    assert not soup.select(".part-of")


def test_an_unpublished_pathway_is_not_shown(pathway_index, guidance, get_soup):
    pathway = _pathway(pathway_index, guidance)
    pathway.unpublish()

    _, soup = get_soup(guidance[0].url)

    assert not soup.select(".part-of")


def test_a_pathway_behind_a_login_is_left_out_as_soon_as_it_is_restricted(
    pathway_index, guidance, get_soup
):
    pathway = _pathway(pathway_index, guidance)
    assert get_soup(guidance[0].url)[1].select(".part-of")  # and the restrictions are cached

    restriction = PageViewRestriction.objects.create(
        page=pathway, restriction_type=PageViewRestriction.LOGIN
    )
    assert not get_soup(guidance[0].url)[1].select(".part-of")

    restriction.delete()
    assert get_soup(guidance[0].url)[1].select(".part-of")


def test_a_restricted_section_still_hides_its_pathways_after_it_moves(
    home_page, pathway_index, guidance, get_soup
):
    staff_area = StandardPageFactory(parent=pathway_index, title="Staff area")
    _pathway(staff_area, guidance)
    PageViewRestriction.objects.create(page=staff_area, restriction_type=PageViewRestriction.LOGIN)
    assert not get_soup(guidance[0].url)[1].select(".part-of")  # the old path is cached

    staff_area.move(home_page, pos="last-child")

    assert not get_soup(guidance[0].url)[1].select(".part-of")


def test_the_sidebar_follows_the_published_steps_not_a_draft(pathway_index, guidance, get_soup):
    pathway = _pathway(pathway_index, guidance)
    pathway.steps = [step("Only step", links=[page_link(guidance[2])])]
    revision = pathway.save_revision()

    _, before_publishing = get_soup(guidance[0].url)
    assert before_publishing.select(".part-of")

    revision.publish()

    _, unlinked = get_soup(guidance[0].url)
    _, linked = get_soup(guidance[2].url)

    assert not unlinked.select(".part-of")
    assert linked.select_one("[aria-current=step]").get_text() == "Only step"


def test_a_page_in_two_pathways_shows_both(pathway_index, guidance, get_soup):
    _pathway(pathway_index, guidance, title="Asking for an assessment")
    _pathway(pathway_index, guidance, title="Annual review")

    _, soup = get_soup(guidance[1].url)

    assert [a.get_text() for a in soup.select(".part-of__heading a")] == [
        "Annual review",
        "Asking for an assessment",
    ]
