"""The "Was this page helpful?" widget in a real browser: without JavaScript the family is sent
back to the page and the thank-you message takes focus; with JavaScript the form is replaced
in place, and focus moves to the thanks or to the error summary."""

import pytest

from feedback.models import PageFeedback
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def page_url(site_server, home_page, require_chromium):
    return site_server + StandardPageFactory(parent=home_page, title="Short breaks").url


def focused(tab):
    return tab.evaluate("() => [document.activeElement.id, document.activeElement.className]")


def send_feedback(tab):
    with tab.expect_response("**/feedback/page/**"):
        tab.get_by_role("button", name="Send feedback").click()


def test_with_javascript_the_thanks_replace_the_form_and_take_focus(page_url, browser_tab):
    with browser_tab() as tab:
        tab.goto(page_url)
        tab.get_by_label("Good", exact=True).check()
        tab.get_by_label("What could we improve? (optional)").fill("More on transport.")
        send_feedback(tab)
        tab.wait_for_selector("#feedback-thanks")
        url, focus = tab.url, focused(tab)
        forms_left = tab.locator("form[data-feedback-form]").count()

    assert url == page_url  # no reload, no redirect
    assert focus[0] == "feedback-thanks"
    assert forms_left == 0
    assert list(PageFeedback.objects.values_list("rating", "comment")) == [
        (4, "More on transport.")
    ]


def test_with_javascript_a_missing_answer_moves_focus_to_the_error_summary(page_url, browser_tab):
    with browser_tab() as tab:
        tab.goto(page_url)
        send_feedback(tab)
        summary = tab.locator(".error-summary")
        summary.wait_for()
        focus_on_summary = focused(tab)
        summary.get_by_role("link", name="Select how helpful this page was").click()
        focus_after_link = focused(tab)

    assert "error-summary" in focus_on_summary[1]
    assert focus_after_link[0] == "feedback-rating_0"
    assert not PageFeedback.objects.exists()


def test_without_javascript_the_family_is_sent_back_and_thanked(page_url, browser_tab):
    with browser_tab(javascript=False) as tab:
        tab.goto(page_url)
        tab.get_by_label("Very good").check()
        tab.get_by_role("button", name="Send feedback").click()
        tab.wait_for_url("**?feedback=thanks*")
        url, thanks = tab.url, tab.locator("#feedback-thanks").inner_text()
        focus = focused(tab)

    assert url == f"{page_url}?feedback=thanks#feedback-thanks"
    assert focus[0] == "feedback-thanks"  # the fragment moves focus to the message
    assert "Thank you for your feedback" in thanks
    assert PageFeedback.objects.get().rating == 5
