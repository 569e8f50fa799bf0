"""A section page (Health, About…) lists the pages under it with their summaries, as GOV.UK's
topic pages do, so no page is reachable only from another page's small print."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# A section page, header, footer, switcher and feedback form included: the same budget as every
# family page (tests/caching/test_query_counts.py).
SECTION_PAGE_QUERIES = 15


@pytest.fixture
def health(home_page):
    return StandardPageFactory(parent=home_page, title="Health", summary="Therapies and more.")


def _listing(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (item.a.get_text(), item.a["href"], item.p.get_text() if item.p else None)
        for item in soup.select(".subpage-list__item")
    ]


def test_a_section_lists_its_pages_with_their_summaries_in_order(client, health):
    StandardPageFactory(parent=health, title="Speech and language therapy", summary="Talking.")
    StandardPageFactory(parent=health, title="Occupational therapy", summary="Everyday tasks.")

    assert _listing(client.get(health.url)) == [
        ("Speech and language therapy", "/health/speech-and-language-therapy/", "Talking."),
        ("Occupational therapy", "/health/occupational-therapy/", "Everyday tasks."),
    ]


def test_drafts_and_restricted_pages_are_not_listed(client, health):
    StandardPageFactory(parent=health, title="Draft", publish=False)
    private = StandardPageFactory(parent=health, title="Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    StandardPageFactory(parent=health, title="Listed", summary="")

    assert _listing(client.get(health.url)) == [("Listed", "/health/listed/", None)]


def test_a_page_with_nothing_under_it_has_no_listing(client, health):
    soup = BeautifulSoup(client.get(health.url).content, "html.parser")
    assert soup.select_one(".subpages") is None


def test_a_section_page_is_rendered_in_a_pinned_number_of_queries(
    client, health, django_assert_max_num_queries
):
    for number in range(20):
        StandardPageFactory(parent=health, title=f"Guidance {number}")
    client.get(health.url)  # Wagtail's site and content type caches fill on the first

    with django_assert_max_num_queries(SECTION_PAGE_QUERIES):
        assert len(_listing(client.get(health.url))) == 20
