"""The demo's last step, after every app has added its pages: no page is left without an owner,
and the band counts have six months of weekly history, so the trend has something to show.

The history is what the report's own count (`band_counts`) gives for each past week over the
pages reviewed by then. Today's counts are never stored here: `send_review_reminders` stores them
once a day, and the report shows today's row from the live count.
"""

import datetime

from wagtail.models import Page

from localoffer import calendar
from localoffer.pages import ContentPage

from .models import BandSnapshot, ReviewStatus

HISTORY_WEEKS = 26


def load(demo):
    _give_ownerless_pages_an_owner(demo)
    if not BandSnapshot.objects.exists():
        _record_history(calendar.today())


def _give_ownerless_pages_an_owner(demo):
    """Each content page without an owner takes its nearest ancestor's; a translation takes its
    source page's (owners are the same in every language)."""
    default_locale = demo.home.locale_id
    pages = sorted(
        Page.objects.filter(depth__gt=1).specific(),
        key=lambda page: (page.locale_id != default_locale, page.path),
    )
    owners = {}  # by path, and by translation key for pages in the default language
    for page in pages:
        if not isinstance(page, ContentPage):
            continue
        if page.content_owner_id is None:
            page.content_owner_id = owners.get(page.translation_key) or owners.get(
                page.path[: -Page.steplen]
            )
            if page.content_owner_id:
                demo.publish(page)
        owners[page.path] = page.content_owner_id
        if page.locale_id == default_locale:
            owners[page.translation_key] = page.content_owner_id


def _record_history(today):
    statuses = ReviewStatus.objects.live()
    days = [today - datetime.timedelta(weeks=weeks) for weeks in range(HISTORY_WEEKS, 0, -1)]
    BandSnapshot.objects.bulk_create(
        BandSnapshot(
            taken_on=day,
            **statuses.filter(
                last_reviewed_at__lt=calendar.start_of_day(day + datetime.timedelta(days=1))
            ).band_counts(day),
        )
        for day in days
    )
