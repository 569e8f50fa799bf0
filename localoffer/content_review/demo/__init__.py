"""Demo content review: more owners and teams with cover contacts, and review dates spread so
that every band, overdue pages and pages due soon all show in the report, the dashboard and the
reminder emails.

Review dates are backdated once, on a site whose reviews are all recent (a fresh demo); after
that, editors' own reviews are left alone.
"""

import datetime

from django.utils import timezone
from wagtail.models import Page

from localoffer.pages import ContentPage

from ..models import Owner, ReviewStatus

# Pages (by slug) that the extra owners look after.
PAGE_OWNERS = {
    "ehc-plans": "ehc",
    "annual-reviews": "ehc",
    "sen-support": "ep",
    "disagreements": "casework",
    "eotas": "leaver",  # someone who has left: the page waits to be handed over
}

# Days since each page's last review, dealt out to pages in tree order: pages in every band,
# some overdue against their own cycle, some due within a fortnight.
REVIEW_AGES_DAYS = [12, 200, 40, 95, 170, 400, 65, 250, 178, 130, 560, 20, 310, 85]


def load(demo):
    """Every owner in owners.yaml, each with their cover contact, then the review history."""
    owners = {key: demo.owner(key) for key in demo.owners}
    for key, details in demo.owners.items():
        Owner.objects.filter(pk=owners[key].pk, cover__isnull=True).update(
            cover=owners[details["cover"]]
        )
    if _reviews_already_backdated():
        return
    _give_pages_to_owners(demo)
    _backdate_reviews(demo.home)


def _reviews_already_backdated():
    return ReviewStatus.objects.filter(
        last_reviewed_at__lt=timezone.now() - datetime.timedelta(days=1)
    ).exists()


def _give_pages_to_owners(demo):
    for slug, key in PAGE_OWNERS.items():
        page = Page.objects.descendant_of(demo.home).filter(slug=slug).first()
        if page:
            page = page.specific
            page.content_owner = demo.owner(key)
            demo.publish(page)


def _backdate_reviews(home):
    now = timezone.now()
    pages = Page.objects.live().descendant_of(home, inclusive=True).order_by("path").specific()
    content_pages = (page for page in pages if isinstance(page, ContentPage))
    for position, page in enumerate(content_pages):
        age = REVIEW_AGES_DAYS[position % len(REVIEW_AGES_DAYS)]
        ReviewStatus.objects.record_review(page, now - datetime.timedelta(days=age))
