"""The filters on the public "You said, we did" page, topic and year: the site's lenient filter
form (`localoffer.forms.PublicFilterForm`)."""

from django.utils.translation import gettext_lazy as _

from localoffer.forms import LenientChoiceField, LenientTypedChoiceField, PublicFilterForm

from .choices import EntryTopic


class EntryFilterForm(PublicFilterForm):
    topic = LenientChoiceField(
        label=_("Topic"),
        choices=[("", _("All topics")), *EntryTopic.choices],
        required=False,
    )
    year = LenientTypedChoiceField(
        label=_("Year we heard it"), coerce=int, empty_value=None, required=False
    )

    def __init__(self, data, *, years):
        """`data`: the request's GET parameters; `years`: those with entries, newest first."""
        self.years = years
        super().__init__(data)

    def adjust_fields(self):
        self.fields["year"].choices = [("", _("All years")), *((year, year) for year in self.years)]

    def apply(self, entries):
        if topic := self.criteria.get("topic"):
            entries = entries.filter(topic=topic)
        if year := self.criteria.get("year"):
            entries = entries.filter(received_on__year=year)
        return entries
