"""Panels on the Wagtail admin dashboard, by role: every editor's own pages due for review;
for moderators their team's too (Wagtail's own "Awaiting your review" panel lists what waits for
their approval); for leads the count of pages in each band, and the pages that need their
attention: flagged by families' feedback, or without an active owner."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from localoffer import calendar, roles

from .feedback_flags import requested_by_feedback
from .links import mark_reviewed_url
from .models import REPORT_PERMISSION, ReviewStatus
from .views import band_count_links


class PagesDueForReviewPanel(Component):
    """The signed-in editor's pages (as their owner) that are overdue or due soon; with
    `team=True`, those of everyone in their team but them."""

    template_name = "content_review/panels/due_for_review.html"
    shown = 10

    def __init__(self, team=False):
        self.team = team
        self.name = "content_review_team_due" if team else "content_review_due"
        self.order = 121 if team else 120

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        live = ReviewStatus.objects.live()
        mine = live.owned_by_user(request.user)
        pages = live.visible_to(request.user).exclude(pk__in=mine) if self.team else mine
        due = pages.due_for_review().select_related("page").order_by("next_review_due")
        statuses = list(due[: self.shown])
        return {
            "team": self.team,
            "panel_id": "content-review-team-due" if self.team else "content-review-due",
            "heading": _("Your team's pages due for review")
            if self.team
            else _("Your pages due for review"),
            "statuses": statuses,
            "total": len(statuses) if len(statuses) < self.shown else due.count(),
            "today": calendar.today(),
            "mark_reviewed_url": mark_reviewed_url(
                [status.page_id for status in statuses], next_url=reverse("wagtailadmin_home")
            ),
        }


class ReviewBandsPanel(Component):
    """How many live pages are in each band, each linking to the report filtered to it."""

    name = "content_review_bands"
    template_name = "content_review/panels/review_bands.html"
    order = 130

    def get_context_data(self, parent_context):
        return {
            "band_counts": band_count_links(ReviewStatus.objects.live().band_counts()),
            "report_url": reverse("content_review:report"),
        }


class NeedsLeadsPanel(Component):
    """Pages leads must act on: those families' feedback asks to be reviewed, and those without
    an active owner (nobody would otherwise be reminded)."""

    name = "content_review_needs_leads"
    template_name = "content_review/panels/needs_leads.html"
    order = 131
    shown = 10

    def get_context_data(self, parent_context):
        live = ReviewStatus.objects.live()
        flagged = live.filter(page_id__in=requested_by_feedback(live))
        report_url = reverse("content_review:report")
        return {
            "flagged": list(flagged.select_related("page").order_by("page__title")[: self.shown]),
            "flagged_count": flagged.count(),
            "flagged_url": f"{report_url}?{urlencode({'requested_by_feedback': 'true'})}",
            "without_owner": [
                (label, live.filter(**condition).count(), f"{report_url}?{urlencode(params)}")
                for label, condition, params in [
                    (_("No owner"), {"owner__isnull": True}, {"ownership": "none"}),
                    (_("Owner inactive"), {"owner__active": False}, {"ownership": "inactive"}),
                ]
            ],
        }


def homepage_panels(user):
    """The panels this user sees on the dashboard."""
    panels = [PagesDueForReviewPanel()]
    if user.groups.filter(name=roles.MODERATORS).exists():
        panels.append(PagesDueForReviewPanel(team=True))
    if user.has_perm(REPORT_PERMISSION):
        panels += [ReviewBandsPanel(), NeedsLeadsPanel()]
    return panels
