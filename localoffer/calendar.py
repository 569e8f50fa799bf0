"""The council's calendar: every date that means "in the council's time" comes from here.

"Today", the start of a day and a moment's date are in UK local time (settings.TIME_ZONE,
Europe/London), never in the time zone a signed-in user has chosen, so a page is in the same
review band, a rating in the same month and an export has the same date on every screen and in
every email. A rating given at 00:30 on 1 April in summer time belongs to April even though it is
still 31 March in UTC.

"3 months" means calendar months (`add_months`): 15 January plus 3 months is 15 April, and a
month that is too short ends the count on its last day (31 May minus 3 months is 28 February).

Reporting periods (`Period`, `Span`) are months, quarters, English school terms and school years,
each a run of whole local days. School terms follow a fixed rule, so that a term covers the same
months every year and results can be compared: autumn term is September to December, spring term
is January to March, summer term is April to August. Real spring terms end at the Easter holiday,
which moves; families' feedback over the holiday is counted in the summer term.
"""

import datetime
from calendar import monthrange
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


def council_timezone():
    return ZoneInfo(settings.TIME_ZONE)


def today():
    """Today's date in the council's calendar."""
    return timezone.localdate(timezone=council_timezone())


def date_of(moment):
    """The council's calendar date of an aware datetime."""
    return timezone.localdate(moment, timezone=council_timezone())


def start_of_day(day):
    """The moment a council day starts, as an aware datetime (00:00 in Europe/London)."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=council_timezone())


def add_months(day, months):
    """`day` moved by `months` calendar months (negative for earlier), kept within the month."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last_day = monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last_day))


def dated(name):
    """A file name for a download made today: "review-report-2025-03-31"."""
    return f"{name}-{today():%Y-%m-%d}"


class Period(models.TextChoices):
    """The council's reporting periods."""

    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter (January to March, April to June, and so on)")
    TERM = "term", _("School term (autumn, spring, summer)")
    YEAR = "year", _("School year (September to August)")


# The month each period starts in. A period runs until the next start month.
START_MONTHS = {
    Period.MONTH: tuple(range(1, 13)),
    Period.QUARTER: (1, 4, 7, 10),
    Period.TERM: (1, 4, 9),
    Period.YEAR: (9,),
}

TERM_NAMES = {
    1: _("Spring term %(year)s"),
    4: _("Summer term %(year)s"),
    9: _("Autumn term %(year)s"),
}
SHORT_TERM_NAMES = {1: _("Spring %(year)s"), 4: _("Summer %(year)s"), 9: _("Autumn %(year)s")}


@dataclass(frozen=True)
class Span:
    """One period: from `start` (included) to `end` (the next period's first day, excluded)."""

    period: str
    start: datetime.date

    @cached_property
    def end(self):
        return _next_start(self.period, self.start)

    @cached_property
    def start_at(self):
        return start_of_day(self.start)

    @cached_property
    def end_at(self):
        return start_of_day(self.end)

    @property
    def last_day(self):
        return self.end - datetime.timedelta(days=1)

    def previous(self):
        return span_containing(self.start - datetime.timedelta(days=1), self.period)

    def includes(self, day):
        return self.start <= day < self.end

    @property
    def key(self):
        """A stable name for URLs and exports, e.g. "term-2025-09-01"."""
        return f"{self.period}-{self.start.isoformat()}"

    @property
    def label(self):
        start = self.start
        if self.period == Period.MONTH:
            return formats.date_format(start, "F Y")
        if self.period == Period.QUARTER:
            return gettext("%(first)s to %(last)s") % {
                "first": formats.date_format(start, "F"),
                "last": formats.date_format(self.last_day, "F Y"),
            }
        if self.period == Period.TERM:
            return TERM_NAMES[start.month] % {"year": start.year}
        return gettext("School year %(first)s to %(last)s") % {
            "first": start.year,
            "last": start.year + 1,
        }

    @property
    def short_label(self):
        """A few characters, for a chart's axis: "Mar 2025", "Jan-Mar 2025", "Autumn 2025"."""
        start = self.start
        if self.period == Period.MONTH:
            return formats.date_format(start, "M Y")
        if self.period == Period.QUARTER:
            return f"{formats.date_format(start, 'M')}-{formats.date_format(self.last_day, 'M Y')}"
        if self.period == Period.TERM:
            return SHORT_TERM_NAMES[start.month] % {"year": start.year}
        return f"{start.year}/{(start.year + 1) % 100:02d}"

    def __str__(self):
        return self.label


def span_containing(day, period):
    """The period of this kind that contains `day` (a date, or an aware datetime)."""
    if isinstance(day, datetime.datetime):
        day = date_of(day)
    starts = START_MONTHS[Period(period)]
    month = max((m for m in starts if m <= day.month), default=None)
    if month is None:  # before the first start month: the year's last period began last year
        return Span(period, datetime.date(day.year - 1, starts[-1], 1))
    return Span(period, datetime.date(day.year, month, 1))


def recent_spans(period, day, count):
    """`count` periods in date order, the last one containing `day` (often still under way)."""
    spans = [span_containing(day, period)]
    while len(spans) < count:
        spans.insert(0, spans[0].previous())
    return spans


def span_from_key(key):
    """The span named by `Span.key`, or None if the key is not one."""
    period, _sep, start = key.partition("-")
    try:
        day = datetime.date.fromisoformat(start)
        span = span_containing(day, period)
    except ValueError:
        return None
    return span if span.start == day else None


def _next_start(period, start):
    starts = START_MONTHS[Period(period)]
    later = [m for m in starts if m > start.month]
    if later:
        return datetime.date(start.year, later[0], 1)
    return datetime.date(start.year + 1, starts[0], 1)
