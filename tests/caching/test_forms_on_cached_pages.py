"""Forms on cached pages keep working, and keep Django's CSRF protection: each visitor's copy of a
cached page carries a token for their own CSRF cookie."""

import pytest
from django.test import Client
from django.urls import reverse

from feedback.models import PageFeedback, SurveyResponse
from tests.caching.conftest import soup
from tests.factories import StandardPageFactory
from tests.feedback.factories import SurveyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance(home_page):
    return StandardPageFactory(parent=home_page, title="SEN support in school")


def visitor():
    """A new browser, with no cookies yet, that checks CSRF tokens as a real site does."""
    return Client(enforce_csrf_checks=True)


def token_in(response, form_selector):
    return soup(response).select_one(f"{form_selector} input[name=csrfmiddlewaretoken]")["value"]


def feedback_url(page):
    return reverse("feedback:page_feedback", args=[page.pk])


@pytest.fixture
def cached_page_for_second_visitor(guidance, django_assert_num_queries):
    """A second visitor's copy of the guidance page, served from the cache after a first
    visitor's visit filled it."""
    visitor().get(guidance.url)
    second = visitor()
    with django_assert_num_queries(0):
        response = second.get(guidance.url)
    return second, response


def test_a_family_sends_feedback_from_a_cached_page(guidance, cached_page_for_second_visitor):
    family, page = cached_page_for_second_visitor
    token = token_in(page, "form[data-feedback-form]")

    response = family.post(
        feedback_url(guidance), {"csrfmiddlewaretoken": token, "rating": "5", "comment": ""}
    )

    assert response.status_code == 303
    assert PageFeedback.objects.get().rating == 5


def test_each_visitor_gets_a_token_for_their_own_cookie(guidance, cached_page_for_second_visitor):
    family, page = cached_page_for_second_visitor
    again = family.get(guidance.url)

    assert "csrftoken" in page.cookies
    assert token_in(page, "form") != token_in(again, "form")  # masked afresh each time
    assert b"page-cache-csrf-token" not in page.content


def test_a_cross_site_post_is_refused(guidance, cached_page_for_second_visitor):
    family, page = cached_page_for_second_visitor

    response = family.post(
        feedback_url(guidance),
        {"csrfmiddlewaretoken": token_in(page, "form"), "rating": "1"},
        HTTP_ORIGIN="https://elsewhere.example",
    )

    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


def test_a_token_from_someone_elses_copy_is_refused(guidance, cached_page_for_second_visitor):
    _family, page = cached_page_for_second_visitor
    stranger = visitor()
    stranger.get(guidance.url)

    response = stranger.post(
        feedback_url(guidance), {"csrfmiddlewaretoken": token_in(page, "form"), "rating": "1"}
    )

    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


def first_answers(form):
    """The first answer to every question of the form, as a family clicking through would."""
    answers = {}
    for radio in form.select("input[type=radio]"):
        answers.setdefault(radio["name"], radio["value"])
    return answers


def test_a_family_answers_a_cached_survey(home_page, django_assert_num_queries):
    survey = SurveyPageFactory(parent=home_page, title="Tell us what you think")
    visitor().get(survey.url)
    family = visitor()
    with django_assert_num_queries(0):
        page = family.get(survey.url)
    form = soup(page).select_one("main form")

    response = family.post(
        survey.url, {"csrfmiddlewaretoken": token_in(page, "main form"), **first_answers(form)}
    )

    assert response.status_code == 303
    assert SurveyResponse.objects.filter(survey=survey).count() == 1
