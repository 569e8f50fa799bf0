"""Helpers for content review tests: content pages with a given review history."""

import datetime
from zoneinfo import ZoneInfo

from localoffer.content_review.models import PartReview, ReviewStatus
from tests.factories import StandardPageFactory

LONDON = ZoneInfo("Europe/London")


def london(year, month, day, hour=0, minute=0, second=0):
    """A moment on the council's clock."""
    return datetime.datetime(year, month, day, hour, minute, second, tzinfo=LONDON)


def content_page(parent, reviewed_at=None, due=None, factory=StandardPageFactory, **fields):
    """A published page (a StandardPage unless `factory` says); `reviewed_at` backdates its last
    review, `due` sets the date its next review is due (instead of the date its cycle and the
    spread rule give)."""
    page = factory(parent=parent, **fields)
    if reviewed_at:
        # Parts others look after (a pathway's steps) were last reviewed with the page.
        PartReview.objects.filter(page_id=page.pk).update(reviewed_at=reviewed_at)
        ReviewStatus.objects.record_review(page, reviewed_at)
    if due:
        ReviewStatus.objects.filter(page=page).update(next_review_due=due)
    return page


def status_of(page):
    return ReviewStatus.objects.get(page_id=page.pk)
