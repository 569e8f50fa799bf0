"""No text typed into a search box makes the backend raise."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelsearch.query import Fuzzy, Phrase, PlainText
from modelsearch.test.testapp.models import Book

SYNONYMS = "tests.search_backend.synonyms.synonym_groups"

TRICKY = [
    "AND OR (",
    "NOT",
    "*",
    "?",
    "title:",
    "title:(",
    'summary:"unbalanced',
    '"',
    "a AND (b OR",
    "[a TO",
    "{x TO y}",
    "autism~2",
    "autism^3",
    "\\",
    "-",
    "ehc plan",
    "💥🙂 👨‍👩‍👧",
    "مدرسة التوحد",
    "\u202eevil\u202c \u200f",
    "\x00\x01\x1b[31m",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
]


def long_text(piece):
    return (piece * (10_000 // len(piece) + 1))[:10_000]


hostile_text = st.one_of(
    st.text(),
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(TRICKY) | st.text(max_size=12), max_size=12).map(" ".join),
    st.text(min_size=1, max_size=30).map(long_text),
)

given_hostile_text = given(text=hostile_text)
examples = settings(
    max_examples=100,
    deadline=None,
    # The fixtures only set up an index to search; no example changes it.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def backend_with_pages(configure_backend, make_book):
    backend = configure_backend(SYNONYMS=SYNONYMS)
    make_book("Autism support groups", summary="Education, health and care plans explained")
    make_book("Short breaks", summary="Respite for parents and carers")
    return backend


@examples
@given_hostile_text
def test_searching_any_text_never_raises(backend_with_pages, text):
    backend = backend_with_pages
    for query in [text, PlainText(text, operator="or"), Phrase(text), Fuzzy(text)]:
        results = backend.search(query, Book)
        assert all(isinstance(result, Book) for result in results)
        assert results.count() == len(results)
    assert all(isinstance(result, Book) for result in backend.autocomplete(text, Book))


@examples
@given_hostile_text
def test_highlighting_and_suggesting_any_text_never_raises(backend_with_pages, text):
    backend = backend_with_pages

    assert isinstance(backend.highlight(text, text), str)
    assert isinstance(backend.highlight("Autism support groups", text), str)
    assert backend.suggest(text) is None or isinstance(backend.suggest(text), str)
