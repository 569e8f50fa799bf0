"""The per-response download: one anonymous row per family, every answer side by side, answers
to a translated survey in the same columns, numbers as numbers, never contact details."""

import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from feedback.models import SurveyContact, SurveyPage, SurveyQuestion, SurveyResponse
from feedback.questions import QuestionType, Respondent
from tests.feedback.factories import SurveyPageFactory

pytestmark = pytest.mark.django_db

RATE, FOUND, SCHOOL, USED, CHANGE = (
    "How would you rate our website?",
    "Did you find what you needed?",
    "How well does school support your child?",
    "Which of these have you used?",
    "What should we change?",
)
HEADINGS = ["Sent", "Language", "Who answered", RATE, FOUND, SCHOOL, USED, CHANGE]


@pytest.fixture
def survey(home_page):
    return SurveyPageFactory(
        parent=home_page,
        ask_who_is_answering=True,
        ask_for_contact_details=True,
        questions=[
            SurveyQuestion(question=RATE, question_type=QuestionType.RATING),
            SurveyQuestion(question=FOUND, question_type=QuestionType.YES_NO),
            SurveyQuestion(
                question=SCHOOL,
                question_type=QuestionType.CHOICE,
                choices="Very well\nNot well",
                positive_choices="Very well",
            ),
            SurveyQuestion(
                question=USED,
                question_type=QuestionType.MULTIPLE_CHOICE,
                choices="The website\nThe helpline\nA drop-in",
            ),
            SurveyQuestion(question=CHANGE, question_type=QuestionType.TEXT, required=False),
        ],
    )


@pytest.fixture
def polish_survey(survey):
    """The survey in Polish: its questions share their translation keys with the English ones."""
    polish = survey.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    words = {
        RATE: ("Jak oceniasz naszą stronę?", ""),
        FOUND: ("Czy znalazłeś to, czego potrzebowałeś?", ""),
        SCHOOL: ("Jak szkoła wspiera dziecko?", "Bardzo dobrze\nNiezbyt dobrze"),
        USED: ("Z czego korzystałeś?", "Strona\nInfolinia\nSpotkanie"),
        CHANGE: ("Co powinniśmy zmienić?", ""),
    }
    for question in polish.questions.all():
        question.question, question.choices = words[question.question]
        question.save()
    polish.save_revision().publish()
    return SurveyPage.objects.get(pk=polish.pk)


def record(survey, respondent, **answers):
    questions = {q.translation_key: q for q in survey.questions.all()}
    english = {
        q.question: q.translation_key
        for q in SurveyQuestion.objects.filter(
            page__translation_key=survey.translation_key, locale__language_code="en-gb"
        )
    }
    given = {questions[english[text]]: value for text, value in answers.items()}
    contact = {"name": "Jo Bloggs", "email": "jo@example.com", "phone": ""}
    return SurveyResponse.objects.record(survey, given, contact, respondent=respondent)


@pytest.fixture
def responses(survey, polish_survey):
    record(
        survey,
        Respondent.PARENT_CARER,
        **{
            RATE: "4",
            FOUND: "yes",
            SCHOOL: "Not well",
            USED: ["A drop-in", "The website"],
            CHANGE: "Call me",
        },
    )
    record(
        polish_survey,
        Respondent.PROFESSIONAL,
        **{RATE: "2", FOUND: "no", SCHOOL: "Bardzo dobrze", USED: ["Infolinia"]},
    )
    return survey


def url(survey, export=""):
    return reverse("feedback_surveys:responses", args=[survey.pk]) + (
        f"?export={export}" if export else ""
    )


def xlsx_rows(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_one_row_per_response_with_every_answer_in_its_column(lead_client, responses):
    rows = xlsx_rows(lead_client.get(url(responses, "xlsx")))

    assert rows[0] == HEADINGS
    polish, english = rows[1], rows[2]  # newest first
    assert english[1:] == [
        "English",
        "A parent or carer",
        4,  # a number, not text
        "Yes",
        "Not well",
        "The website; A drop-in",  # in the list's order
        "Call me",
    ]
    # Answers to the Polish survey are in the same columns, in the source language's words.
    assert polish[1:] == [
        "Polski",
        "A professional who works with children and young people",
        2,
        "No",
        "Very well",
        "The helpline",
        None,
    ]


def test_the_csv_has_the_same_rows(lead_client, responses, polish_survey):
    response = lead_client.get(url(polish_survey, "csv"))  # from either language's results
    text = b"".join(response.streaming_content).decode()
    lines = text.splitlines()
    assert lines[0] == ",".join(f'"{h}"' if "," in h else h for h in HEADINGS)
    assert len(lines) == 3
    assert ",4,Yes,Not well,The website; A drop-in,Call me" in lines[2]


def test_no_contact_details_and_no_reference(lead_client, responses):
    assert SurveyContact.objects.count() == 2
    reference = str(SurveyResponse.objects.first().reference)
    for export in ("csv", "xlsx"):
        content = b"".join(lead_client.get(url(responses, export)).streaming_content)
        if export == "xlsx":
            content = repr(xlsx_rows_from(content)).encode()
        for secret in (b"Jo Bloggs", b"jo@example.com", reference.encode()):
            assert secret not in content


def xlsx_rows_from(content):
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_the_page_lists_responses_in_a_bounded_number_of_queries(
    lead_client, survey, django_assert_max_num_queries
):
    for n in range(30):
        record(survey, Respondent.YOUNG_PERSON, **{RATE: str(n % 5 + 1), USED: ["The helpline"]})

    # 15 today, 7 of them Wagtail's admin furniture; the same for 3 responses or 3,000.
    with django_assert_max_num_queries(16):
        html = BeautifulSoup(lead_client.get(url(survey)).content, "html.parser")
    assert len(html.select("tbody tr")) == 30
    assert "ago" not in html.select_one("tbody td").get_text()  # the day sent, as a date
    headings = [th.get_text(strip=True) for th in html.select("thead th")]
    assert headings == HEADINGS
    with django_assert_max_num_queries(16):
        assert len(xlsx_rows(lead_client.get(url(survey, "xlsx")))) == 31


def test_the_survey_results_link_to_each_response(lead_client, survey):
    html = BeautifulSoup(
        lead_client.get(reverse("feedback_surveys:results", args=[survey.pk])).content,
        "html.parser",
    )
    assert html.select_one(f'a[href="{url(survey)}"]')
