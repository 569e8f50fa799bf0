"""Satisfaction surveys: built from questions by editors, answered by families, one stored row
per answer."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail import hooks

from feedback.models import SurveyAnswer, SurveyContact, SurveyPage, SurveyQuestion, SurveyResponse
from home.models import HomePage
from localoffer import calendar
from localoffer.accessibility.targets import URLS_HOOK
from localoffer.privacy import PHONE
from tests.feedback.factories import answers, field

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_surveys_sit_under_the_home_page():
    assert SurveyPage in HomePage.allowed_subpage_models()
    assert SurveyPage.parent_page_types == ["home.HomePage"]


def test_each_question_is_asked_with_the_right_kind_of_answer(client, survey):
    form = soup(client.get(survey.url)).select_one("main form")
    legends = [legend.get_text(strip=True) for legend in form.select("fieldset legend")]
    assert legends == [
        "How would you rate our website?",
        "Did you find what you needed?",
        "How well does school support your child?",
    ]
    rating = form.select(f"input[name={field(survey, 'How would you rate')}]")
    assert [radio["value"] for radio in rating] == ["1", "2", "3", "4", "5"]
    text = form.select_one(f"textarea[name={field(survey, 'What should we change')}]")
    label = form.select_one(f"label[for={text['id']}]").get_text(strip=True)
    assert label == "What should we change? (optional)"
    assert (
        "Do not include personal details"
        in form.select_one(f"#{text['aria-describedby']}").get_text()
    )
    assert not form.select("input[name=contact_consent]")  # not asked unless the editor chose to


def test_answers_are_stored_one_row_each_and_the_family_is_thanked(client, survey):
    response = client.post(survey.url, answers(survey))

    assert response.status_code == 303
    assert response["Location"] == f"{survey.url}?survey=thanks#survey-thanks"
    panel = soup(client.get(response["Location"])).select_one("#survey-thanks")
    assert panel["tabindex"] == "-1"
    stored = SurveyResponse.objects.get()
    assert stored.locale == survey.locale
    rows = {
        answer.question.question: (answer.value, answer.text, answer.score, answer.positive)
        for answer in SurveyAnswer.objects.select_related("question")
    }
    assert rows == {
        "How would you rate our website?": ("5", "", 5, True),
        "Did you find what you needed?": ("yes", "", None, True),
        "How well does school support your child?": ("Not well", "", None, False),
        "What should we change?": ("", f"Call me back on {PHONE}", None, None),
    }


def test_an_unanswered_optional_question_stores_no_row(client, survey):
    client.post(survey.url, answers(survey, **{field(survey, "What should we change"): ""}))
    assert SurveyAnswer.objects.count() == 3


def test_a_missing_answer_is_refused_with_an_error_summary(client, survey):
    data = answers(survey)
    del data[field(survey, "Did you find")]

    response = client.post(survey.url, data)

    assert response.status_code == 400
    html = soup(response)
    assert html.title.get_text().startswith("Error:")
    summary = html.select_one(".error-summary")
    assert summary.has_attr("autofocus")
    assert "Answer the question: Did you find what you needed?" in summary.get_text()
    assert len(html.select("h1")) == 1
    assert not SurveyResponse.objects.exists()


def test_an_answer_that_is_not_offered_is_refused(client, survey):
    response = client.post(
        survey.url, answers(survey, **{field(survey, "How would you rate"): "6"})
    )
    assert response.status_code == 400
    assert not SurveyAnswer.objects.exists()


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [(1, None, "This survey opens on"), (None, -1, "This survey closed on")],
)
def test_a_survey_outside_its_dates_takes_no_answers(client, survey, opens, closes, message):
    today = calendar.today()
    survey.opens_on = opens and today + datetime.timedelta(days=opens)
    survey.closes_on = closes and today + datetime.timedelta(days=closes)
    survey.save_revision().publish()

    page = soup(client.get(survey.url))
    assert message in page.select_one("main").get_text()
    assert not page.select("main form")
    assert client.post(survey.url, answers(survey)).status_code == 403
    assert not SurveyResponse.objects.exists()


def test_a_survey_is_open_on_its_first_and_last_days(survey):
    day = datetime.date(2025, 5, 1)
    survey.opens_on = survey.closes_on = day
    assert survey.is_open(day)
    assert not survey.is_open(day - datetime.timedelta(days=1))
    assert not survey.is_open(day + datetime.timedelta(days=1))


def test_spam_and_floods_are_kept_out_of_surveys(client, survey, settings):
    assert client.post(survey.url, answers(survey, website="buy now")).status_code == 303
    assert not SurveyResponse.objects.exists()

    settings.FEEDBACK_RATE_LIMIT = {"requests": 1, "seconds": 60}
    client.post(survey.url, answers(survey))
    assert client.post(survey.url, answers(survey)).status_code == 429
    assert SurveyResponse.objects.count() == 1


# Contact details ---------------------------------------------------------------------------------


@pytest.fixture
def survey_with_contact(survey):
    survey.ask_for_contact_details = True
    survey.save_revision().publish()
    return survey


def test_contact_details_are_kept_apart_with_consent(client, survey_with_contact):
    survey = survey_with_contact
    data = answers(
        survey, contact_consent="on", contact_name="Sam", contact_email="sam@example.com"
    )

    assert client.post(survey.url, data).status_code == 303

    contact = SurveyContact.objects.get()
    assert (contact.name, contact.email, contact.phone) == ("Sam", "sam@example.com", "")
    assert contact.reference == SurveyResponse.objects.get().reference
    # The answers themselves hold no contact details.
    assert not SurveyAnswer.objects.filter(text__contains="sam@example.com").exists()
    assert not any(
        f.is_relation and f.related_model is SurveyContact for f in SurveyAnswer._meta.get_fields()
    )


def test_contact_details_without_consent_are_refused(client, survey_with_contact):
    survey = survey_with_contact
    response = client.post(survey.url, answers(survey, contact_email="sam@example.com"))
    assert response.status_code == 400
    assert "Tick the box to say we can contact you" in response.content.decode()
    assert not SurveyContact.objects.exists()
    assert not SurveyResponse.objects.exists()


def test_consent_needs_a_way_to_make_contact(client, survey_with_contact):
    survey = survey_with_contact
    response = client.post(survey.url, answers(survey, contact_consent="on", contact_name="Sam"))
    assert response.status_code == 400
    assert "Enter an email address or a phone number" in response.content.decode()


def test_no_contact_details_are_kept_without_consent(client, survey_with_contact):
    client.post(survey_with_contact.url, answers(survey_with_contact))
    assert SurveyResponse.objects.count() == 1
    assert not SurveyContact.objects.exists()


# What editors can build --------------------------------------------------------------------------


def test_a_list_question_needs_two_answers_and_positive_answers_from_the_list(survey):
    question = SurveyQuestion(page=survey, question="Which?", question_type="choice", choices="One")
    with pytest.raises(ValidationError, match="at least two"):
        question.clean()
    question.choices = "One\nTwo"
    question.positive_choices = "Three"
    with pytest.raises(ValidationError, match="not among the answers"):
        question.clean()


def test_a_survey_cannot_close_before_it_opens(survey):
    survey.opens_on = datetime.date(2025, 5, 2)
    survey.closes_on = datetime.date(2025, 5, 1)
    with pytest.raises(ValidationError):
        survey.clean()


def test_the_accessibility_check_opens_the_thank_you_messages_in_each_language(survey, polish_page):
    with translation.override("pl"):
        polish_paths = [path for hook in hooks.get_hooks(URLS_HOOK) for path in hook()]
    english_paths = [path for hook in hooks.get_hooks(URLS_HOOK) for path in hook()]

    assert english_paths == ["/?feedback=thanks", f"{survey.url}?survey=thanks"]
    assert polish_paths == ["/pl/?feedback=thanks"]  # the survey is not translated
