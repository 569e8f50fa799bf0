"""A missing or damaged index: searches fall back to the database and say so in the log."""

from io import StringIO

import pytest
from django.core.management import call_command
from modelsearch.test.testapp.models import Book
from whoosh.index import EmptyIndexError

from .helpers import (
    garble_the_segments,
    garble_the_table_of_contents,
    indexed_ids,
    logged_errors,
    remove_the_index,
    truncate_the_segments,
)

DAMAGES = [
    remove_the_index,
    truncate_the_segments,
    garble_the_segments,
    garble_the_table_of_contents,
]


@pytest.fixture
def book(backend, make_book):
    make_book("Short breaks")
    return make_book("Sensory processing", summary="Help with sensory needs at school")


@pytest.mark.parametrize("damage", DAMAGES)
def test_searching_a_broken_index_gives_database_results_and_logs_an_error(
    backend, book, index_dir, damage, caplog
):
    damage(index_dir)

    results = backend.search("sensory", Book)

    assert [result.pk for result in results] == [book.pk]
    assert logged_errors(caplog)


def test_counts_facets_and_autocomplete_fall_back_too(backend, book, index_dir, caplog):
    remove_the_index(index_dir)

    assert backend.search("sensory", Book).count() == 1
    assert backend.search("sensory", Book).facet("title") == {"Sensory processing": 1}
    assert [result.pk for result in backend.autocomplete("sens", Book)] == [book.pk]
    assert len(logged_errors(caplog)) == 3


@pytest.mark.parametrize(
    "damage", [truncate_the_segments, garble_the_segments, garble_the_table_of_contents]
)
def test_saving_into_a_damaged_index_logs_an_error_and_still_updates_the_fallback(
    backend, book, make_book, index_dir, damage, caplog
):
    damage(index_dir)

    therapy = make_book("Speech and language therapy")

    assert logged_errors(caplog)
    assert [result.pk for result in backend.fallback_backend.search("speech", Book)] == [therapy.pk]


def test_saving_recreates_a_missing_index(backend, book, make_book, index_dir):
    remove_the_index(index_dir)

    therapy = make_book("Speech and language therapy")

    assert indexed_ids(backend, Book) == {str(therapy.pk)}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_rebuild_repairs_a_broken_index(backend, book, index_dir, damage, caplog):
    damage(index_dir)

    call_command("rebuild_modelsearch_index", stdout=StringIO())
    caplog.clear()

    assert [result.pk for result in backend.search("sensory", Book)] == [book.pk]
    assert not logged_errors(caplog)


def test_without_a_fallback_the_error_is_raised(configure_backend, index_dir):
    backend = configure_backend(FALLBACK_BACKEND=None)

    with pytest.raises(EmptyIndexError):
        list(backend.search("sensory", Book))
