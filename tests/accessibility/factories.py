import factory
from factory.django import DjangoModelFactory

from localoffer.accessibility.models import AccessibilityCheck

CONTRAST = {
    "rule": "color-contrast",
    "impact": "serious",
    "description": "Elements must meet minimum color contrast ratio thresholds",
    "help_url": "https://dequeuniversity.com/rules/axe/4.14/color-contrast",
    "element": ".hint",
    "html": '<span class="hint">',
    "summary": "Fix any of the following: Element has insufficient color contrast of 3.1",
}
IMAGE_ALT = {**CONTRAST, "rule": "image-alt", "impact": "critical", "element": "img"}


class AccessibilityCheckFactory(DjangoModelFactory):
    class Meta:
        model = AccessibilityCheck

    url = factory.Sequence(lambda n: f"http://127.0.0.1:8000/page-{n}/")
    language_code = "en-gb"
    width = 1280
    violations = factory.LazyFunction(list)
    violation_count = factory.LazyAttribute(lambda check: len(check.violations))
    axe_version = "4.14.1"
