"""Excerpts under results: the matched words highlighted, and every other character escaped."""

import pytest

from home.models import StandardPage
from search.excerpts import excerpt, excerpt_text

HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> Transport & travel'


def body(html):
    return [{"type": "text", "value": html}]


def test_the_text_is_the_summary_first_then_what_the_page_is_searched_by():
    page = StandardPage(
        title="Travel",
        summary="Getting to school.",
        search_description="Free transport.",
        body=body("<p>Ask the <b>council</b>.</p>"),
    )
    assert excerpt_text(page) == "Getting to school.\nFree transport.\nAsk the council."


def test_a_backend_that_cannot_highlight_gives_the_escaped_beginning():
    page = StandardPage(title="Travel", summary=HOSTILE + " " + "word " * 100, body=body(""))
    html = excerpt(page, "transport", backend=object())
    assert html.startswith("&lt;script&gt;")
    assert len(html) < 400


@pytest.mark.django_db
def test_hostile_page_text_is_escaped_and_matches_are_marked(guidance, get_soup):
    guidance(HOSTILE, "More about transport.", summary=HOSTILE)

    _response, soup = get_soup("/search/", {"q": "transport"})

    result = soup.select_one(".search-result")
    assert result.find("script") is None
    assert result.find("img") is None
    assert result.select_one("h3 a").get_text() == HOSTILE
    excerpt_tag = result.select_one(".search-result__excerpt")
    assert '<script>alert("x")</script>' in excerpt_tag.get_text()
    # "travel" is a starting synonym of "transport".
    marks = [mark.get_text() for mark in excerpt_tag.find_all("mark")]
    assert marks == ["Transport", "travel", "transport"]


@pytest.mark.django_db
def test_an_excerpt_comes_from_the_body_when_the_summary_does_not_match(guidance, get_soup):
    guidance(
        "Getting about",
        "Some children can have free transport to school. " + "Other words. " * 40,
        summary="How children get to school and college.",
    )

    _response, soup = get_soup("/search/", {"q": "transport"})

    excerpt_tag = soup.select_one(".search-result__excerpt")
    assert [mark.get_text() for mark in excerpt_tag.find_all("mark")] == ["transport"]
