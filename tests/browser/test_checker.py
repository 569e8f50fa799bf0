"""The checker itself: it must find known problems, or a clean run would prove nothing."""

import pytest

from localoffer.accessibility.checker import WIDTHS, PageLoadError

from .seeded_site import WITH_PROBLEMS, WITHOUT_PROBLEMS

pytestmark = pytest.mark.browser

# The checker serves these documents itself, so no server needs to run at this address.
URL = "http://seeded.test/page/"


def test_reports_a_missing_alt_and_low_contrast_at_every_width(axe_checker):
    results = axe_checker.check(URL, html=WITH_PROBLEMS)

    assert [result.width for result in results] == list(WIDTHS)
    for result in results:
        assert {violation.rule for violation in result.violations} == {
            "image-alt",
            "color-contrast",
        }
        contrast = next(v for v in result.violations if v.rule == "color-contrast")
        assert contrast.element == "p"
        assert "insufficient color contrast" in contrast.summary
        assert contrast.help_url.startswith("https://dequeuniversity.com/rules/axe/")


def test_passes_a_page_without_problems(axe_checker):
    results = axe_checker.check(URL, html=WITHOUT_PROBLEMS)

    assert [result.violations for result in results] == [(), ()]
    assert results[0].status == 200
    assert results[0].axe_version.startswith("4.")


def test_serves_its_own_document_with_the_status_asked_for(axe_checker):
    (result,) = axe_checker.check(URL, widths=[320], html=WITHOUT_PROBLEMS, html_status=500)

    assert result.status == 500


def test_a_page_that_cannot_load_is_an_error_not_a_pass(axe_checker):
    with pytest.raises(PageLoadError, match=r"Could not open http://127\.0\.0\.1:9/"):
        axe_checker.check("http://127.0.0.1:9/")
