"""'Tick all that apply' questions: checkboxes in a fieldset, one stored row per ticked answer,
and results that count families per answer (shares that can add up to more than 100%)."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse

from feedback.models import OutcomeIndicator, SurveyAnswer, SurveyQuestion, SurveyResponse
from feedback.questions import QuestionType
from tests.feedback.factories import SurveyPageFactory

pytestmark = pytest.mark.django_db

USED = "Which of these have you used?"
CHOICES = ["The website", "The helpline", "A drop-in"]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def survey(home_page):
    return SurveyPageFactory(
        parent=home_page,
        questions=[
            SurveyQuestion(
                question=USED,
                hint="In the last year.",
                question_type=QuestionType.MULTIPLE_CHOICE,
                choices="\n".join(CHOICES),
            ),
            SurveyQuestion(question="Did you find what you needed?", question_type="yes_no"),
        ],
    )


def name(survey, text=USED):
    return f"question_{survey.questions.get(question=text).pk}"


def post(client, survey, ticked, found="yes"):
    return client.post(
        survey.url, {name(survey): ticked, name(survey, "Did you find what you needed?"): found}
    )


def test_the_answers_are_checkboxes_in_a_fieldset(client, survey):
    form = soup(client.get(survey.url)).select_one("main form")
    fieldset = form.select("fieldset")[0]
    assert fieldset.legend.get_text(strip=True) == USED
    boxes = fieldset.select(f"input[type=checkbox][name={name(survey)}]")
    assert [box["value"] for box in boxes] == CHOICES
    for box in boxes:
        assert fieldset.select_one(f"label[for={box['id']}]").get_text(strip=True) == box["value"]
    hint = fieldset.select_one(f"#{fieldset['aria-describedby'].split()[0]}").get_text()
    assert "In the last year." in hint
    assert "Select all that apply." in hint


def test_each_ticked_answer_is_a_row_of_its_own(client, survey):
    response = post(client, survey, ["The website", "A drop-in", "The website"])

    assert response.status_code == 303
    ticked = SurveyAnswer.objects.filter(question__question=USED)
    assert sorted(ticked.values_list("value", flat=True)) == ["A drop-in", "The website"]
    assert set(ticked.values_list("positive", flat=True)) == {None}  # never counted positive
    assert SurveyResponse.objects.count() == 1


def test_a_required_question_needs_at_least_one_tick(client, survey):
    response = client.post(survey.url, {name(survey, "Did you find what you needed?"): "yes"})

    assert response.status_code == 400
    html = soup(response)
    summary = html.select_one(".error-summary")
    link = summary.find("a", string=lambda text: text and USED in text)
    assert "Select at least one answer" in link.get_text()
    first_box = html.select_one(link["href"])
    fieldset = first_box.find_parent("fieldset")
    error = fieldset.select_one(f"#{fieldset['aria-describedby'].split()[-1]}")
    assert "Select at least one answer" in error.get_text()
    assert not SurveyResponse.objects.exists()


def test_an_answer_that_is_not_offered_is_refused_and_nothing_stored(client, survey):
    response = post(client, survey, ["The website", "Something else"])

    assert response.status_code == 400
    assert "Select only answers from the list" in soup(response).select_one(".error-summary").text
    assert not SurveyResponse.objects.exists()
    assert not SurveyAnswer.objects.exists()


def test_a_tick_list_needs_two_answers_and_no_positive_answers():
    question = SurveyQuestion(question=USED, question_type=QuestionType.MULTIPLE_CHOICE)
    question.choices = "Only one"
    with pytest.raises(ValidationError, match="at least two answers"):
        question.clean()
    question.choices, question.positive_choices = "A\nB", "A"
    with pytest.raises(ValidationError, match="do not count in indicators"):
        question.clean()


def test_indicators_are_not_offered_tick_lists():
    field = OutcomeIndicator._meta.get_field("survey_questions")
    assert QuestionType.MULTIPLE_CHOICE not in field.get_limit_choices_to()["question_type__in"]


def test_results_count_families_per_answer_as_a_share_of_those_who_answered(
    client, lead_client, survey
):
    post(client, survey, ["The website", "The helpline"])
    post(client, survey, ["The website"])
    post(client, survey, ["The website", "A drop-in"])
    post(client, survey, ["The helpline"])

    html = soup(lead_client.get(reverse("feedback_surveys:results", args=[survey.pk])))
    rows = [[td.get_text(strip=True) for td in tr.select("td")] for tr in html.select("tbody tr")]
    assert [USED, "The website", "3", "75%"] in rows
    assert [USED, "The helpline", "2", "50%"] in rows
    assert [USED, "A drop-in", "1", "25%"] in rows  # 150% in all: a family can tick several
    assert "can add up to more than 100%" in html.get_text()
