"""The arithmetic of outcome indicators: from counts of answers to a value, on or off track, and a
trend. Plain functions on plain numbers; the database does the counting (see
`indicator_results.py`)."""

from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Measure(models.TextChoices):
    PERCENT_POSITIVE = "percent_positive", _("Percentage positive (the top two answers)")
    MEAN_SCORE = "mean_score", _("Average score (1 = very poor, 5 = very good)")
    # Not counted from families' answers: the figures a lead enters for a service measure.
    SERVICE = "service", _("A service measure's figures")


class Trend(models.TextChoices):
    UP = "up", _("Up")
    DOWN = "down", _("Down")
    SAME = "same", _("No change")


# Values are shown as "72.5%" and "3.84": what a Board paper can carry without false precision.
PLACES = {Measure.PERCENT_POSITIVE: Decimal("0.1"), Measure.MEAN_SCORE: Decimal("0.01")}
LIMITS = {Measure.PERCENT_POSITIVE: (0, 100), Measure.MEAN_SCORE: (1, 5)}


@dataclass(frozen=True)
class Tally:
    """Counts for some answers. `responses` have a positive-or-not meaning (ratings, yes/no,
    choices); `scored` have a 1 to 5 score (ratings), adding up to `score_total`."""

    responses: int = 0
    positive: int = 0
    scored: int = 0
    score_total: int = 0

    def __add__(self, other):
        return Tally(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def min_responses():
    """Below this many answers a value is not shown: it would say little and could identify."""
    return settings.FEEDBACK_MIN_RESPONSES


def sample_size(tally, measure):
    return tally.scored if measure == Measure.MEAN_SCORE else tally.responses


def is_suppressed(tally, measure):
    return sample_size(tally, measure) < min_responses()


def measure_value(tally, measure):
    """The indicator's value for these answers, or None when there are too few of them."""
    size = sample_size(tally, measure)
    if size == 0 or size < min_responses():
        return None
    if measure == Measure.MEAN_SCORE:
        value = Decimal(tally.score_total) / size
    else:
        value = Decimal(100 * tally.positive) / size
    return value.quantize(PLACES[Measure(measure)], rounding=ROUND_HALF_UP)


def on_track(value, target, higher_is_better=True):
    """On track means at or above the target, or at or below it where lower is better (days
    waiting, exclusions)."""
    if value is None or target is None:
        return None
    return value >= target if higher_is_better else value <= target


def trend(value, previous):
    if value is None or previous is None:
        return None
    if value > previous:
        return Trend.UP
    if value < previous:
        return Trend.DOWN
    return Trend.SAME
