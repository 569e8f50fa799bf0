"""Leads define outcome indicators in the admin: what is counted, how, and against what target."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from feedback.models import OutcomeIndicator, Priority

pytestmark = pytest.mark.django_db

ADD = reverse("wagtailsnippets_feedback_outcomeindicator:add")


@pytest.fixture
def lead_client(client, lead):
    client.force_login(lead)
    return client


def indicator_data(**overrides):
    priority, _created = Priority.objects.get_or_create(name="Priority 3: SEND Pathway")
    return {
        "name": "Families rate guidance on schools",
        "description": "",
        "priority": priority.pk,
        "section": "",
        "measure": "percent_positive",
        "target": "70",
        "period": "term",
        **overrides,
    }


def errors(response):
    html = BeautifulSoup(response.content, "html.parser")
    return " ".join(e.get_text(" ", strip=True) for e in html.select(".error-message, .errorlist"))


def test_a_lead_adds_an_indicator_on_a_section_and_survey_questions(lead_client, section, survey):
    rating = survey.questions.get(question_type="rating")
    response = lead_client.post(
        ADD, indicator_data(section=section.pk, survey_questions=[rating.pk])
    )
    assert response.status_code == 302
    indicator = OutcomeIndicator.objects.get()
    assert indicator.section.specific == section
    assert list(indicator.survey_questions.all()) == [rating]


def test_an_indicator_must_count_something(lead_client):
    response = lead_client.post(ADD, indicator_data())
    assert response.status_code == 200
    assert "Choose the pages whose ratings count, survey questions, or both." in errors(response)
    assert not OutcomeIndicator.objects.exists()


@pytest.mark.parametrize(("measure", "target"), [("percent_positive", "101"), ("mean_score", "6")])
def test_the_target_must_fit_the_measure(lead_client, section, measure, target):
    response = lead_client.post(
        ADD, indicator_data(section=section.pk, measure=measure, target=target)
    )
    assert response.status_code == 200
    assert "the target must be from" in errors(response)
    assert not OutcomeIndicator.objects.exists()


def test_free_text_questions_cannot_feed_an_indicator(lead_client, survey):
    free_text = survey.questions.get(question_type="text")
    html = BeautifulSoup(lead_client.get(ADD).content, "html.parser")
    offered = {int(box["value"]) for box in html.select("input[name=survey_questions]")}
    assert offered == set(survey.questions.exclude(pk=free_text.pk).values_list("pk", flat=True))
