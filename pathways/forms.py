"""The one filter form behind every guidance listing (pathways, provision, preparing for
adulthood and the audience finder pages).

Filters are plain GET parameters, so a filtered list is a shareable URL and needs no JavaScript.
A value we do not recognise (an old link, a typing mistake) is ignored and named in a note, never
an error page.
"""

from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from localoffer.taxonomy import MAX_AGE, MIN_AGE, AreaOfNeed, Audience, Phase
from pathways.taxonomy import PfaOutcome


class LenientMixin:
    """Clean an unrecognised value to "no filter" instead of failing the form."""

    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError:
            return self.empty_value


class LenientChoiceField(LenientMixin, forms.ChoiceField):
    empty_value = ""


class LenientAgeField(LenientMixin, forms.TypedChoiceField):
    pass


def _choices(any_label, choices):
    return [("", any_label), *choices]


def _age_label(age):
    return _("Under 1") if age == 0 else str(age)


AGE_CHOICES = [(age, _age_label(age)) for age in range(MIN_AGE, MAX_AGE + 1)]


class GuidanceFilterForm(forms.Form):
    """Each listing offers some of these filters:
    `GuidanceFilterForm(request.GET, offered=["age", "area"])`, and may offer only some of a
    filter's choices: `limit_choices={"area": ["sensory-physical"]}`."""

    audience = LenientChoiceField(
        label=_("Who is it for?"),
        choices=_choices(_("Anyone"), Audience.choices),
        required=False,
    )
    age = LenientAgeField(
        label=_("Age of the child or young person"),
        choices=_choices(_("Any age"), AGE_CHOICES),
        coerce=int,
        empty_value=None,
        required=False,
    )
    area = LenientChoiceField(
        label=_("Area of need"),
        choices=_choices(_("All areas of need"), AreaOfNeed.choices),
        required=False,
    )
    phase = LenientChoiceField(
        label=_("Phase of education"),
        choices=_choices(_("All phases"), Phase.choices),
        required=False,
    )
    outcome = LenientChoiceField(
        label=_("Preparing for adulthood outcome"),
        choices=_choices(_("All outcomes"), PfaOutcome.choices),
        required=False,
    )

    def __init__(self, data, *, offered, limit_choices=None):
        """`limit_choices`, {filter: values}, offers only those values of a filter (with its
        "any" choice): a listing offers only choices that can find something."""
        super().__init__(data)
        for name in set(self.fields) - set(offered):
            del self.fields[name]
        for name, values in (limit_choices or {}).items():
            field = self.fields[name]
            field.choices = [
                (value, label) for value, label in field.choices if value in {"", *values}
            ]
        for field in self.fields.values():
            field.widget.attrs["class"] = "select"
        self.full_clean()

    @cached_property
    def criteria(self):
        """The recognised filters the visitor chose, e.g. {"area": "sensory-physical", "age": 7}."""
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    @property
    def ignored(self):
        """Labels of the filters given a value we did not recognise, so we ignored them."""
        return [
            field.label
            for name, field in self.fields.items()
            if self.data.get(name, "").strip() and name not in self.criteria
        ]

    @property
    def is_filtered(self):
        return bool(self.criteria)

    @property
    def query_string(self):
        """The recognised filters as a query string, to carry them into links."""
        return urlencode(self.criteria)
