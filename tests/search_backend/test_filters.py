"""Filters, ordering and paging are the database's, so they behave as without search."""

from datetime import date

import pytest
from django.core.paginator import Paginator
from modelsearch.test.testapp.models import Author, Book, Novel, ProgrammingGuide


def titles(results):
    return [result.title for result in results]


@pytest.fixture
def library(make_book):
    """Books about school, of each type."""
    dates = {"publication_date": date(2024, 1, 1), "number_of_pages": 300}
    return {
        "book": make_book("School transport", number_of_pages=50),
        "novel": Novel.objects.create(title="A school story", setting="Anyshire", **dates),
        "python": ProgrammingGuide.objects.create(
            title="Python at school", programming_language="py", **dates
        ),
        "javascript": ProgrammingGuide.objects.create(
            title="JavaScript at school", programming_language="js", **dates
        ),
    }


def test_searching_a_model_finds_its_subclasses_objects_too(backend, library):
    assert set(titles(backend.search("school", Book))) == {
        "School transport",
        "A school story",
        "Python at school",
        "JavaScript at school",
    }


def test_searching_a_subclass_finds_only_its_objects(backend, library):
    assert titles(backend.search("school", Novel)) == ["A school story"]


def test_a_filter_on_a_subclass_field(backend, library):
    guides = ProgrammingGuide.objects.filter(programming_language="py")

    assert titles(backend.search("school", guides)) == ["Python at school"]


def test_a_filter_through_a_relation(backend, library):
    born = date(1970, 1, 1)
    library["novel"].authors.add(Author.objects.create(name="Sam Writer", date_of_birth=born))
    books = Book.objects.filter(authors__date_of_birth=born)

    assert titles(backend.search("school", books)) == ["A school story"]


def test_an_excluding_filter(backend, library):
    results = backend.search("school", Book.objects.exclude(number_of_pages__gt=200))

    assert titles(results) == ["School transport"]


def test_ordering_by_a_field_instead_of_relevance(backend, library):
    results = backend.search(
        "school", Book.objects.order_by("number_of_pages", "title"), order_by_relevance=False
    )

    assert titles(results) == [
        "School transport",
        "A school story",
        "JavaScript at school",
        "Python at school",
    ]


def test_pages_of_ranked_results_are_disjoint_and_complete(backend, make_book):
    books = {make_book(f"Speech therapy {number}").pk for number in range(25)}
    paginator = Paginator(backend.search("speech", Book), 10)

    pages = [[book.pk for book in paginator.page(number)] for number in paginator.page_range]

    assert [len(page) for page in pages] == [10, 10, 5]
    assert {pk for page in pages for pk in page} == books


def test_a_count_costs_one_query_a_page_of_ranked_results_two_and_all_of_them_one(
    backend, make_book, django_assert_num_queries
):
    for number in range(25):
        make_book(f"Speech therapy {number}")
    results = backend.search("speech", Book)

    with django_assert_num_queries(1):
        assert results.count() == 25
    with django_assert_num_queries(2):
        page = list(results[10:20])
    with django_assert_num_queries(1):
        everything = list(backend.search("speech", Book))

    # One ranking, however the results are fetched.
    assert [book.pk for book in everything[10:20]] == [book.pk for book in page]
    assert len(everything) == 25


@pytest.fixture
def school_books(make_book, monkeypatch):
    """Books matching "school" more or less well, one only through typo tolerance; books may
    be searched among a list of them (`filter(pk__in=...)`)."""
    from modelsearch import index

    monkeypatch.setattr(Book, "search_fields", [*Book.search_fields, index.FilterField("id")])
    return [
        make_book("School transport", summary="Getting to school, school buses"),
        make_book("A school day"),
        make_book("Parks", summary="Near the school"),
        make_book("Shcool meals"),  # a typo: found by typo tolerance only
        make_book("Swimming"),
    ]


@pytest.mark.parametrize("operator", ["and", "or"])
@pytest.mark.parametrize("words", ["school", "school transport", "schools buses"])
def test_a_search_among_listed_objects_ranks_them_as_the_whole_search_does(
    backend, school_books, operator, words
):
    among = [book.pk for book in school_books[1:]]
    everything = backend.search(words, Book, operator=operator)
    listed = backend.search(words, Book.objects.filter(pk__in=among), operator=operator)

    assert titles(listed) == [book.title for book in everything if book.pk in among]


def test_a_search_among_listed_objects_looks_only_at_them(backend, school_books):
    from search.backends.whoosh.results import listed_keys

    first, second = school_books[:2]
    index = backend.get_index_for_model(Book)
    compiled = backend.search("school", Book).query_compiler.compile(backend.query_text())

    assert set(index.search(compiled, Book, among=[second.pk, -1])) == {str(second.pk)}
    assert set(index.search(compiled, Book)) > {str(first.pk), str(second.pk)}
    assert index.search(compiled, Book, among=[]) == {}
    assert listed_keys(Book.objects.filter(pk__in=[first.pk], number_of_pages=100)) == [first.pk]
    # Only a list that every result is in narrows the search.
    assert listed_keys(Book.objects.exclude(pk__in=[first.pk])) is None
    assert listed_keys(Book.objects.filter(pk__in=[1]) | Book.objects.filter(title="x")) is None
    assert listed_keys(Book.objects.filter(pk__in=Book.objects.values("pk"))) is None
    assert listed_keys(Book.objects.filter(authors__pk__in=[1])) is None
    assert listed_keys(Book.objects.filter(pk__in=range(1000))) is None
