"""How page types plug into the search filters: `search_category`, and an `audience` field."""

from home.models import HomePage, StandardPage
from pathways.models import PathwayPage
from search.categories import (
    SearchCategory,
    category_of,
    check_search_categories,
    has_audience,
)


def test_a_page_type_is_general_information_unless_it_says_otherwise(monkeypatch):
    assert category_of(StandardPage) == SearchCategory.GENERAL
    monkeypatch.setattr(StandardPage, "search_category", SearchCategory.PATHWAY, raising=False)
    assert category_of(StandardPage) == SearchCategory.PATHWAY


def test_a_page_type_with_an_audience_field_is_written_for_one_audience():
    assert has_audience(PathwayPage)
    assert not has_audience(StandardPage)


def test_a_category_that_does_not_exist_fails_the_system_check(monkeypatch):
    assert check_search_categories() == []
    monkeypatch.setattr(HomePage, "search_category", "pathways", raising=False)
    (error,) = check_search_categories()
    assert error.id == "search.E010"
    assert error.obj is HomePage
