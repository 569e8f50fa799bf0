"""`backend.suggest()`: "Did you mean …?" from the words in the index."""

import pytest
from modelsearch.test.testapp.models import Author, Book

from .helpers import garble_the_table_of_contents, logged_errors

SYNONYMS = "tests.search_backend.synonyms.synonym_groups"


@pytest.fixture
def pages(make_book):
    make_book("Autism support groups", summary="Support for families across the county")
    make_book("Education, health and care needs assessment")
    make_book("Support at school")


def test_misspelt_words_are_corrected_from_the_index(backend, pages):
    assert backend.suggest("autisim suport") == "autism support"


def test_other_words_are_kept_as_typed(backend, pages):
    assert backend.suggest("Autism helth and care") == "Autism health and care"


def test_known_words_need_no_suggestion(backend, pages):
    assert backend.suggest("autism support") is None
    assert backend.suggest("the 2024 a") is None


def test_synonyms_are_known_words(configure_backend, pages):
    backend = configure_backend(SYNONYMS=SYNONYMS)

    assert backend.suggest("ehcp") is None


def test_the_most_common_of_the_closest_words_wins(backend, pages, make_book):
    make_book("Sport clubs")  # "sport" is as close to "suport" as "support", but rarer

    assert backend.suggest("suport") == "support"


def test_suggestions_come_from_the_given_models_index(backend, pages):
    Author.objects.create(name="Greta Thunberg")

    assert backend.suggest("thunbreg", model=Author) == "thunberg"
    assert backend.suggest("thunbreg", model=Book) is None
    assert backend.suggest("thunbreg autisim") == "thunberg autism"


def test_no_index_gives_no_suggestion(backend):
    assert backend.suggest("autisim") is None


def test_a_damaged_index_gives_no_suggestion_and_logs_an_error(backend, pages, index_dir, caplog):
    garble_the_table_of_contents(index_dir)

    assert backend.suggest("autisim") is None
    assert logged_errors(caplog)
