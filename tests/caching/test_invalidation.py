"""Cached pages are retired when what families should see changes: a page published, unpublished,
moved or deleted, a pathway a page is part of changing, or a snippet with drafts published."""

import pytest

from tests.caching.conftest import soup
from tests.factories import StandardPageFactory
from tests.pathways.factories import PathwayIndexPageFactory, PathwayPageFactory, page_link, step
from tests.you_said_we_did.factories import EntryFactory, YouSaidWeDidPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance(home_page):
    return StandardPageFactory(parent=home_page, title="SEN support in school")


def heading(response):
    return soup(response).h1.get_text(strip=True)


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_publishing_a_page_shows_the_new_version(client, guidance, committed):
    client.get(guidance.url)

    with committed():
        publish_title(guidance, "SEN support in school: what to expect")

    assert heading(client.get(guidance.url)) == "SEN support in school: what to expect"


def test_nothing_is_retired_until_the_publish_is_committed(
    client, guidance, django_capture_on_commit_callbacks
):
    client.get(guidance.url)

    with django_capture_on_commit_callbacks(execute=False) as waiting:
        publish_title(guidance, "SEN support in school: what to expect")

    # A worker rendering now would still read the old page: it must not be kept as the new one.
    assert heading(client.get(guidance.url)) == "SEN support in school"
    assert waiting


def test_publishing_one_page_refreshes_the_pages_that_show_it(client, home_page, committed):
    client.get(home_page.url)

    with committed():
        StandardPageFactory(parent=home_page, title="Short breaks for disabled children")

    latest = soup(client.get(home_page.url)).get_text()
    assert "Short breaks for disabled children" in latest


def test_unpublishing_a_page_takes_it_down(client, guidance, committed):
    client.get(guidance.url)

    with committed():
        guidance.unpublish()

    assert client.get(guidance.url).status_code == 404


def test_moving_a_page_moves_its_address(client, home_page, guidance, committed):
    section = StandardPageFactory(parent=home_page, title="Education")
    old_url = guidance.url
    client.get(old_url)

    with committed():
        guidance.move(section, pos="last-child")

    moved = client.get(old_url)  # Wagtail redirects the old address to the new one
    assert (moved.status_code, moved["Location"]) == (301, "/education/sen-support-in-school/")
    assert heading(client.get(moved["Location"])) == "SEN support in school"


def test_deleting_a_page_takes_it_down(client, guidance, committed):
    client.get(guidance.url)

    with committed():
        guidance.delete()

    assert client.get(guidance.url).status_code == 404


@pytest.fixture
def pathway(home_page, guidance):
    """A pathway whose second step sends families to the guidance page ("Part of" on it)."""
    return PathwayPageFactory(
        parent=PathwayIndexPageFactory(parent=home_page),
        title="Asking for an assessment",
        steps=[step("Talk to the school"), step("Read about support", links=[page_link(guidance)])],
    )


def part_of(response):
    return [link.get_text(strip=True) for link in soup(response).select(".part-of__heading a")]


def test_changing_a_pathway_refreshes_the_pages_that_are_part_of_it(
    client, guidance, pathway, committed
):
    assert part_of(client.get(guidance.url)) == ["Asking for an assessment"]

    with committed():
        publish_title(pathway, "Asking for an EHC needs assessment")

    assert part_of(client.get(guidance.url)) == ["Asking for an EHC needs assessment"]


def test_unpublishing_a_pathway_removes_it_from_its_pages(client, guidance, pathway, committed):
    client.get(guidance.url)

    with committed():
        pathway.unpublish()

    assert part_of(client.get(guidance.url)) == []


def test_publishing_a_you_said_we_did_entry_shows_it_on_its_page(client, home_page, committed):
    page = YouSaidWeDidPageFactory(parent=home_page)
    client.get(page.url)

    with committed():
        EntryFactory(title="Acronyms on the EHC plan pages")

    assert "Acronyms on the EHC plan pages" in soup(client.get(page.url)).main.get_text()
