""" "Which best describes you?": asked first where a survey chooses to, stored with the response,
and results and survey-fed indicators split by it, each group under the small-number rule."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from feedback.indicator_results import indicator_results
from feedback.models import OutcomeIndicator, SurveyResponse
from feedback.questions import Respondent
from feedback.tallying import counting as tallies
from localoffer.calendar import Period, recent_spans
from tests.feedback.factories import OutcomeIndicatorFactory, answers

pytestmark = pytest.mark.django_db

FOUND = "Did you find what you needed?"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def survey(survey):
    survey.ask_who_is_answering = True
    survey.save_revision().publish()
    return survey


def record(survey, respondent, found, count, moment=None):
    question = survey.questions.get(question=FOUND)
    for _n in range(count):
        response = SurveyResponse.objects.record(survey, {question: found}, respondent=respondent)
        if moment:
            SurveyResponse.objects.filter(pk=response.pk).update(submitted_at=moment)
    if moment:
        tallies.rebuild()  # answers moved back in time in bulk


def test_who_is_answering_is_asked_first(client, survey):
    form = soup(client.get(survey.url)).select_one("main form")
    first = form.select("fieldset")[0]
    assert first.legend.get_text(strip=True) == "Which best describes you?"
    assert [radio["value"] for radio in first.select("input[type=radio]")] == Respondent.values


def test_it_is_not_asked_unless_the_survey_asks(client, survey):
    survey.ask_who_is_answering = False
    survey.save_revision().publish()
    assert not soup(client.get(survey.url)).select("input[name=respondent]")
    assert client.post(survey.url, answers(survey)).status_code == 303
    assert SurveyResponse.objects.get().respondent == ""


def test_the_answer_is_stored_with_the_response(client, survey):
    response = client.post(survey.url, answers(survey, respondent=Respondent.YOUNG_PERSON))
    assert response.status_code == 303
    assert SurveyResponse.objects.get().respondent == Respondent.YOUNG_PERSON


@pytest.mark.parametrize("respondent", ["", "teacher"])
def test_a_missing_or_unknown_answer_is_refused(client, survey, respondent):
    response = client.post(survey.url, answers(survey, respondent=respondent))
    assert response.status_code == 400
    summary = soup(response).select_one(".error-summary")
    assert "Select who is answering" in summary.get_text()
    assert not SurveyResponse.objects.exists()


def test_it_is_asked_in_every_language_or_none():
    from feedback.models import SurveyPage

    synchronised = {field.field_name for field in SurveyPage.override_translatable_fields}
    assert "ask_who_is_answering" in synchronised


# Survey results ----------------------------------------------------------------------------------


def result_rows(client, survey, **query):
    url = reverse("feedback_surveys:results", args=[survey.pk])
    html = soup(client.get(url, query))
    return html, [
        [td.get_text(strip=True) for td in tr.select("td")] for tr in html.select("tbody tr")
    ]


def test_results_split_by_who_answered_hide_small_groups(lead_client, survey, settings):
    settings.FEEDBACK_MIN_RESPONSES = 3
    record(survey, Respondent.PARENT_CARER, "yes", 3)
    record(survey, Respondent.PARENT_CARER, "no", 1)
    record(survey, Respondent.PROFESSIONAL, "no", 2)

    _html, everyone = result_rows(lead_client, survey)
    assert [FOUND, "Yes", "3", "50%"] in everyone  # everyone: no groups, nothing hidden
    assert [FOUND, "No", "3", "50%"] in everyone

    _html, parents = result_rows(lead_client, survey, respondent=Respondent.PARENT_CARER)
    assert [FOUND, "Yes", "3", "75%"] in parents
    assert [FOUND, "No", "1", "25%"] in parents

    html, professionals = result_rows(lead_client, survey, respondent=Respondent.PROFESSIONAL)
    assert [FOUND, "Yes", "", "Too few responses"] in professionals
    assert [FOUND, "No", "", "Too few responses"] in professionals
    assert "fewer than 3 of these families" in html.get_text()


def test_results_offer_the_split_only_where_the_survey_asks(lead_client, survey):
    html, _rows = result_rows(lead_client, survey)
    assert html.select("input[name=respondent]")
    survey.ask_who_is_answering = False
    survey.save_revision().publish()
    html, _rows = result_rows(lead_client, survey)
    assert not html.select("input[name=respondent]")


# The indicator dashboard -------------------------------------------------------------------------


def test_indicators_split_by_who_answered_with_the_small_number_rule(survey, settings):
    settings.FEEDBACK_MIN_RESPONSES = 3
    indicator = OutcomeIndicatorFactory(period=Period.MONTH)
    indicator.survey_questions.set(survey.questions.filter(question=FOUND))
    moment = datetime.datetime(2025, 4, 3, 12, tzinfo=ZoneInfo("Europe/London"))
    record(survey, Respondent.PARENT_CARER, "yes", 3, moment)
    record(survey, Respondent.PARENT_CARER, "no", 1, moment)
    record(survey, Respondent.PROFESSIONAL, "yes", 2, moment)
    record(survey, "", "no", 4, moment)  # before the survey asked

    indicators = OutcomeIndicator.objects.filter(pk=indicator.pk).select_related("section")
    [results] = indicator_results(
        indicators.prefetch_related("survey_questions"),
        lambda i: recent_spans(i.period, datetime.date(2025, 4, 15), 2),
    )

    split = [(row.label, row.responses, row.value) for row in results.by_respondent]
    assert split == [
        ("A parent or carer", 4, 75),
        ("A professional who works with children and young people", None, None),  # too few
        ("Not asked", 4, 0),
    ]
    assert results.latest.responses == 10  # every group counts in the whole


def test_page_ratings_alone_are_not_split_by_who_answered(section, guidance_page):
    from tests.feedback.factories import PageFeedbackFactory

    indicator = OutcomeIndicatorFactory(section=section, period=Period.MONTH)
    PageFeedbackFactory(page=guidance_page)
    tallies.rebuild()
    indicators = OutcomeIndicator.objects.filter(pk=indicator.pk).select_related("section")
    [results] = indicator_results(
        indicators.prefetch_related("survey_questions"),
        lambda i: recent_spans(i.period, datetime.date.today(), 1),
    )
    assert results.by_locale
    assert results.by_respondent == []


def test_the_dashboard_shows_the_split_without_small_groups_figures(lead_client, survey, settings):
    settings.FEEDBACK_MIN_RESPONSES = 3
    indicator = OutcomeIndicatorFactory(period=Period.MONTH)
    indicator.survey_questions.set(survey.questions.filter(question=FOUND))
    record(survey, Respondent.PARENT_CARER, "yes", 3)
    record(survey, Respondent.YOUNG_PERSON, "no", 2)

    html = soup(lead_client.get(reverse("feedback_indicators:dashboard")))
    caption = html.find("caption", string=lambda text: text and "by who answered" in text)
    rows = [
        [cell.get_text(strip=True) for cell in tr.select("th, td")]
        for tr in caption.find_parent("table").select("tbody tr")
    ]
    assert rows == [
        ["A parent or carer", "100.0%", "3"],
        ["A child or young person", "Too few responses", ""],
    ]
