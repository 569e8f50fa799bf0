"""The one filter form behind every listing: recognised filters narrow the list, anything else is
ignored with a note, never an error."""

import pytest
from django.http import QueryDict

from pathways.forms import GuidanceFilterForm

ALL = ("audience", "age", "area", "phase", "outcome")


def _form(query, offered=ALL):
    return GuidanceFilterForm(QueryDict(query), offered=offered)


def test_recognised_values_become_criteria():
    form = _form(
        "audience=young-people&age=15&area=cognition-learning&phase=post-16&outcome=employment"
    )
    assert form.criteria == {
        "audience": "young-people",
        "age": 15,
        "area": "cognition-learning",
        "phase": "post-16",
        "outcome": "employment",
    }
    assert form.ignored == []
    assert form.is_filtered


def test_age_zero_is_a_filter_not_no_filter():
    assert _form("age=0").criteria == {"age": 0}


def test_empty_values_mean_no_filter_and_are_not_ignored():
    form = _form("audience=&age=")
    assert form.criteria == {}
    assert form.ignored == []
    assert not form.is_filtered


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("age=abc", ["Age of the child or young person"]),
        ("age=26", ["Age of the child or young person"]),
        ("age=-1", ["Age of the child or young person"]),
        ("area=wizardry", ["Area of need"]),
        ("audience=cats&phase=university", ["Who is it for?", "Phase of education"]),
    ],
)
def test_unrecognised_values_are_ignored_and_named(query, ignored):
    form = _form(f"{query}&outcome=good-health")
    assert form.criteria == {"outcome": "good-health"}
    assert [str(label) for label in form.ignored] == ignored


def test_filters_a_listing_does_not_offer_are_left_alone():
    form = _form("phase=primary&area=nonsense", offered=("audience", "age"))
    assert form.criteria == {}
    assert form.ignored == []
    assert list(form.fields) == ["audience", "age"]


def test_the_query_string_keeps_only_recognised_filters():
    assert _form("phase=primary&age=abc&utm_source=leaflet").query_string == "phase=primary"


def test_a_listing_can_offer_only_some_choices_of_a_filter():
    form = GuidanceFilterForm(
        QueryDict("area=sensory-physical"),
        offered=("area",),
        limit_choices={"area": {"cognition-learning"}},
    )

    assert [value for value, _label in form.fields["area"].choices] == ["", "cognition-learning"]
    assert form.criteria == {}  # a choice not offered (an old link) is ignored, with a note
    assert [str(label) for label in form.ignored] == ["Area of need"]
