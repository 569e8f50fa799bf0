"""Panels on the Wagtail admin dashboard: each editor's own pages due for review, and for leads
the count of pages in each band."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .bands import council_today
from .links import mark_reviewed_url
from .models import ReviewStatus
from .views import REPORT_PERMISSION, band_count_links


class PagesDueForReviewPanel(Component):
    """The signed-in editor's pages (as their owner) that are overdue or due soon."""

    name = "content_review_due"
    template_name = "content_review/panels/due_for_review.html"
    order = 120
    shown = 10

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        due = (
            ReviewStatus.objects.live()
            .owned_by_user(request.user)
            .due_for_review()
            .select_related("page")
            .order_by("next_review_due")
        )
        statuses = list(due[: self.shown])
        return {
            "statuses": statuses,
            "total": len(statuses) if len(statuses) < self.shown else due.count(),
            "today": council_today(),
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


def homepage_panels(user):
    """The panels this user sees on the dashboard."""
    panels = [PagesDueForReviewPanel()]
    if user.has_perm(REPORT_PERMISSION):
        panels.append(ReviewBandsPanel())
    return panels
