"""Downloads are safe to open: text a spreadsheet would run as a formula stays text."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from feedback.models import PageFeedback, SurveyAnswer, SurveyContact
from localoffer.security.exports import neutralise

FORMULA = '=HYPERLINK("http://evil.example/","Click for help")'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_starting_like_a_formula_gets_a_leading_apostrophe(start):
    assert neutralise(f"{start}1+2") == f"'{start}1+2"


@pytest.mark.parametrize("value", ["Too long a wait", "", 5, -3, None])
def test_other_values_are_left_alone(value):
    assert neutralise(value) == value


def csv_cells(response):
    assert response["Content-Type"] == "text/csv"
    text = b"".join(response.streaming_content).decode()
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.fixture
def formulas(family_records):
    """Families' text in the inbox, survey answers and contacts, each written as a formula."""
    PageFeedback.objects.update(comment=FORMULA)
    SurveyAnswer.objects.exclude(text="").update(text="+" + FORMULA)
    SurveyContact.objects.update(name="@SUM(1+1)", phone="-1+1")
    return family_records


@pytest.mark.parametrize(
    ("url_name", "args", "expected"),
    [
        ("wagtailsnippets_feedback_pagefeedback:list", [], ["'" + FORMULA]),
        ("wagtailsnippets_feedback_surveycontact:list", [], ["'@SUM(1+1)", "'-1+1"]),
        ("feedback_surveys:comments", ["feedback_surveys:pk"], ["'+" + FORMULA]),
        ("feedback_surveys:responses", ["feedback_surveys:pk"], ["'+" + FORMULA]),
    ],
)
def test_csv_downloads_hold_families_formulas_as_text(
    client, lead, formulas, url_name, args, expected
):
    client.force_login(lead)
    url = reverse(url_name, args=[formulas[arg] for arg in args])
    cells = csv_cells(client.get(url, {"export": "csv"}))
    assert set(expected) <= set(cells)
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_xlsx_downloads_keep_text_cells(client, lead, formulas):
    client.force_login(lead)
    url = reverse("wagtailsnippets_feedback_pagefeedback:list")
    response = client.get(url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    comments = [cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA]
    assert comments
    assert all(cell.data_type == "s" for cell in comments)
