"""`manage.py axe_check` against a running site, as cron runs it."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from localoffer.accessibility.models import AccessibilityCheck

pytestmark = pytest.mark.browser


def axe_check(*args):
    stdout = io.StringIO()
    try:
        call_command("axe_check", *args, stdout=stdout)
    except CommandError as error:
        return stdout.getvalue(), str(error)
    return stdout.getvalue(), None


@pytest.mark.urls("tests.browser.seeded_site")
def test_a_page_with_problems_fails_and_they_are_listed_by_rule_and_kept(site_server):
    output, error = axe_check("--url", "/seeded-problems/", "--base-url", site_server)

    assert error == "Found 4 accessibility problems."
    assert output.index("color-contrast (serious)") < output.index("image-alt (critical)")
    assert f"  {site_server}/seeded-problems/ at 320px: p" in output
    assert f"  {site_server}/seeded-problems/ at 1280px: img" in output
    checks = AccessibilityCheck.objects.order_by("width")
    assert [(check.width, check.violation_count, check.rules_broken) for check in checks] == [
        (320, 2, "color-contrast, image-alt"),
        (1280, 2, "color-contrast, image-alt"),
    ]
    assert checks[0].page is None
    assert checks[0].url == f"{site_server}/seeded-problems/"


def test_the_whole_site_passes_as_json_without_keeping_results(
    search_index, site_server, home_page
):
    output, error = axe_check("--all", "--json", "--no-store", "--base-url", site_server)

    assert error is None
    results = json.loads(output)
    home = [result for result in results if result["page_id"] == home_page.pk]
    assert [(result["url"], result["width"]) for result in home] == [
        (f"{site_server}/", 1280),
        (f"{site_server}/", 320),
    ]
    assert {(result["language_code"], result["expected_status"]) for result in results} >= {
        ("ar", 404),
        ("ar", 500),
        ("pl", 200),
    }
    assert all(result["violations"] == [] for result in results)
    assert all(result["status"] == result["expected_status"] for result in results)
    assert not AccessibilityCheck.objects.exists()


def test_one_page_is_kept_for_the_report_linked_to_its_page(site_server, home_page):
    output, error = axe_check("--url", "/", "--width", "320", "--base-url", site_server)

    assert error is None
    assert output == "Checked 1 page at 1 width: 0 problems on 0 pages.\n"
    check = AccessibilityCheck.objects.get()
    assert (check.page_id, check.width, check.language_code) == (home_page.pk, 320, "en-gb")


def test_a_page_with_the_wrong_status_fails(site_server, home_page):
    output, error = axe_check(
        "--url", "/no-such-page/", "--width", "320", "--base-url", site_server
    )

    assert f"{site_server}/no-such-page/ answered 404, expected 200." in output
    assert error == "Found 1 page with an unexpected status."


def test_a_site_that_is_not_running_is_a_clear_error(db):
    _output, error = axe_check("--url", "/", "--base-url", "http://127.0.0.1:9")

    assert error.startswith("Could not open http://127.0.0.1:9/: ")
    assert not AccessibilityCheck.objects.exists()
