"""The search page's parameters and filter counts, as plain functions (no database)."""

from django.http import QueryDict

from localoffer.taxonomy import Audience
from search.categories import SearchCategory
from search.facets import Hit, SearchParams, facets


def params(query_string):
    return SearchParams.parse(QueryDict(query_string))


def test_known_filters_are_kept_and_unknown_ones_named():
    search = params("q=ehcp&type=pathway&audience=martians")
    assert search.filters == {"type": SearchCategory.PATHWAY}
    assert [(ignored.label, ignored.value) for ignored in search.ignored] == [
        ("Who it is for", "martians")
    ]


def test_a_long_unknown_value_is_shortened_in_the_note():
    (ignored,) = params("q=ehcp&type=" + "x" * 10_000).ignored
    assert len(ignored.value) <= 40


def test_only_a_typed_search_counts_as_new():
    assert params("q=ehcp").is_new_search
    assert not params("q=ehcp&page=2").is_new_search
    assert not params("q=ehcp&type=general").is_new_search
    assert not params("q=").is_new_search


def test_links_keep_the_words_and_filters_with_changes():
    search = params("q=short breaks&type=general&audience=young-people&page=3")
    assert search.query_string() == "q=short+breaks&type=general&audience=young-people"
    assert search.query_string(type="") == "q=short+breaks&audience=young-people"
    assert search.unfiltered_query_string == "q=short+breaks"


def test_pages_for_everyone_match_every_audience():
    for_everyone = Hit(1, SearchCategory.GENERAL)
    for_young_people = Hit(2, SearchCategory.PATHWAY, Audience.YOUNG_PEOPLE)
    assert for_everyone.matches(audience=Audience.PROFESSIONALS)
    assert for_young_people.matches(type=SearchCategory.PATHWAY, audience=Audience.YOUNG_PEOPLE)
    assert not for_young_people.matches(audience=Audience.PROFESSIONALS)
    assert not for_young_people.matches(type=SearchCategory.GENERAL)


def counts(facet):
    return {option.query_string: (option.count, option.selected) for option in facet.options}


def test_each_filter_counts_what_choosing_it_would_give_with_the_other_filter_kept():
    hits = [
        Hit(1, SearchCategory.PATHWAY, Audience.YOUNG_PEOPLE),
        Hit(2, SearchCategory.PATHWAY, Audience.PARENTS_AND_CARERS),
        Hit(3, SearchCategory.GENERAL),
    ]
    by_type, by_audience = facets(hits, params("q=x&audience=young-people"))

    # Types among what young people would see: their pathway and the page for everyone.
    assert counts(by_type) == {
        "q=x&audience=young-people": (2, True),
        "q=x&type=pathway&audience=young-people": (1, False),
        "q=x&type=provision&audience=young-people": (0, False),
        "q=x&type=adulthood&audience=young-people": (0, False),
        "q=x&type=general&audience=young-people": (1, False),
    }
    # Audiences among every type, since no type is chosen.
    assert counts(by_audience) == {
        "q=x": (3, False),
        "q=x&audience=parents-carers": (2, False),
        "q=x&audience=young-people": (2, True),
        "q=x&audience=professionals": (1, False),
    }
