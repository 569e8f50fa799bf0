"""Preparing for adulthood (PfA): its four outcomes and the age bands its guidance is written for,
defined once here. Also which ages each school phase covers, so one "age" filter finds pathways,
provision and PfA guidance alike.

Values are stored and used in shareable URLs (`?outcome=good-health`), so they never change.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from localoffer.taxonomy import MAX_AGE, MIN_AGE, Phase


class PfaOutcome(models.TextChoices):
    """The four preparing for adulthood outcomes, used from Year 9 onwards."""

    EMPLOYMENT = "employment", _("Employment")
    INDEPENDENT_LIVING = "independent-living", _("Independent living")
    COMMUNITY = "friends-relationships-community", _("Friends, relationships and community")
    GOOD_HEALTH = "good-health", _("Good health")


class AgeBand(models.TextChoices):
    YEAR_9 = "year-9", _("Year 9 (age 13 to 14)")
    AGE_14_TO_16 = "14-16", _("Age 14 to 16")
    AGE_16_TO_18 = "16-18", _("Age 16 to 18")
    AGE_18_TO_25 = "18-25", _("Age 18 to 25")


# The ages (inclusive) each band and phase covers. They overlap on purpose: a 14-year-old may be in
# Year 9 or Year 10, and a 4-year-old in nursery or in a primary school's reception class.
AGE_BAND_AGES = {
    AgeBand.YEAR_9: (13, 14),
    AgeBand.AGE_14_TO_16: (14, 16),
    AgeBand.AGE_16_TO_18: (16, 18),
    AgeBand.AGE_18_TO_25: (18, MAX_AGE),
}
PHASE_AGES = {
    Phase.EARLY_YEARS: (MIN_AGE, 5),
    Phase.PRIMARY: (4, 11),
    Phase.SECONDARY: (11, 16),
    Phase.POST_16: (16, MAX_AGE),
}


def age_bands_for_age(age):
    """The PfA age bands that include `age` (none below 13)."""
    return [band for band, (lowest, highest) in AGE_BAND_AGES.items() if lowest <= age <= highest]


def phases_for_age(age):
    """The phases a child or young person of `age` may be in."""
    return [phase for phase, (lowest, highest) in PHASE_AGES.items() if lowest <= age <= highest]
