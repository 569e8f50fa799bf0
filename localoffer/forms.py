"""Forms that every app's family-facing pages share.

`PublicFilterForm` is the one lenient filter form: filters are plain GET parameters, so a filtered
list is a shareable URL and needs no JavaScript, and a value we do not recognise (an old link, a
typing mistake) is ignored and named in a note, never an error page. Its fields clean such a value
to "no filter" (`LenientChoiceField`, `LenientTypedChoiceField`); a form with a value that must be
an error (the directory's postcode) uses the fields alone.

`HoneypotForm` adds the field that only bots fill in, for every form families send.
"""

from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from localoffer.taxonomy import MAX_AGE, MIN_AGE


class LenientMixin:
    """Clean an unrecognised value to "no filter" instead of failing the form (spaces around a
    value do not make it unrecognised)."""

    def to_python(self, value):
        return super().to_python(value.strip() if isinstance(value, str) else value)

    def clean(self, value):
        try:
            return super().clean(value)
        except ValidationError:
            return self.empty_value


class LenientChoiceField(LenientMixin, forms.ChoiceField):
    empty_value = ""


class LenientTypedChoiceField(LenientMixin, forms.TypedChoiceField):
    pass


def _age_label(age):
    return _("Under 1") if age == 0 else str(age)


AGE_CHOICES = [(age, _age_label(age)) for age in range(MIN_AGE, MAX_AGE + 1)]


class PublicFilterForm(forms.Form):
    """A family-facing filter form, always bound to the request's GET parameters and cleaned at
    once. Subclasses declare lenient fields."""

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.adjust_fields()
        for field in self.fields.values():
            field.widget.attrs["class"] = "select"
        self.full_clean()

    def adjust_fields(self):
        """Offer only some fields or choices, before the form is cleaned."""

    @cached_property
    def criteria(self):
        """The recognised filters the visitor chose, e.g. {"area": "sensory-physical", "age": 7}."""
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    @property
    def ignored_values(self):
        """(label, value) of each filter given a value we did not recognise, so we ignored it."""
        return [
            (field.label, self.data.get(name, "").strip())
            for name, field in self.fields.items()
            if self.data.get(name, "").strip() and name not in self.criteria
        ]

    @property
    def ignored(self):
        """Labels of the filters given a value we did not recognise, so we ignored them."""
        return [label for label, _value in self.ignored_values]

    @property
    def is_filtered(self):
        return bool(self.criteria)

    @property
    def query_string(self):
        """The recognised filters as a query string, to carry them into links."""
        return urlencode(self.criteria)


class HoneypotForm(forms.Form):
    """Adds a field people never see (hidden by CSS and out of the tab order) but that form-filling
    bots fill in. A filled-in honeypot is thanked like anyone else, and nothing is stored."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
