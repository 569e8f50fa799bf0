""" "Was this page helpful?": the form on every content page and what happens when it is sent,
with and without JavaScript."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from feedback.models import FeedbackStatus, PageFeedback
from home.models import StandardPage
from localoffer.privacy import EMAIL, PHONE
from localoffer.security import rate_limits
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def feedback_url(page, language=""):
    url = reverse("feedback:page_feedback", args=[page.pk])
    return f"/{language}{url}" if language else url


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def send(client, page, remote_addr="127.0.0.1", **data):
    return client.post(
        feedback_url(page), {"rating": "4", "comment": "", **data}, REMOTE_ADDR=remote_addr
    )


# The widget ------------------------------------------------------------------------------------


def test_every_content_page_asks_if_it_was_helpful(client, guidance_page):
    html = soup(client.get(guidance_page.url))
    form = html.select_one("form[data-feedback-form]")
    assert form["action"] == feedback_url(guidance_page)
    assert form["method"] == "post"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    legend = form.select_one("fieldset legend")
    assert legend.get_text(strip=True) == "Was this page helpful?"
    labels = [
        form.select_one(f"label[for={radio['id']}]").get_text(strip=True)
        for radio in form.select("input[type=radio]")
    ]
    assert labels == ["Very poor", "Poor", "Neither good nor poor", "Good", "Very good"]
    comment = form.select_one("textarea[name=comment]")
    assert form.select_one(f"label[for={comment['id']}]").get_text(strip=True) == (
        "What could we improve? (optional)"
    )
    hint = form.select_one(f"#{comment['aria-describedby']}")
    assert "Do not include personal details" in hint.get_text()


def test_the_honeypot_is_out_of_reach_but_not_hidden_from_assistive_technology(
    client, guidance_page
):
    field = soup(client.get(guidance_page.url)).select_one("input[name=website]")
    assert field["tabindex"] == "-1"
    assert field["autocomplete"] == "off"
    assert field.find_parent(class_="feedback-honeypot")
    assert not field.find_parent(attrs={"aria-hidden": True})


def test_surveys_do_not_ask_if_the_page_was_helpful(client, survey):
    assert not soup(client.get(survey.url)).select("form[data-feedback-form]")


# Without JavaScript ------------------------------------------------------------------------------


def test_a_family_answers_and_is_thanked_on_the_same_page(guidance_page):
    client = Client(enforce_csrf_checks=True)
    page_html = soup(client.get(guidance_page.url))
    token = page_html.select_one("form[data-feedback-form] input[name=csrfmiddlewaretoken]")

    response = client.post(
        feedback_url(guidance_page),
        {"csrfmiddlewaretoken": token["value"], "rating": "5", "comment": "Clear, thank you."},
    )

    assert response.status_code == 303
    assert response["Location"] == f"{guidance_page.url}?feedback=thanks#feedback-thanks"
    thanks = soup(client.get(response["Location"]))
    panel = thanks.select_one("#feedback-thanks")
    assert panel["tabindex"] == "-1"  # the fragment moves focus to it
    assert "Thank you for your feedback" in panel.get_text()
    assert not thanks.select("form[data-feedback-form]")

    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.locale, feedback.rating) == (
        guidance_page.pk,
        Locale.get_default(),
        5,
    )
    assert feedback.comment == "Clear, thank you."
    assert feedback.status == FeedbackStatus.UNREAD
    assert feedback.created_at is not None


def test_nothing_identifies_the_family(client, guidance_page):
    response = send(client, guidance_page, remote_addr="203.0.113.9")
    assert {field.name for field in PageFeedback._meta.fields} == {
        "id",
        "page",
        "locale",
        "rating",
        "comment",
        "step",
        "status",
        "created_at",
    }
    assert set(response.cookies) <= {"csrftoken"}  # no session or tracking cookie
    client_key = rate_limits.client_key(response.wsgi_request)
    assert "203.0.113.9" not in client_key


def test_a_rating_without_a_comment_has_no_inbox_status(client, guidance_page):
    send(client, guidance_page)
    assert PageFeedback.objects.get().status == ""


def test_the_csrf_token_is_required(guidance_page):
    response = Client(enforce_csrf_checks=True).post(feedback_url(guidance_page), {"rating": "4"})
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize("rating", ["7", "0", "", "good", "4.5"])
def test_an_invalid_rating_is_refused_with_a_message_and_nothing_is_stored(
    client, guidance_page, rating
):
    response = client.post(feedback_url(guidance_page), {"rating": rating, "comment": "Hello"})

    assert response.status_code == 400
    html = soup(response)
    assert html.title.get_text().startswith("Error:")
    summary = html.select_one(".error-summary")
    link = summary.select_one("a")
    assert "Select how helpful this page was" in link.get_text()
    assert html.select_one(link["href"])["type"] == "radio"  # the link goes to the first radio
    assert summary.has_attr("autofocus")
    assert html.select_one("textarea[name=comment]").get_text() == "Hello"  # kept for a retry
    assert len(html.select("h1")) == 1
    assert not PageFeedback.objects.exists()


def test_a_comment_that_is_too_long_is_refused(client, guidance_page):
    response = send(client, guidance_page, comment="a" * 1201)
    assert response.status_code == 400
    assert "1200 characters or fewer" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_personal_details_are_replaced_before_the_comment_is_stored(client, guidance_page):
    send(client, guidance_page, comment="Ring me on 07700 900123 or email jo@example.com")
    assert PageFeedback.objects.get().comment == f"Ring me on {PHONE} or email {EMAIL}"


def test_a_filled_honeypot_is_thanked_but_not_stored(client, guidance_page):
    response = send(client, guidance_page, website="http://spam.example")
    assert response.status_code == 303
    assert not PageFeedback.objects.exists()


def test_the_same_answer_sent_twice_is_stored_once(client, guidance_page):
    first = send(client, guidance_page, comment="Useful")
    second = send(client, guidance_page, comment="Useful")
    assert first.status_code == second.status_code == 303  # both thanked
    assert PageFeedback.objects.count() == 1
    send(client, guidance_page, comment="Useful, but too long")
    assert PageFeedback.objects.count() == 2


def test_a_second_browser_sending_the_same_answer_is_stored(client, guidance_page):
    send(client, guidance_page, comment="Useful")
    send(client, guidance_page, comment="Useful", remote_addr="198.51.100.7")
    assert PageFeedback.objects.count() == 2


def test_too_many_answers_from_one_browser_get_a_friendly_429(client, guidance_page, settings):
    settings.FEEDBACK_RATE_LIMIT = {"requests": 2, "seconds": 600}
    for rating in ("1", "2"):
        assert send(client, guidance_page, rating=rating).status_code == 303

    response = send(client, guidance_page, rating="3")

    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    html = soup(response)
    assert html.select_one("h1").get_text(strip=True) == "Please try again later"
    assert html.select_one(f"a[href='{guidance_page.url}']")
    assert PageFeedback.objects.count() == 2
    # Another browser is not held back.
    assert send(client, guidance_page, rating="3", remote_addr="198.51.100.7").status_code == 303


def test_the_feedback_address_sends_a_get_back_to_the_page(client, guidance_page):
    response = client.get(feedback_url(guidance_page))
    assert response.status_code == 302
    assert response["Location"] == guidance_page.url


def test_feedback_on_a_draft_or_missing_page_is_not_found(client, section):
    draft = StandardPageFactory(parent=section, title="Draft", publish=False)
    assert send(client, draft).status_code == 404
    assert client.post("/feedback/page/999999/", {"rating": "4"}).status_code == 404


def test_a_translated_page_thanks_the_family_in_their_language(client, polish_page):
    response = client.post(feedback_url(polish_page, "pl"), {"rating": "4"})

    assert response.status_code == 303
    assert response["Location"] == f"{polish_page.url}?feedback=thanks#feedback-thanks"
    assert response["Location"].startswith("/pl/")
    assert PageFeedback.objects.get().locale.language_code == "pl"


# Pathway pages ask which step the family was on --------------------------------------------------


@pytest.fixture
def steps(monkeypatch):
    steps = ["1. Ask for an assessment", "2. The council decides", "3. Your draft plan"]
    monkeypatch.setattr(StandardPage, "feedback_steps", lambda page: steps, raising=False)
    return steps


def test_a_page_with_steps_asks_which_step(client, guidance_page, steps):
    select = soup(client.get(guidance_page.url)).select_one("select[name=step]")
    assert [option.get_text() for option in select.select("option")][1:] == steps


def test_the_step_is_stored(client, guidance_page, steps):
    send(client, guidance_page, step=steps[1])
    assert PageFeedback.objects.get().step == steps[1]


def test_a_step_not_on_the_page_is_refused(client, guidance_page, steps):
    assert send(client, guidance_page, step="9. Made up").status_code == 400
    assert not PageFeedback.objects.exists()


def test_pages_without_steps_do_not_ask(client, guidance_page):
    assert not soup(client.get(guidance_page.url)).select("select[name=step]")


# With JavaScript ---------------------------------------------------------------------------------


def test_with_javascript_the_thanks_replace_the_form(client, guidance_page):
    response = client.post(feedback_url(guidance_page), {"rating": "4"}, **JSON)
    assert response.status_code == 200
    widget = BeautifulSoup(response.json()["html"], "html.parser")
    focus = widget.select_one("[data-feedback-focus]")
    assert focus["id"] == "feedback-thanks"
    assert focus["tabindex"] == "-1"
    assert PageFeedback.objects.count() == 1


def test_with_javascript_errors_come_back_in_the_widget(client, guidance_page):
    response = client.post(feedback_url(guidance_page), {"rating": "9"}, **JSON)
    assert response.status_code == 400
    widget = BeautifulSoup(response.json()["html"], "html.parser")
    assert (
        "Select how helpful" in widget.select_one("[data-feedback-focus].error-summary").get_text()
    )
    assert widget.select_one("form[data-feedback-form] input[name=csrfmiddlewaretoken]")
    assert not PageFeedback.objects.exists()


def test_with_javascript_the_rate_limit_answers_429(client, guidance_page, settings):
    settings.FEEDBACK_RATE_LIMIT = {"requests": 1, "seconds": 600}
    client.post(feedback_url(guidance_page), {"rating": "4"}, **JSON)
    response = client.post(feedback_url(guidance_page), {"rating": "5"}, **JSON)
    assert response.status_code == 429
    assert "Please try again later" in response.json()["html"]
