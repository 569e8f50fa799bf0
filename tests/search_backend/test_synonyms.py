"""Synonyms apply at query time, so editors' changes need no reindexing."""

from unittest import mock

import pytest
from modelsearch.test.testapp.models import Book

from search.backends.whoosh import clear_synonyms_cache

from . import synonyms
from .helpers import logged_errors

SYNONYMS = "tests.search_backend.synonyms.synonym_groups"


@pytest.fixture
def pages(make_book):
    return {
        "plan": make_book("Your education, health and care plan explained"),
        "ehcp": make_book("Asking for an EHCP"),
        "statement": make_book("Statements of special educational needs"),
        "other": make_book("Short breaks for carers"),
    }


def titles(results):
    return {result.title for result in results}


def test_a_word_finds_its_synonyms_and_phrases(configure_backend, pages):
    backend = configure_backend(SYNONYMS=SYNONYMS)

    assert titles(backend.search("ehcp", Book)) == {
        "Your education, health and care plan explained",
        "Asking for an EHCP",
        "Statements of special educational needs",
    }


def test_a_typed_phrase_finds_its_synonyms(configure_backend, pages):
    backend = configure_backend(SYNONYMS=SYNONYMS)

    assert "Asking for an EHCP" in titles(backend.search("EHC plans", Book))


def test_a_phrase_synonym_needs_its_words_in_order(configure_backend, pages):
    backend = configure_backend(SYNONYMS=SYNONYMS, FUZZY=False)

    assert "Asking for an EHCP" not in titles(backend.search("plan care health education", Book))


def test_without_synonyms_only_the_word_itself_matches(backend, pages):
    assert titles(backend.search("ehcp", Book)) == {"Asking for an EHCP"}


def test_edited_synonyms_apply_once_the_cache_is_cleared(configure_backend, pages, monkeypatch):
    backend = configure_backend(SYNONYMS=SYNONYMS)
    assert "Short breaks for carers" not in titles(backend.search("respite", Book))

    monkeypatch.setattr(synonyms, "GROUPS", [["respite", "short breaks"]])
    assert "Short breaks for carers" not in titles(backend.search("respite", Book))
    clear_synonyms_cache()

    assert titles(backend.search("respite", Book)) == {"Short breaks for carers"}


def test_synonyms_are_loaded_once_per_cache_period(configure_backend, pages):
    backend = configure_backend(SYNONYMS=SYNONYMS)
    with mock.patch(SYNONYMS, wraps=synonyms.synonym_groups) as synonym_groups:
        list(backend.search("ehcp", Book))
        list(backend.search("statement", Book))

    assert synonym_groups.call_count == 1


def test_synonyms_are_loaded_for_every_search_without_a_cache_period(configure_backend, pages):
    backend = configure_backend(SYNONYMS=SYNONYMS, SYNONYMS_CACHE_SECONDS=0)
    with mock.patch(SYNONYMS, wraps=synonyms.synonym_groups) as synonym_groups:
        list(backend.search("ehcp", Book))
        list(backend.search("statement", Book))

    assert synonym_groups.call_count == 2


def test_failing_synonyms_are_logged_and_searches_go_on_without_them(
    configure_backend, pages, caplog
):
    backend = configure_backend(SYNONYMS=SYNONYMS)
    with mock.patch(SYNONYMS, side_effect=RuntimeError("no such table")):
        first = titles(backend.search("ehcp", Book))
        second = titles(backend.search("ehcp", Book))

    assert first == second == {"Asking for an EHCP"}
    assert len(logged_errors(caplog)) == 1  # the failure is cached like a result
