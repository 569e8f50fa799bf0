from django.utils.translation import gettext_lazy as _

from localoffer.reports import ReportViewSet

from .models import AccessibilityCheck
from .views import AccessibilityReportView


class AccessibilityReportViewSet(ReportViewSet):
    """The Accessibility report, in the Reports menu for those allowed to see it."""

    name = "accessibility_report"
    url_prefix = "reports/accessibility"
    icon = "glasses"
    menu_label = _("Accessibility")
    model = AccessibilityCheck

    def get_urlpatterns(self):
        return self.listing(AccessibilityReportView, "index", results_name="results")
