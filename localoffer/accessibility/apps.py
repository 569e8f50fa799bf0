from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    name = "localoffer.accessibility"
    label = "accessibility"
    verbose_name = _("Accessibility")

    def ready(self):
        # Registers the template and rich text checks with Django's system check framework.
        from . import checks  # noqa: F401
