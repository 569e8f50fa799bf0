"""How people's words find pages: stemming, typo tolerance and unsupported queries."""

import pytest
from modelsearch.query import Fuzzy, Phrase, PlainText, SearchQuery
from modelsearch.test.testapp.models import Book

from search.backends.whoosh import query


def titles(results):
    return [result.title for result in results]


def test_stemming_finds_other_forms_of_a_word(configure_backend, make_book):
    backend = configure_backend(FUZZY=False)
    make_book("Needs assessment")

    assert titles(backend.search("assessments", Book)) == ["Needs assessment"]


def test_without_stemming_only_the_same_form_matches(configure_backend, make_book):
    backend = configure_backend(STEMMING=False, FUZZY=False)
    make_book("Needs assessment")

    assert titles(backend.search("assessments", Book)) == []


def test_a_typo_still_finds_the_word(backend, make_book):
    make_book("Autism support groups")

    assert titles(backend.search("autisim", Book)) == ["Autism support groups"]


def test_typos_are_not_forgiven_when_fuzzy_is_off(configure_backend, make_book):
    backend = configure_backend(FUZZY=False)
    make_book("Autism support groups")

    assert titles(backend.search("autisim", Book)) == []


def test_a_fuzzy_query_forgives_typos_even_when_fuzzy_is_off(configure_backend, make_book):
    backend = configure_backend(FUZZY=False)
    make_book("Autism support groups")

    assert titles(backend.search(Fuzzy("autisim"), Book)) == ["Autism support groups"]


def test_typos_are_not_forgiven_in_short_words_or_numbers(backend, make_book):
    make_book("King's school", summary="Open 2024")

    assert titles(backend.search("ring", Book)) == []
    assert titles(backend.search("2025", Book)) == []


def test_exact_matches_rank_before_typo_matches_however_strong(backend, make_book, monkeypatch):
    # "Career" is a typo away from "carers" (from its stem, "carer"). Even when a typo match
    # would outscore any exact match, exact matches come first.
    monkeypatch.setattr(query, "FUZZY_WEIGHT", 1000)
    make_book("Career advice", summary="Career career career")
    make_book("Clubs and activities", summary="Sessions on Saturdays, with a room for carers")

    results = backend.search("carers", Book)

    assert titles(results) == ["Clubs and activities", "Career advice"]


def test_phrases_match_words_in_order(backend, make_book):
    make_book("Short breaks for carers")
    make_book("Carers need breaks that are short")

    assert titles(backend.search(Phrase("short breaks"), Book)) == ["Short breaks for carers"]


def test_field_boosts_rank_title_matches_first(backend, make_book):
    make_book("Transport to school", summary="")
    make_book("Getting to college", summary="Transport help for students")

    assert titles(backend.search("transport", Book)) == [
        "Transport to school",
        "Getting to college",
    ]


def test_unsupported_query_types_raise_naming_the_type(backend, make_book):
    class Proximity(SearchQuery):
        pass

    with pytest.raises(NotImplementedError, match="`Proximity` is not supported"):
        list(backend.search(Proximity(), Book))
    with pytest.raises(NotImplementedError, match="`Phrase` is not supported for autocomplete"):
        list(backend.autocomplete(Phrase("short breaks"), Book))


def test_a_query_uses_at_most_its_first_16_terms(backend, make_book):
    make_book("Respite care")
    padding = " ".join(f"word{number}" for number in range(query.MAX_QUERY_TERMS))

    assert titles(backend.search(PlainText(f"{padding} respite", operator="or"), Book)) == []
    assert titles(backend.search(PlainText(f"respite {padding}", operator="or"), Book)) == [
        "Respite care"
    ]


def test_a_document_matching_more_of_the_words_ranks_first(backend, make_book):
    make_book("School", summary="School days, school trips, school meals and school again.")
    make_book("Speech at school")

    assert titles(backend.search("speech school", Book)) == ["Speech at school", "School"]
    # Each word alone ranks by how well it matches, as before.
    assert titles(backend.search("school", Book))[0] == "School"


def test_words_of_plain_sentences_are_not_searched_for(backend, make_book):
    make_book("What do I do now?", summary="How does it work? Why?")
    make_book("Respite care")

    assert titles(backend.search("what do i do about respite", Book)) == ["Respite care"]
