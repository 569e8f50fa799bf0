"""What leads see: the indicator dashboard and its download, the termly Board report, survey
results, and the comments inbox with its filters, download and "mark as" action."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from feedback.bulk_actions import SET_STATUS, SetFeedbackStatusBulkAction
from feedback.models import FeedbackStatus, PageFeedback, SurveyResponse
from feedback.tallying import counting as tallies
from localoffer.calendar import Period
from tests.factories import StandardPageFactory
from tests.feedback.factories import OutcomeIndicatorFactory

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
NOW = datetime.datetime(2025, 4, 15, 12, tzinfo=LONDON)
DASHBOARD = reverse("feedback_indicators:dashboard")
BOARD_REPORT = reverse("feedback_indicators:board_report")
INBOX = reverse("wagtailsnippets_feedback_pagefeedback:list")


@pytest.fixture(autouse=True)
def _april_2025():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def lead_client(client, lead):
    client.force_login(lead)
    return client


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def csv_rows(response):
    assert response["Content-Type"] == "text/csv"
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def rate(page, ratings, moment, comment=""):
    PageFeedback.objects.bulk_create(
        PageFeedback(
            page=page,
            locale_id=page.locale_id,
            rating=r,
            comment=comment,
            status=FeedbackStatus.UNREAD if comment else "",
            created_at=moment,
        )
        for r in ratings
    )
    tallies.rebuild()  # rows added in bulk, as the demo does


@pytest.fixture
def indicator(section, guidance_page):
    indicator = OutcomeIndicatorFactory(
        name="Families find guidance on education helpful",
        priority="Priority 3: SEND Pathway",
        section=section,
        period=Period.MONTH,
        target=70,
    )
    rate(guidance_page, [5] * 6 + [2] * 4, datetime.datetime(2025, 3, 10, tzinfo=LONDON))
    rate(guidance_page, [5] * 8 + [3] * 2, datetime.datetime(2025, 4, 2, tzinfo=LONDON))
    return indicator


# The dashboard -----------------------------------------------------------------------------------


def test_the_dashboard_shows_each_indicator_as_a_chart_and_a_table(lead_client, indicator):
    html = soup(lead_client.get(DASHBOARD))

    section = html.select_one(f"#indicator-{indicator.pk}").find_parent("section")
    chart = section.select_one("svg[role=img]")
    title_id, desc_id = chart["aria-labelledby"].split()
    assert chart.select_one(f"#{title_id}").name == "title"
    assert "dashed line is the target" in chart.select_one(f"#{desc_id}").get_text()
    assert len(chart.select("rect")) == 2  # ten months have too few responses to draw

    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in section.select("table")[0].select("tbody tr")
    ]
    assert len(rows) == 12
    assert rows[0] == ["May 2024", "Too few responses", "0", "", ""]
    assert rows[-2] == ["March 2025", "60.0%", "10", "Off track", ""]
    assert rows[-1] == ["April 2025 (so far)", "80.0%", "10", "On track", "↑ Up"]


def test_the_dashboard_splits_by_language_and_section(lead_client, indicator):
    section = (
        soup(lead_client.get(DASHBOARD)).select_one(f"#indicator-{indicator.pk}").find_parent()
    )
    by_language, by_section = section.select("details table")
    assert [td.get_text() for td in by_language.select("tbody tr")[0].select("th, td")] == [
        "English",
        "70.0%",
        "20",
    ]
    assert by_section.select_one("tbody th").get_text() == "Education and schools"


def test_the_dashboard_download_has_one_row_per_indicator_and_period(lead_client, indicator):
    response = lead_client.get(DASHBOARD + "?export=csv")

    assert f"outcome-indicators-{NOW:%Y-%m-%d}.csv" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == [
        "Indicator",
        "Strategy priority",
        "Measure",
        "Period",
        "Value",
        "Responses",
        "Target",
        "On track",
        "Trend",
    ]
    name, priority = indicator.name, indicator.priority.name
    measure = "Percentage positive (the top two answers)"
    assert len(rows) == 13
    assert rows[1] == [
        name,
        priority,
        measure,
        "May 2024",
        "Too few responses",
        "0",
        "70.00",
        "",
        "",
    ]
    assert rows[-2] == [name, priority, measure, "March 2025", "60.0", "10", "70.00", "No", ""]
    assert rows[-1] == [name, priority, measure, "April 2025", "80.0", "10", "70.00", "Yes", "Up"]


def test_the_dashboard_downloads_as_a_spreadsheet(lead_client, indicator):
    response = lead_client.get(DASHBOARD + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("Indicator", "Strategy priority", "Measure", "Period")
    assert rows[-1][3:6] == ("April 2025", 80, 10)


def test_the_dashboard_filters_by_priority(lead_client, indicator):
    other = OutcomeIndicatorFactory(name="Another", priority="Priority 1: Clear information")
    html = soup(lead_client.get(DASHBOARD, {"priority": indicator.priority.pk}))
    assert html.select_one(f"#indicator-{indicator.pk}")
    assert not html.select_one(f"#indicator-{other.pk}")


def test_the_dashboard_takes_as_many_queries_for_many_answers_as_for_few(
    lead_client, indicator, guidance_page, django_assert_max_num_queries
):
    OutcomeIndicatorFactory(
        section=guidance_page, period=Period.TERM, measure="mean_score", target=4
    )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert lead_client.get(DASHBOARD).status_code == 200
        return len(captured)

    few = queries()
    for month in range(1, 13):
        rate(guidance_page, [5, 4, 3, 2, 1] * 30, datetime.datetime(2024, month, 5, tzinfo=LONDON))
    assert queries() == few
    with django_assert_max_num_queries(20):  # 16 today: 6 of them Wagtail's admin furniture
        lead_client.get(DASHBOARD)


# The termly report for the Board -----------------------------------------------------------------


def test_the_board_report_has_a_section_for_each_priority(lead_client, indicator, section):
    OutcomeIndicatorFactory(
        name="Page ratings", priority="Priority 1: Clear information", section=section
    )

    html = soup(lead_client.get(BOARD_REPORT))

    assert len(html.select("h1")) == 1
    assert [h2.get_text() for h2 in html.select("main h2")] == [
        "Priority 1: Clear information",
        "Priority 3: SEND Pathway",
    ]
    # The last full term before 15 April 2025 is the spring term.
    assert "Spring term 2025" in html.select_one(".lead").get_text()
    assert html.select_one("select[name=term] option[selected]")["value"] == "term-2025-01-01"


def test_the_board_report_compares_the_chosen_term_with_the_one_before(lead_client, indicator):
    html = soup(lead_client.get(BOARD_REPORT, {"term": "term-2025-04-01"}))
    row = html.select_one("main tbody tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    # Summer term so far: 80% from 10; spring term: 60% from 10.
    assert cells == ["80.0%", "60.0%", "↑ Up", "70%", "On track", "10"]


def test_an_unknown_term_falls_back_to_the_last_full_term(lead_client, indicator):
    html = soup(lead_client.get(BOARD_REPORT, {"term": "term-1999-13-01"}))
    assert "Spring term 2025" in html.select_one(".lead").get_text()


# Survey results ----------------------------------------------------------------------------------


@pytest.fixture
def survey_answers(survey):
    questions = {q.question: q for q in survey.questions.all()}
    for found, change in [
        ("yes", "More on transport"),
        ("yes", ""),
        ("no", "Email jo@example.com"),
    ]:
        SurveyResponse.objects.record(
            survey,
            {
                questions["Did you find what you needed?"]: found,
                questions["What should we change?"]: change,
            },
        )
    return survey


def test_survey_results_count_each_answer(lead_client, survey_answers):
    url = reverse("feedback_surveys:results", args=[survey_answers.pk])
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in soup(lead_client.get(url)).select("tbody tr")
    ]
    assert ["Did you find what you needed?", "Yes", "2", "67%"] in rows
    assert ["Did you find what you needed?", "No", "1", "33%"] in rows
    assert ["How would you rate our website?", "Very good", "0", ""] in rows

    exported = csv_rows(lead_client.get(url + "?export=csv"))
    assert exported[0] == ["Question", "Answer", "Responses", "Share"]
    assert ["Did you find what you needed?", "Yes", "2", "67%"] in exported


def test_free_text_answers_are_listed_without_personal_details(lead_client, survey_answers):
    url = reverse("feedback_surveys:comments", args=[survey_answers.pk])
    text = soup(lead_client.get(url)).select_one("tbody").get_text()
    assert "More on transport" in text
    assert "Email [email removed]" in text
    assert "jo@example.com" not in text


def test_the_survey_list_counts_responses(lead_client, survey_answers):
    html = soup(lead_client.get(reverse("feedback_surveys:index")))
    row = html.select_one("tbody tr")
    assert survey_answers.title in row.get_text()
    assert row.select("td")[-1].get_text(strip=True) == "3"


# The comments inbox ------------------------------------------------------------------------------


@pytest.fixture
def inbox(home_page, section, guidance_page):
    health = StandardPageFactory(parent=home_page, title="Health")
    march = datetime.datetime(2025, 3, 10, tzinfo=LONDON)
    rate(guidance_page, [2], march, comment="Nobody answers the phone.")
    rate(guidance_page, [5], march + datetime.timedelta(days=20), comment="Clear, thank you.")
    rate(health, [1], march, comment="The CAMHS page is out of date.")
    rate(health, [4], march)
    return health


def listed_comments(response):
    return {
        title.get_text(strip=True)
        for title in soup(response).select("tbody tr td.title .title-wrapper")
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            {},
            {"Nobody answers the phone.", "Clear, thank you.", "The CAMHS page is out of date."},
        ),
        ({"rating": ["1", "2"]}, {"Nobody answers the phone.", "The CAMHS page is out of date."}),
        ({"created_at_from": "2025-03-25"}, {"Clear, thank you."}),
        ({"show": "ratings"}, {"Good"}),
    ],
)
def test_the_inbox_filters(lead_client, inbox, query, expected):
    assert listed_comments(lead_client.get(INBOX, query)) == expected


def test_the_inbox_filters_by_section(lead_client, inbox, section):
    comments = listed_comments(lead_client.get(INBOX, {"section": section.pk}))
    assert comments == {"Nobody answers the phone.", "Clear, thank you."}


def test_the_inbox_filters_by_status(lead_client, inbox):
    PageFeedback.objects.filter(comment__startswith="Clear").update(status=FeedbackStatus.READ)
    assert listed_comments(lead_client.get(INBOX, {"status": "read"})) == {"Clear, thank you."}


def test_marking_several_comments_at_once(lead_client, inbox):
    ids = list(PageFeedback.objects.filter(rating__lte=2).values_list("pk", flat=True))
    url = reverse("wagtail_bulk_action", args=["feedback", "pagefeedback", "set_feedback_status"])
    query = "&".join(f"id={pk}" for pk in ids)

    confirm = lead_client.get(f"{url}?{query}")
    assert confirm.status_code == 200
    response = lead_client.post(f"{url}?{query}&next={INBOX}", {"status": "needs_action"})

    assert response.status_code == 302
    statuses = set(PageFeedback.objects.filter(pk__in=ids).values_list("status", flat=True))
    assert statuses == {FeedbackStatus.NEEDS_ACTION}
    assert PageFeedback.objects.filter(status=FeedbackStatus.UNREAD).count() == 1
    # Each change is in that feedback's own history, under its own log id.
    entries = ModelLogEntry.objects.filter(action=SET_STATUS)
    assert sorted(int(entry.object_id) for entry in entries) == sorted(ids)
    assert {entry.data["status"] for entry in entries} == {"needs_action"}
    assert len({entry.uuid for entry in entries}) == len(ids)


def test_excluded_feedback_leaves_the_results(lead_client, inbox, guidance_page):
    indicator = OutcomeIndicatorFactory(section=guidance_page)
    rate(guidance_page, [5] * 10, datetime.datetime(2025, 4, 2, tzinfo=LONDON))
    rate(guidance_page, [1] * 10, datetime.datetime(2025, 4, 2, tzinfo=LONDON), comment="abuse")
    abuse = list(PageFeedback.objects.filter(comment="abuse"))
    SetFeedbackStatusBulkAction.execute_action(abuse, status=FeedbackStatus.EXCLUDED)

    html = soup(lead_client.get(DASHBOARD))

    section = html.select_one(f"#indicator-{indicator.pk}").find_parent("section")
    assert "100.0%" in section.select_one(".indicator__latest").get_text()


def test_the_inbox_download_holds_the_comments(lead_client, inbox):
    response = lead_client.get(INBOX, {"export": "csv"})
    assert f"family-comments-{NOW:%Y-%m-%d}.csv" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == [
        "Sent",
        "Page",
        "Language",
        "Rating (1 = very poor, 5 = very good)",
        "Step",
        "Comment",
        "Status",
    ]
    assert {(row[1], row[3], row[5], row[6]) for row in rows[1:]} == {
        ("SEN support in school", "2", "Nobody answers the phone.", "Not read"),
        ("SEN support in school", "5", "Clear, thank you.", "Not read"),
        ("Health", "1", "The CAMHS page is out of date.", "Not read"),
    }


def test_the_inbox_takes_as_many_queries_for_many_comments_as_for_few(
    lead_client, inbox, guidance_page, django_assert_max_num_queries
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert lead_client.get(INBOX).status_code == 200
        return len(captured)

    few = queries()
    rate(guidance_page, [3] * 40, NOW, comment="More, please.")
    assert queries() == few
    with django_assert_max_num_queries(15):
        lead_client.get(INBOX)
