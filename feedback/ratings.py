"""The one rating scale, used by "Was this page helpful?" and by survey rating questions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Rating(models.IntegerChoices):
    VERY_POOR = 1, _("Very poor")
    POOR = 2, _("Poor")
    NEITHER = 3, _("Neither good nor poor")
    GOOD = 4, _("Good")
    VERY_GOOD = 5, _("Very good")


#: "Positive" means one of the top two answers, in every measure and every report.
POSITIVE_FROM = Rating.GOOD


def is_positive(rating):
    return rating >= POSITIVE_FROM
