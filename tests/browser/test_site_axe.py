"""Acceptance: zero axe-core violations (WCAG 2.2 A and AA) on every demo page, in every locale,
at 1280 and 320 pixels wide, with the pages outside the page tree (search results, page not
found, server error, and those apps register)."""

import pytest
from wagtail.models import Page

from localoffer.accessibility.checker import WIDTHS, describe_violations
from localoffer.accessibility.targets import site_targets

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_targets(demo_server):
    targets = site_targets(demo_server)
    live_pages = Page.objects.live().public().filter(depth__gt=1).count()
    assert len({target.page_id for target in targets if target.page_id}) == live_pages
    return targets


# The pages are checked in parts, so that parallel workers share them (each restores the demo).
PARTS = 4


@pytest.mark.parametrize("part", range(PARTS), ids=lambda part: f"part {part + 1} of {PARTS}")
def test_every_demo_page_has_no_accessibility_violations(demo_targets, axe_checker, part):
    checked = [
        (target, result)
        for target in demo_targets[part::PARTS]
        for result in axe_checker.check(
            target.url, WIDTHS, html=target.html, html_status=target.expected_status
        )
    ]

    wrong_statuses = [
        (result.url, result.status)
        for target, result in checked
        if result.status != target.expected_status
    ]
    assert wrong_statuses == []
    results = [result for _target, result in checked]
    assert not any(result.violations for result in results), describe_violations(results)
