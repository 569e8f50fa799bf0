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

from .models import Owner, ReviewStatus

# (name, role, team, email); home/demo.py adds the first four owners.
OWNERS = {
    "ehc": (
        "Aisha Rahman",
        "EHC co-ordinator",
        "EHC assessment team",
        "aisha.rahman@anyshire.example",
    ),
    "ep": (
        "Mei Chen",
        "Senior educational psychologist",
        "Educational psychology",
        "mei.chen@anyshire.example",
    ),
    "casework": (
        "Daniel Price",
        "Disagreement resolution officer",
        "SEND casework",
        "daniel.price@anyshire.example",
    ),
}
# Someone who has left: their page waits to be handed over, and gets no reminders meanwhile.
LEAVER = (
    "Rob Ellis",
    "Alternative provision officer",
    "Inclusion and SEN support",
    "rob.ellis@anyshire.example",
)

# Whose cover contact is whom, by email: they hear when the owner's pages go a year unreviewed.
COVER = {
    "priya.natarajan@anyshire.example": "aisha.rahman@anyshire.example",
    "tom.becker@anyshire.example": "mei.chen@anyshire.example",
    "grace.adeyemi@anyshire.example": "priya.natarajan@anyshire.example",
    "sam.lowry@anyshire.example": "mei.chen@anyshire.example",
    "aisha.rahman@anyshire.example": "priya.natarajan@anyshire.example",
    "mei.chen@anyshire.example": "sam.lowry@anyshire.example",
    "daniel.price@anyshire.example": "aisha.rahman@anyshire.example",
    "rob.ellis@anyshire.example": "sam.lowry@anyshire.example",
}

# Pages (by slug) that the extra owners look after.
PAGE_OWNERS = {
    "ehc-plans": "aisha.rahman@anyshire.example",
    "annual-reviews": "aisha.rahman@anyshire.example",
    "sen-support": "mei.chen@anyshire.example",
    "disagreements": "daniel.price@anyshire.example",
    "eotas": "rob.ellis@anyshire.example",
}

# Days since each page's last review, dealt out to pages in tree order: pages in every band,
# some overdue against their own cycle, some due within a fortnight.
REVIEW_AGES_DAYS = [12, 200, 40, 95, 170, 400, 65, 250, 178, 130, 560, 20, 310, 85]


def load(demo):
    for details in OWNERS.values():
        demo.owner(*details)
    name, role, team, email = LEAVER
    Owner.objects.get_or_create(
        email=email, defaults={"name": name, "role": role, "team": team, "active": False}
    )
    for email, cover_email in COVER.items():
        Owner.objects.filter(email=email, cover__isnull=True).update(
            cover=Owner.objects.get(email=cover_email)
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
    for slug, email in PAGE_OWNERS.items():
        page = Page.objects.descendant_of(demo.home).filter(slug=slug).first()
        if page:
            page = page.specific
            page.content_owner = Owner.objects.get(email=email)
            demo.publish(page)


def _backdate_reviews(home):
    now = timezone.now()
    pages = Page.objects.live().descendant_of(home, inclusive=True).order_by("path").specific()
    content_pages = (page for page in pages if isinstance(page, ContentPage))
    for position, page in enumerate(content_pages):
        age = REVIEW_AGES_DAYS[position % len(REVIEW_AGES_DAYS)]
        ReviewStatus.objects.record_review(page, now - datetime.timedelta(days=age))
