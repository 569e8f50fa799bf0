"""The council's calendar: today in UK time whatever the user's time zone, dated names, and the
reporting periods (boundaries, school terms, UK local time)."""

import datetime
import itertools
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from localoffer import calendar
from localoffer.calendar import Period, Span, recent_spans, span_containing, span_from_key

UTC = datetime.UTC
LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")
day = datetime.date


@pytest.mark.parametrize(
    ("period", "date", "start", "end"),
    [
        (Period.MONTH, day(2025, 2, 28), day(2025, 2, 1), day(2025, 3, 1)),
        (Period.MONTH, day(2024, 12, 31), day(2024, 12, 1), day(2025, 1, 1)),
        (Period.QUARTER, day(2025, 3, 31), day(2025, 1, 1), day(2025, 4, 1)),
        (Period.QUARTER, day(2025, 4, 1), day(2025, 4, 1), day(2025, 7, 1)),
        (Period.QUARTER, day(2025, 12, 31), day(2025, 10, 1), day(2026, 1, 1)),
        # School terms: autumn Sep to Dec, spring Jan to Mar, summer Apr to Aug.
        (Period.TERM, day(2025, 9, 1), day(2025, 9, 1), day(2026, 1, 1)),
        (Period.TERM, day(2025, 12, 31), day(2025, 9, 1), day(2026, 1, 1)),
        (Period.TERM, day(2026, 1, 1), day(2026, 1, 1), day(2026, 4, 1)),
        (Period.TERM, day(2026, 3, 31), day(2026, 1, 1), day(2026, 4, 1)),
        (Period.TERM, day(2026, 4, 1), day(2026, 4, 1), day(2026, 9, 1)),
        (Period.TERM, day(2026, 8, 31), day(2026, 4, 1), day(2026, 9, 1)),
        # School years run September to August.
        (Period.YEAR, day(2025, 8, 31), day(2024, 9, 1), day(2025, 9, 1)),
        (Period.YEAR, day(2025, 9, 1), day(2025, 9, 1), day(2026, 9, 1)),
        (Period.YEAR, day(2026, 1, 15), day(2025, 9, 1), day(2026, 9, 1)),
    ],
)
def test_each_day_belongs_to_one_period(period, date, start, end):
    span = span_containing(date, period)
    assert (span.start, span.end) == (start, end)
    assert span.includes(date)
    assert not span.includes(end)


@pytest.mark.parametrize(
    ("moment", "period", "start"),
    [
        # 23:30 UTC on 31 March 2025 is 00:30 on 1 April in British Summer Time.
        (datetime.datetime(2025, 3, 31, 23, 30, tzinfo=UTC), Period.MONTH, day(2025, 4, 1)),
        (datetime.datetime(2025, 3, 31, 23, 30, tzinfo=UTC), Period.TERM, day(2025, 4, 1)),
        # 23:30 UTC on 31 August 2025 is already the autumn term in London.
        (datetime.datetime(2025, 8, 31, 23, 30, tzinfo=UTC), Period.TERM, day(2025, 9, 1)),
        # In winter London is on UTC: 23:30 on 31 December is still the autumn term.
        (datetime.datetime(2025, 12, 31, 23, 30, tzinfo=UTC), Period.TERM, day(2025, 9, 1)),
        (datetime.datetime(2026, 1, 1, 0, 0, tzinfo=UTC), Period.TERM, day(2026, 1, 1)),
    ],
)
def test_moments_are_placed_by_uk_local_time(moment, period, start):
    assert span_containing(moment, period).start == start


def test_periods_start_and_end_at_start_of_day():
    april = span_containing(day(2025, 4, 10), Period.MONTH)
    assert april.start_at == datetime.datetime(2025, 4, 1, tzinfo=LONDON)
    assert april.start_at == datetime.datetime(2025, 3, 31, 23, tzinfo=UTC)  # BST
    assert april.end_at == datetime.datetime(2025, 5, 1, tzinfo=LONDON)
    spring = span_containing(day(2025, 2, 1), Period.TERM)
    assert spring.start_at == datetime.datetime(2025, 1, 1, tzinfo=UTC)  # GMT


def test_recent_spans_end_with_the_one_containing_the_day_and_leave_no_gaps():
    spans = recent_spans(Period.TERM, day(2025, 10, 15), 4)
    assert [span.start for span in spans] == [
        day(2024, 9, 1),
        day(2025, 1, 1),
        day(2025, 4, 1),
        day(2025, 9, 1),
    ]
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize(
    ("period", "date", "label", "short_label"),
    [
        (Period.MONTH, day(2025, 3, 5), "March 2025", "Mar 2025"),
        (Period.QUARTER, day(2025, 5, 5), "April to June 2025", "Apr-Jun 2025"),
        (Period.TERM, day(2025, 10, 5), "Autumn term 2025", "Autumn 2025"),
        (Period.TERM, day(2026, 2, 5), "Spring term 2026", "Spring 2026"),
        (Period.TERM, day(2026, 6, 5), "Summer term 2026", "Summer 2026"),
        (Period.YEAR, day(2026, 6, 5), "School year 2025 to 2026", "2025/26"),
    ],
)
def test_labels(period, date, label, short_label):
    span = span_containing(date, period)
    assert span.label == label
    assert span.short_label == short_label


def test_a_span_is_named_by_a_key_for_urls():
    span = span_containing(day(2025, 10, 5), Period.TERM)
    assert span.key == "term-2025-09-01"
    assert span_from_key(span.key) == span
    assert span_from_key("term-2025-10-01") is None  # not the first day of a term
    assert span_from_key("fortnight-2025-09-01") is None
    assert span_from_key("term-yesterday") is None


def test_previous_crosses_the_year():
    assert Span(Period.TERM, day(2026, 1, 1)).previous().start == day(2025, 9, 1)
    assert Span(Period.MONTH, day(2026, 1, 1)).previous().start == day(2025, 12, 1)


def test_today_is_the_councils_day_not_the_signed_in_users():
    """At 23:30 in London, a lead who chose Tokyo time in the admin is already on the next day:
    the council's calendar still says London's day."""
    late_evening = datetime.datetime(2025, 3, 31, 23, 30, tzinfo=LONDON)
    with time_machine.travel(late_evening, tick=False), timezone.override(TOKYO):
        assert timezone.localtime().date() == day(2025, 4, 1)  # the admin user's own clock
        assert calendar.today() == day(2025, 3, 31)
        assert calendar.dated("review") == "review-2025-03-31"
        assert calendar.date_of(timezone.now()) == day(2025, 3, 31)


def test_a_day_starts_at_midnight_in_london_in_summer_time():
    summer_midnight = datetime.datetime(2025, 6, 30, 23, 0, tzinfo=UTC)
    assert calendar.start_of_day(day(2025, 7, 1)) == summer_midnight
