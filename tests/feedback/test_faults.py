"""When the database fails, families are told and nothing they sent is silently lost.

Faults are made with Django's own hook for wrapping database calls (`connection.execute_wrapper`):
the database refuses to store, exactly as a full disk or a read-only replica would, while the
project's code runs unchanged."""

import contextlib
import logging

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

from feedback.models import PageFeedback, SurveyAnswer, SurveyResponse
from tests.feedback.factories import answers, field

pytestmark = pytest.mark.django_db

NOT_SAVED = "Sorry, we could not save your answers because of a problem on our side."


def _refuse_inserts(execute, sql, params, many, context):
    if sql.lstrip().upper().startswith("INSERT"):
        raise OperationalError("database or disk is full")
    return execute(sql, params, many, context)


def _refuse_everything(execute, sql, params, many, context):
    raise OperationalError("could not connect to server")


@contextlib.contextmanager
def database_refuses(wrapper=_refuse_inserts):
    with connection.execute_wrapper(wrapper):
        yield


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_feedback_that_cannot_be_stored_is_given_back_to_send_again(client, guidance_page, caplog):
    url = reverse("feedback:page_feedback", args=[guidance_page.pk])
    family = {"rating": "2", "comment": "The bus times are out of date."}

    with database_refuses(), caplog.at_level(logging.ERROR, logger="feedback.answers"):
        response = client.post(url, family)

    assert response.status_code == 503
    html = soup(response)
    assert NOT_SAVED in html.select_one(".error-summary").get_text()
    assert html.select_one("textarea").get_text() == family["comment"]
    assert html.select_one('input[name="rating"][value="2"]').has_attr("checked")
    assert not PageFeedback.objects.exists()
    [record] = [r for r in caplog.records if r.name == "feedback.answers"]
    assert (record.page_id, record.path, record.exc_info[0]) == (
        guidance_page.pk,
        url,
        OperationalError,
    )

    # Sending it again is not taken for a repeat: it is stored once.
    assert client.post(url, family).status_code == 303
    assert PageFeedback.objects.get().comment == family["comment"]


def test_with_javascript_the_widget_says_the_feedback_was_not_saved(client, guidance_page):
    url = reverse("feedback:page_feedback", args=[guidance_page.pk])

    with database_refuses():
        response = client.post(url, {"rating": "5"}, HTTP_ACCEPT="application/json")

    assert response.status_code == 503
    assert NOT_SAVED in response.json()["html"]
    assert not PageFeedback.objects.exists()


def test_survey_answers_that_cannot_be_stored_are_all_or_nothing(client, survey):
    family = answers(survey)

    with database_refuses():
        response = client.post(survey.url, family)

    assert response.status_code == 503
    html = soup(response)
    assert NOT_SAVED in html.select_one(".error-summary").get_text()
    rating = field(survey, "How would you rate")
    assert html.select_one(f'input[name="{rating}"][value="5"]').has_attr("checked")
    assert not SurveyResponse.objects.exists()
    assert not SurveyAnswer.objects.exists()

    assert client.post(survey.url, family).status_code == 303
    assert SurveyAnswer.objects.count() == 4


def test_a_family_page_without_its_database_shows_the_service_problem_page(guidance_page, caplog):
    client, url = Client(raise_request_exception=False), guidance_page.url

    with database_refuses(_refuse_everything), caplog.at_level(logging.ERROR):
        response = client.get(url)

    assert response.status_code == 500
    html = soup(response)
    assert html.h1.get_text() == "Sorry, there is a problem with the service"
    assert "phone the Anyshire SEND team" in html.get_text()
    assert html.html["lang"] == "en-gb"
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info[0] is OperationalError
    assert url in record.getMessage()
