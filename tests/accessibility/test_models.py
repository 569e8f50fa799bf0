import datetime

from django.utils import timezone

from localoffer.accessibility.checker import PageResult, Violation
from localoffer.accessibility.models import AccessibilityCheck
from localoffer.accessibility.targets import Target

from .factories import CONTRAST, IMAGE_ALT, AccessibilityCheckFactory

NOW = timezone.now()
URL = "http://127.0.0.1:8000/education/"


def test_most_recent_keeps_the_latest_check_of_each_address_at_each_width(db):
    AccessibilityCheckFactory(url=URL, width=1280, checked_at=NOW - datetime.timedelta(days=1))
    latest_wide = AccessibilityCheckFactory(url=URL, width=1280, checked_at=NOW)
    latest_narrow = AccessibilityCheckFactory(url=URL, width=320, checked_at=NOW)
    other_page = AccessibilityCheckFactory(width=1280, checked_at=NOW - datetime.timedelta(days=9))

    assert set(AccessibilityCheck.objects.most_recent()) == {
        latest_wide,
        latest_narrow,
        other_page,
    }


def test_most_recent_keeps_one_of_two_checks_made_at_the_same_moment(db):
    AccessibilityCheckFactory(url=URL, checked_at=NOW)
    second = AccessibilityCheckFactory(url=URL, checked_at=NOW)

    assert list(AccessibilityCheck.objects.most_recent()) == [second]


def test_with_violations(db):
    failing = AccessibilityCheckFactory(violations=[CONTRAST])
    AccessibilityCheckFactory()

    assert list(AccessibilityCheck.objects.with_violations()) == [failing]


def test_record_keeps_what_the_browser_found(home_page):
    target = Target(url="http://127.0.0.1:8000/", language_code="en-gb", page_id=home_page.pk)
    violation = Violation(**CONTRAST)
    result = PageResult(
        url=target.url,
        width=320,
        status=200,
        violations=(violation, violation),
        axe_version="4.14.1",
    )

    check = AccessibilityCheck.objects.record(target, result)

    check.refresh_from_db()
    assert check.page == home_page.page_ptr
    assert (check.url, check.width, check.language_code) == (target.url, 320, "en-gb")
    assert check.violations == [CONTRAST, CONTRAST]
    assert check.violation_count == 2
    assert check.axe_version == "4.14.1"


def test_rules_broken_lists_each_rule_once(db):
    check = AccessibilityCheckFactory(violations=[IMAGE_ALT, CONTRAST, CONTRAST])

    assert check.rules_broken == "color-contrast, image-alt"


def test_language_name_is_in_the_language_itself(db):
    assert AccessibilityCheckFactory(language_code="pl").language_name == "polski"
