from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .bulk_actions import MarkReviewedBulkAction, MarkReviewedMenuItem
from .editor_panel import overdue_notice
from .panels import homepage_panels
from .reviews import record_content_reviewed, register_log_actions
from .viewsets import OwnerViewSet, ReviewReportViewSet

register_snippet(OwnerViewSet)
hooks.register("register_bulk_action", MarkReviewedBulkAction)
hooks.register("register_log_actions", register_log_actions)
hooks.register("before_publish_page", record_content_reviewed)
hooks.register("before_edit_page", overdue_notice)


@hooks.register("register_admin_viewset")
def register_review_report():
    return ReviewReportViewSet()


@hooks.register("register_reports_menu_item")
def languages_report_menu_item():
    return MenuItem(
        _("Pages and languages"), reverse_lazy("content_review:languages"), icon_name="globe"
    )


@hooks.register("register_page_header_buttons")
def mark_reviewed_button(page, user, view_name, next_url=None):
    return [MarkReviewedMenuItem(page=page, next_url=next_url)]


@hooks.register("construct_homepage_panels")
def review_panels(request, panels):
    panels.extend(homepage_panels(request.user))
