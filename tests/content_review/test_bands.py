"""The one definition of review bands, due dates and the spread rule, at their exact edges."""

import datetime

import pytest
import time_machine

from localoffer import calendar
from localoffer.content_review import bands
from localoffer.content_review.bands import OVERDUE, Band
from localoffer.content_review.models import ReviewStatus

from .factories import content_page, london


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 1, 15), 3, datetime.date(2026, 4, 15)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),  # into a shorter month
        (datetime.date(2027, 11, 30), 3, datetime.date(2028, 2, 29)),  # leap year
        (datetime.date(2026, 5, 31), -3, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 1, 31), -1, datetime.date(2025, 12, 31)),  # back across a year
        (datetime.date(2026, 3, 10), -12, datetime.date(2025, 3, 10)),
    ],
)
def test_add_months_counts_calendar_months_and_stays_in_the_month(day, months, expected):
    assert calendar.add_months(day, months) == expected


def test_a_page_becomes_stale_on_the_same_day_three_months_later():
    # On 15 April, anything reviewed on or before 15 January (any time that day, London time)
    # has not been reviewed in 3 months.
    assert bands.stale_before(datetime.date(2026, 4, 15), 3) == london(2026, 1, 16)


def test_band_bounds_meet_without_gaps_or_overlaps():
    bounds = bands.band_bounds(datetime.date(2026, 4, 15))
    assert bounds == {
        Band.WITHIN_3_MONTHS: (london(2026, 1, 16), None),
        Band.NOT_IN_3_MONTHS: (london(2025, 10, 16), london(2026, 1, 16)),
        Band.NOT_IN_6_MONTHS: (london(2025, 4, 16), london(2025, 10, 16)),
        Band.NOT_IN_12_MONTHS: (None, london(2025, 4, 16)),
    }


def test_next_review_due_is_never_later_than_the_cycle():
    reviewed_on = datetime.date(2026, 3, 3)
    for page_id in range(1, 200):
        due = bands.next_review_due(reviewed_on, 6, page_id)
        assert datetime.date(2026, 8, 17) <= due <= datetime.date(2026, 9, 3)


def test_pages_reviewed_together_fall_due_on_different_days():
    reviewed_on = datetime.date(2026, 3, 3)
    due_dates = {bands.next_review_due(reviewed_on, 3, page_id) for page_id in range(100, 109)}
    assert len(due_dates) == 9


def test_a_page_keeps_its_place_in_the_spread_from_one_review_to_the_next():
    def days_early(reviewed_on):
        full_cycle = calendar.add_months(reviewed_on, 12)
        return (full_cycle - bands.next_review_due(reviewed_on, 12, page_id=41)).days

    assert days_early(datetime.date(2026, 3, 3)) == days_early(datetime.date(2027, 3, 3)) == 5


@pytest.fixture
def reviewed_pages(home_page):
    """Pages reviewed either side of each band's edge, as seen on 15 April 2026."""
    edges = {
        "last moment of 15 January": london(2026, 1, 15, 23, 59, 59),
        "start of 16 January": london(2026, 1, 16),
        "last moment of 15 October": london(2025, 10, 15, 23, 59, 59),
        "start of 16 October": london(2025, 10, 16),
        "last moment of 15 April 2025": london(2025, 4, 15, 23, 59, 59),
        "start of 16 April 2025": london(2025, 4, 16),
    }
    return {
        label: content_page(home_page, reviewed_at=moment, title=label).pk
        for label, moment in edges.items()
    }


@time_machine.travel(london(2026, 4, 15, 9), tick=False)
@pytest.mark.parametrize(
    ("band", "expected"),
    [
        (Band.WITHIN_3_MONTHS, {"start of 16 January"}),
        (Band.NOT_IN_3_MONTHS, {"last moment of 15 January", "start of 16 October"}),
        (Band.NOT_IN_6_MONTHS, {"last moment of 15 October", "start of 16 April 2025"}),
        (Band.NOT_IN_12_MONTHS, {"last moment of 15 April 2025"}),
    ],
)
def test_pages_fall_into_bands_exactly_at_3_6_and_12_months(reviewed_pages, band, expected):
    statuses = ReviewStatus.objects.filter(page_id__in=reviewed_pages.values())
    in_band = set(statuses.in_band(band).values_list("page_id", flat=True))
    assert in_band == {reviewed_pages[label] for label in expected}


@time_machine.travel(london(2026, 4, 15, 9), tick=False)
def test_band_annotation_and_counts_agree_with_the_band_filter(reviewed_pages):
    statuses = ReviewStatus.objects.filter(page_id__in=reviewed_pages.values())
    annotated = dict(statuses.with_band().values_list("page_id", "band"))
    counts = statuses.band_counts()
    for band in Band:
        members = set(statuses.in_band(band).values_list("page_id", flat=True))
        assert {page_id for page_id, value in annotated.items() if value == band} == members
        assert counts[band] == len(members)


def test_bands_follow_the_council_clock_across_the_clocks_going_forward(home_page):
    # 1:30 on 29 March 2026 is 00:30 UTC: still 29 March in London, so due from 29 June.
    page = content_page(home_page, reviewed_at=london(2026, 3, 29, 1, 30))
    with time_machine.travel(london(2026, 6, 28, 23, 59), tick=False):
        assert ReviewStatus.objects.in_band(Band.WITHIN_3_MONTHS).filter(page=page).exists()
    with time_machine.travel(london(2026, 6, 29, 0, 0), tick=False):
        assert ReviewStatus.objects.in_band(Band.NOT_IN_3_MONTHS).filter(page=page).exists()


def test_a_page_is_overdue_the_day_after_its_due_date(home_page):
    page = content_page(home_page, reviewed_at=london(2026, 1, 10))
    due = ReviewStatus.objects.get(page=page).next_review_due
    statuses = ReviewStatus.objects.filter(page=page)
    with time_machine.travel(london(due.year, due.month, due.day, 23, 59), tick=False):
        assert not statuses.in_band(OVERDUE).exists()
        assert statuses.due_for_review().exists()
    with time_machine.travel(_noon(due + datetime.timedelta(days=1)), tick=False):
        assert statuses.in_band(OVERDUE).exists()


def test_a_page_is_due_for_review_from_fourteen_days_before_its_due_date(home_page):
    page = content_page(home_page, reviewed_at=london(2026, 1, 10))
    due = ReviewStatus.objects.get(page=page).next_review_due
    statuses = ReviewStatus.objects.filter(page=page)
    with time_machine.travel(_noon(due - datetime.timedelta(days=15)), tick=False):
        assert not statuses.due_for_review().exists()
    with time_machine.travel(_noon(due - datetime.timedelta(days=14)), tick=False):
        assert statuses.due_for_review().exists()


def _noon(day):
    return london(day.year, day.month, day.day, 12)
