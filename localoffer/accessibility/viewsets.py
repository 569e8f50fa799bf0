from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import policy_registry

from .models import AccessibilityCheck
from .views import AccessibilityReportView


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(AccessibilityCheck).user_has_permission(
            request.user, "view"
        )


class AccessibilityReportViewSet(ViewSet):
    """The Accessibility report, in the Reports menu for those allowed to see it."""

    name = "accessibility_report"
    url_prefix = "reports/accessibility"
    icon = "glasses"
    menu_label = _("Accessibility")
    menu_hook = "register_reports_menu_item"
    menu_item_class = ReportMenuItem

    def get_urlpatterns(self):
        return [
            path("", AccessibilityReportView.as_view(), name="index"),
            path("results/", AccessibilityReportView.as_view(results_only=True), name="results"),
        ]
