from wagtail import hooks

from .viewsets import AccessibilityReportViewSet


@hooks.register("register_admin_viewset")
def register_report():
    return AccessibilityReportViewSet()
