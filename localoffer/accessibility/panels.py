from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .content import page_content_problems
from .models import AccessibilityCheck


class AccessibilityPanel(Panel):
    """A page's accessibility on its edit view: problems in what editors wrote (headings that
    skip a level, vague link text), checked as they save, and what the last browser check of
    the live page found at each width."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Accessibility"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "accessibility/panels/accessibility_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["content_problems"] = page_content_problems(page)
            context["browser_checks"] = (
                AccessibilityCheck.objects.filter(page=page).most_recent().order_by("-width")
                if page.pk
                else []
            )
            context["report_url"] = f"{reverse('accessibility_report:index')}?page={page.pk}"
            return context
