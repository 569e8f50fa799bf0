"""The one filter form behind every guidance listing (pathways, provision, preparing for
adulthood and the audience finder pages): the site's lenient filter form
(`localoffer.forms.PublicFilterForm`) with the guidance filters.
"""

from django.utils.translation import gettext_lazy as _

from localoffer.forms import (
    AGE_CHOICES,
    LenientChoiceField,
    LenientTypedChoiceField,
    PublicFilterForm,
)
from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.taxonomy import PfaOutcome


def _choices(any_label, choices):
    return [("", any_label), *choices]


class GuidanceFilterForm(PublicFilterForm):
    """Each listing offers some of these filters:
    `GuidanceFilterForm(request.GET, offered=["age", "area"])`, and may offer only some of a
    filter's choices: `limit_choices={"area": ["sensory-physical"]}`."""

    audience = LenientChoiceField(
        label=_("Who is it for?"),
        choices=_choices(_("Anyone"), Audience.choices),
        required=False,
    )
    age = LenientTypedChoiceField(
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
        self.offered, self.limit_choices = offered, limit_choices or {}
        super().__init__(data)

    def adjust_fields(self):
        for name in set(self.fields) - set(self.offered):
            del self.fields[name]
        for name, values in self.limit_choices.items():
            field = self.fields[name]
            field.choices = [
                (value, label) for value, label in field.choices if value in {"", *values}
            ]
