"""The one definition of how stale a page is, and of when its next review falls due.

Everything here counts in the council's calendar (`localoffer.calendar`), so a page is in the same
band on every screen and in every email. "3 months" means calendar months: a page reviewed on 15
January is "not reviewed in 3 months" from 15 April.
"""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from localoffer.calendar import add_months, start_of_day

# Owners hear about a page this many days before it falls due.
DUE_SOON_DAYS = 14

# Marking a page as reviewed this long after it fell due needs a note of what was checked.
LONG_OVERDUE_MONTHS = 12

# Pages reviewed together (a whole section marked in one go) would all fall due on one day. Each
# page's due date is brought forward by up to this many days per month of its cycle, by its id,
# so they fall due over a few days instead, and never later than the cycle allows.
SPREAD_DAYS_PER_MONTH = 3


class Band(models.TextChoices):
    """How long since a page was last reviewed. Values double as field names of BandSnapshot."""

    WITHIN_3_MONTHS = "within_3_months", _("Reviewed within 3 months")
    NOT_IN_3_MONTHS = "not_in_3_months", _("Not reviewed in 3 months")
    NOT_IN_6_MONTHS = "not_in_6_months", _("Not reviewed in 6 months")
    NOT_IN_12_MONTHS = "not_in_12_months", _("Not reviewed in 12 months")


# How many months after its last review a page enters each band, newest band first.
BAND_STARTS_AFTER_MONTHS = {
    Band.WITHIN_3_MONTHS: 0,
    Band.NOT_IN_3_MONTHS: 3,
    Band.NOT_IN_6_MONTHS: 6,
    Band.NOT_IN_12_MONTHS: 12,
}

# Separate from the bands: past the due date its own review cycle sets (3, 6 or 12 months).
OVERDUE = "overdue"
OVERDUE_LABEL = _("Overdue against its own cycle")

# Everything the report counts and filters by, in the order it shows them.
STALENESS_CHOICES = [*Band.choices, (OVERDUE, OVERDUE_LABEL)]


def stale_before(today, months):
    """Pages last reviewed before this moment have not been reviewed in `months` months."""
    return start_of_day(add_months(today, -months) + datetime.timedelta(days=1))


def band_bounds(today):
    """Each band's range of last-reviewed times on `today`: (from, before), None when open."""
    bands = list(BAND_STARTS_AFTER_MONTHS)
    bounds = {}
    for position, band in enumerate(bands):
        months = BAND_STARTS_AFTER_MONTHS[band]
        older_band = bands[position + 1] if position + 1 < len(bands) else None
        bounds[band] = (
            stale_before(today, BAND_STARTS_AFTER_MONTHS[older_band]) if older_band else None,
            stale_before(today, months) if months else None,
        )
    return bounds


def next_review_due(reviewed_on, cycle_months, page_id):
    """The date a page reviewed on `reviewed_on` must next be reviewed by (see the spread rule)."""
    spread_days = cycle_months * SPREAD_DAYS_PER_MONTH
    return add_months(reviewed_on, cycle_months) - datetime.timedelta(days=page_id % spread_days)


def long_overdue_before(today):
    """Pages due before this date are more than 12 months overdue: marking them as reviewed
    needs a note saying what was checked."""
    return add_months(today, -LONG_OVERDUE_MONTHS)


def due_soon_until(today):
    """Pages due on or before this date are due for review (overdue, or due soon)."""
    return today + datetime.timedelta(days=DUE_SOON_DAYS)
