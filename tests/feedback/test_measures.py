"""Indicator arithmetic: percentage positive, average score, suppression, target and trend."""

from decimal import Decimal

import pytest

from feedback.measures import (
    Measure,
    Tally,
    Trend,
    is_suppressed,
    measure_value,
    on_track,
    trend,
)
from feedback.ratings import POSITIVE_FROM, Rating, is_positive


def tally_of(ratings):
    return Tally(
        responses=len(ratings),
        positive=sum(1 for rating in ratings if is_positive(rating)),
        scored=len(ratings),
        score_total=sum(ratings),
    )


def test_positive_means_the_top_two_answers():
    assert POSITIVE_FROM == Rating.GOOD
    assert [is_positive(rating) for rating in Rating] == [False, False, False, True, True]


def test_percentage_positive_counts_good_and_very_good():
    ratings = [5, 4, 4, 3, 2, 1, 5, 4, 1, 3, 3, 4]  # 6 of 12 positive
    assert measure_value(tally_of(ratings), Measure.PERCENT_POSITIVE) == Decimal("50.0")


def test_percentage_is_rounded_half_up_to_one_place():
    tally = Tally(responses=12, positive=1, scored=12, score_total=36)  # 8.333...%
    assert measure_value(tally, Measure.PERCENT_POSITIVE) == Decimal("8.3")
    tally = Tally(responses=16, positive=1, scored=16, score_total=48)  # 6.25%
    assert measure_value(tally, Measure.PERCENT_POSITIVE) == Decimal("6.3")


def test_mean_score_is_the_average_rating_to_two_places():
    ratings = [5, 4, 4, 3, 2, 1, 5, 4, 1, 3, 3]  # 35 / 11 = 3.1818...
    assert measure_value(tally_of(ratings), Measure.MEAN_SCORE) == Decimal("3.18")


def test_mean_counts_only_scored_answers():
    # Yes/no answers count as responses but have no score.
    tally = Tally(responses=30, positive=20, scored=10, score_total=42)
    assert measure_value(tally, Measure.MEAN_SCORE) == Decimal("4.20")
    assert measure_value(tally, Measure.PERCENT_POSITIVE) == Decimal("66.7")


@pytest.mark.parametrize(("responses", "suppressed"), [(0, True), (9, True), (10, False)])
def test_fewer_than_ten_responses_give_no_value(responses, suppressed):
    tally = tally_of([5] * responses)
    assert is_suppressed(tally, Measure.PERCENT_POSITIVE) is suppressed
    assert (measure_value(tally, Measure.PERCENT_POSITIVE) is None) is suppressed


def test_the_threshold_is_one_setting(settings):
    settings.FEEDBACK_MIN_RESPONSES = 3
    assert measure_value(tally_of([5, 1, 4]), Measure.PERCENT_POSITIVE) == Decimal("66.7")


def test_tallies_add_up():
    assert tally_of([5, 1]) + tally_of([4]) == tally_of([5, 1, 4])


@pytest.mark.parametrize(
    ("value", "target", "expected"),
    [
        (Decimal("70.0"), Decimal("70"), True),
        (Decimal("69.9"), Decimal("70"), False),
        (Decimal("4.10"), Decimal("4"), True),
        (None, Decimal("70"), None),
    ],
)
def test_on_track_means_at_or_above_target(value, target, expected):
    assert on_track(value, target) is expected


def test_trend_compares_with_the_previous_period():
    assert trend(Decimal("60.1"), Decimal("60.0")) == Trend.UP
    assert trend(Decimal("59.9"), Decimal("60.0")) == Trend.DOWN
    assert trend(Decimal("60.0"), Decimal("60.0")) == Trend.SAME
    assert trend(Decimal("60.0"), None) is None  # no trend from a suppressed period
