"""The search page: words in, a normal, accessible page of results out, whatever the words."""

import pytest

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def test_search_finds_guidance_and_is_not_indexed(demo_site, get_soup):
    response, soup = get_soup("/search/", {"q": "short breaks"})
    assert response.status_code == 200
    assert "Short breaks" in result_titles(soup)
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    # The demo promotes the page for this search.
    recommended = soup.select_one("section[aria-labelledby=recommended-heading]")
    assert [link.get_text() for link in recommended.select("a")] == ["Short breaks"]


def test_the_page_follows_the_accessible_search_pattern(guidance, get_soup):
    guidance("Travel to school", "Free transport for some children.")
    _response, soup = get_soup("/search/", {"q": "transport"})

    assert len(soup.find_all("h1")) == 1
    search_box = soup.select_one("main form[role=search] input[name=q]")
    assert soup.find("label", attrs={"for": search_box["id"]})
    assert search_box["value"] == "transport"
    assert soup.select_one("[role=status]").get_text(" ", strip=True) == "1 result for “transport”"
    # Works without JavaScript: a GET form, and results are plain links.
    assert search_box.find_parent("form")["method"] == "get"
    assert result_titles(soup) == ["Travel to school"]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "x" * 10_000, "AND OR (", "*", "title:", '"unbalanced', "😀", "طفل", "\x00\x1f"],
)
def test_any_query_gives_a_normal_page(guidance, client, query):
    guidance("Travel to school", "Free transport for some children.")
    response = client.get("/search/", {"q": query, "page": "not-a-number"})
    assert response.status_code == 200


def test_results_are_paginated_with_the_words_and_filters_kept(guidance, get_soup):
    for number in range(12):
        guidance(f"Transport guide {number}", "Getting to school.")

    _response, soup = get_soup("/search/", {"q": "transport", "type": "general", "page": "2"})

    assert len(result_titles(soup)) == 2
    assert soup.select_one("ol.search-results")["start"] == "11"
    assert soup.select_one(".pagination a[rel=prev]")["href"] == "?q=transport&type=general&page=1"


def test_no_results_suggests_trying_other_words(guidance, get_soup):
    guidance("Travel to school", "Free transport for some children.")
    _response, soup = get_soup("/search/", {"q": "zebra"})
    assert result_titles(soup) == []
    assert "0 results for “zebra”" in soup.select_one("[role=status]").get_text()
    assert "Try different or fewer words" in soup.get_text()
