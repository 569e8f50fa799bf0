"""The filters on the public "You said, we did" page: topic and year, as plain GET parameters, so
a filtered list is a link to share and needs no JavaScript. A value we do not recognise (an old
link, a typing mistake) is ignored and named in a note, never an error page."""

from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import EntryTopic


class EntryFilterForm(forms.Form):
    topic = forms.ChoiceField(
        label=_("Topic"),
        choices=[("", _("All topics")), *EntryTopic.choices],
        required=False,
    )
    year = forms.TypedChoiceField(
        label=_("Year we heard it"), coerce=int, empty_value=None, required=False
    )

    def __init__(self, data, *, years):
        """`data`: the request's GET parameters; `years`: those with entries, newest first."""
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years")), *((year, year) for year in years)]
        for field in self.fields.values():
            field.widget.attrs["class"] = "select"
        self.full_clean()

    def full_clean(self):
        super().full_clean()
        # An unrecognised value is ignored and named in a note, so it is not an error: the
        # fields are not marked invalid, and the form cleans to the filters it recognised.
        self.ignored = [self.fields[name].label for name in self.errors]
        self.errors.clear()

    @cached_property
    def criteria(self):
        """The recognised filters the visitor chose, e.g. {"topic": "transport", "year": 2025}."""
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    @property
    def is_filtered(self):
        return bool(self.criteria)

    @property
    def query_string(self):
        """The recognised filters as a query string, to carry them into page links."""
        return urlencode(self.criteria)

    def apply(self, entries):
        if topic := self.criteria.get("topic"):
            entries = entries.filter(topic=topic)
        if year := self.criteria.get("year"):
            entries = entries.filter(received_on__year=year)
        return entries
