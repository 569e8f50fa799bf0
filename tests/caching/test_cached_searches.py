"""Cached searches: which pages a search finds is kept under the page cache's site version, so a
search families make again is only rendered, and anything that changes what it would find
retires it."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from search.backends.whoosh.index import WhooshIndex
from search.models import SearchTermCount, SynonymGroup
from tests.factories import StandardPageFactory
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def search_cache(settings, search_index):
    settings.SEARCH_CACHE_SECONDS = 600


@pytest.fixture
def guidance(home_page):
    def make(title, summary="Getting to school."):
        return StandardPageFactory(parent=home_page, title=title, summary=summary)

    return make


def titles(client, words):
    return sorted(
        result_titles(BeautifulSoup(client.get("/search/", {"q": words}).content, "html.parser"))
    )


def test_a_search_made_again_does_not_search_again(client, guidance, monkeypatch):
    guidance("Travel to school")
    searched = []
    search = WhooshIndex.search

    def counted(index, *args, **kwargs):
        searched.append(index.name)
        return search(index, *args, **kwargs)

    monkeypatch.setattr(WhooshIndex, "search", counted)

    responses = [client.get("/search/", {"q": "travel"}) for _ in range(3)]

    assert len(searched) == 1
    assert result_titles(BeautifulSoup(responses[-1].content, "html.parser")) == [
        "Travel to school"
    ]
    # Search insights still count every search.
    assert SearchTermCount.objects.get(term="travel").searches == 3


def test_excerpts_are_made_from_the_index_without_loading_a_page(client, guidance):
    guidance("Travel to school")

    queries = search_queries(client, "travel")

    assert not any('FROM "home_standardpage"' in sql for sql in queries)


def test_a_search_made_before_is_answered_from_the_cache_and_still_counted(client, guidance):
    guidance("Travel to school")
    client.get("/search/", {"q": "travel"})

    again = search_queries(client, "travel")

    # Only counting the search: nothing is searched, loaded or rendered again.
    assert again
    assert all("search_searchtermcount" in sql for sql in again)
    assert SearchTermCount.objects.get(term="travel").searches == 2


def test_a_visitor_with_a_session_gets_a_search_of_their_own(client, guidance, admin_user):
    guidance("Travel to school")
    client.get("/search/", {"q": "travel"})
    client.force_login(admin_user)

    # Rendered for them (promoted results are looked up), not answered with the kept page.
    queries = search_queries(client, "travel")
    assert any("searchpromotion" in sql for sql in queries)


def test_changing_the_promoted_results_retires_kept_search_pages(client, guidance, committed):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    page = guidance("Travel to school")
    other = guidance("Short breaks")
    client.get("/search/", {"q": "travel"})

    with committed():
        SearchPromotion.objects.create(
            query=Query.get("travel"), page=other, sort_order=0, description="Also useful."
        )

    page_html = client.get("/search/", {"q": "travel"}).content.decode()
    assert "Also useful." in page_html
    assert page.title in page_html


def search_queries(client, words):
    with CaptureQueriesContext(connection) as queries:
        client.get("/search/", {"q": words})
    return [query["sql"] for query in queries.captured_queries]


def test_publishing_a_page_retires_cached_searches(client, guidance, committed):
    guidance("Travel to school")
    assert titles(client, "travel") == ["Travel to school"]

    with committed():
        guidance("Travel to college")

    assert titles(client, "travel") == ["Travel to college", "Travel to school"]


def test_unpublishing_a_page_retires_cached_searches(client, guidance, committed):
    page = guidance("Travel to school")
    assert titles(client, "travel") == ["Travel to school"]

    with committed():
        page.unpublish()

    assert titles(client, "travel") == []


def test_a_new_view_restriction_retires_cached_searches(client, guidance, committed):
    page = guidance("Travel to school")
    assert titles(client, "travel") == ["Travel to school"]

    with committed():
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="anyshire"
        )

    assert titles(client, "travel") == []


def test_editing_the_synonyms_retires_cached_searches(client, guidance, committed):
    guidance("Home to school transport")
    assert titles(client, "bus") == []

    with committed():
        SynonymGroup.objects.create(terms="bus\ntransport")

    assert titles(client, "bus") == ["Home to school transport"]


def test_each_language_has_its_own_cached_searches(client, guidance):
    Locale.objects.get_or_create(language_code="pl")
    guidance("Travel to school")
    assert titles(client, "travel") == ["Travel to school"]

    # The same words in Polish: the site has no Polish pages yet.
    response = client.get("/pl/search/", {"q": "travel"})

    assert result_titles(BeautifulSoup(response.content, "html.parser")) == []


def test_cached_searches_can_be_turned_off(client, guidance, settings):
    settings.SEARCH_CACHE_SECONDS = 0
    page = guidance("Travel to school")
    assert titles(client, "travel") == ["Travel to school"]

    # Changed without publishing: only a search made afresh misses it.
    type(page).objects.filter(pk=page.pk).update(live=False)

    assert titles(client, "travel") == []
