"""The site search is the same on every engine: synonyms, "Did you mean", highlighted excerpts,
filters, promotions and insights, on the Whoosh backend and on PostgreSQL full-text search.

The PostgreSQL cases run when the test database is PostgreSQL (`.ci/run`'s PostgreSQL pass);
there, with CI=true, they must run, never be skipped."""

import os

import pytest
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.engine import SearchEngine
from search.models import SearchTermCount, SynonymGroup
from search.suggestions import corrected_query
from search.synonym_expansion import SynonymTable, expanded_query, words
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db

ON_POSTGRES = connection.vendor == "postgresql"


@pytest.fixture(params=["whoosh", "postgres"])
def engine(request, settings):
    """Each test runs on the Whoosh backend (the default), then on PostgreSQL's full-text search."""
    if request.param == "postgres":
        if not ON_POSTGRES:
            if os.environ.get("CI") == "true" and "postgres" in os.environ.get("DATABASE_URL", ""):
                pytest.fail("CI's PostgreSQL pass must search PostgreSQL")
            pytest.skip("The test database is not PostgreSQL")
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {"BACKEND": "search.backends.postgres", "AUTO_UPDATE": True}
        }
    return request.param


def marks(soup):
    return [mark.get_text() for mark in soup.select(".search-results mark")]


def test_synonyms_find_the_other_words_and_are_marked(engine, guidance, get_soup):
    SynonymGroup.objects.create(terms="EHCP\neducation, health and care plan")
    guidance("Asking for a plan", "How to ask for an education, health and care plan.")
    guidance("Short breaks", "Time off for families.")

    _response, soup = get_soup("/search/", {"q": "ehcp"})

    assert result_titles(soup) == ["Asking for a plan"]
    assert {"education", "health", "care", "plan"} <= {mark.lower() for mark in marks(soup)}


def test_did_you_mean_corrects_a_misspelt_word(engine, guidance, get_soup):
    guidance("Short breaks", "Time away for families of disabled children.")

    _response, soup = get_soup("/search/", {"q": "shrot breaks"})

    suggestion = soup.select_one(".search-suggestion a")
    assert suggestion is not None
    assert suggestion.get_text(strip=True) == "short breaks"


def test_excerpts_mark_the_words_found_in_safe_html(engine, guidance, get_soup):
    guidance(
        "Needs assessments",
        "Tom &amp; Jo asked the council for assessments. <b>Bold</b> words stay words.",
    )

    _response, soup = get_soup("/search/", {"q": "assessment <script>"})

    assert [mark.lower() for mark in marks(soup)] == ["assessments"]
    assert soup.select(".search-results script") == []


def test_filters_promotions_and_insights(engine, guidance, get_soup):
    guidance("Transport to school", "Who can get free transport.")
    respite = guidance("Respite at Willow House", "Overnight stays.")
    SearchPromotion.objects.create(query=Query.get("transport"), sort_order=0, page=respite)

    _response, soup = get_soup("/search/", {"q": "transport", "type": "general"})
    assert result_titles(soup) == ["Transport to school"]
    _response, soup = get_soup("/search/", {"q": "transport"})

    recommended = soup.select("section[aria-labelledby=recommended-heading] h3 a")
    assert [link.get_text() for link in recommended] == ["Respite at Willow House"]
    assert SearchTermCount.objects.get(term="transport").searches == 1


def test_the_engine_is_asked_for_the_words_and_their_synonyms_on_postgres(engine, guidance):
    SynonymGroup.objects.create(terms="SALT\nspeech and language therapy")
    guidance("Speech and language therapy", "Help with talking.")
    guidance("Salt water", "Not about therapy at all.")

    found = SearchEngine().search("salt", guidance("Other", "").get_parent().get_children())

    assert {page.title for page in found} == {"Speech and language therapy", "Salt water"}


def test_synonym_units_keep_the_longest_phrase():
    table = SynonymTable([["ehc plan", "ehcp"]], words)

    assert table.units(words("My EHC plan review")) == [
        (("my",),),
        (("ehc", "plan"), ("ehcp",)),
        (("review",),),
    ]
    assert expanded_query("", table) is None


def test_corrections_prefer_the_closest_then_the_commonest_word():
    known = {"short": 5, "shirt": 1, "breaks": 4, "assessment": 9}

    assert corrected_query("shrot breaks", known) == "short breaks"
    assert corrected_query("asessment", known) == "assessment"
    assert corrected_query("short breaks", known) is None
    # Synonyms, numbers and short words are never "corrected".
    assert corrected_query("shrt", known, synonym_words={"shrt"}) is None
    assert corrected_query("a1b2 xy", known) is None
