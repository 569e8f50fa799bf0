"""The kit's lenient public filter form: unrecognised values are ignored and named, never an
error, and spaces around a value do not make it unrecognised."""

from django.http import QueryDict

from localoffer.forms import LenientChoiceField, LenientTypedChoiceField, PublicFilterForm


class ColourForm(PublicFilterForm):
    colour = LenientChoiceField(
        label="Colour", choices=[("", "Any"), ("red", "Red")], required=False
    )
    size = LenientTypedChoiceField(
        label="Size",
        choices=[("", "Any"), (1, "Small")],
        coerce=int,
        empty_value=None,
        required=False,
    )


def test_recognised_values_are_criteria_and_carried_into_links():
    form = ColourForm(QueryDict("colour=red&size=1"))
    assert form.criteria == {"colour": "red", "size": 1}
    assert form.is_filtered
    assert form.query_string == "colour=red&size=1"
    assert form.ignored == []


def test_unrecognised_values_are_ignored_and_named_not_errors():
    form = ColourForm(QueryDict("colour=purple&size=huge"))
    assert form.is_valid()
    assert form.criteria == {}
    assert not form.is_filtered
    assert form.ignored == ["Colour", "Size"]
    assert form.ignored_values == [("Colour", "purple"), ("Size", "huge")]


def test_spaces_around_a_value_do_not_make_it_unrecognised():
    form = ColourForm(QueryDict("colour=+red+&size=+1"))
    assert form.criteria == {"colour": "red", "size": 1}
    assert form.ignored == []


def test_every_field_is_drawn_as_a_select():
    form = ColourForm(QueryDict(""))
    assert {field.widget.attrs["class"] for field in form.fields.values()} == {"select"}
