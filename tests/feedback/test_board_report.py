"""The termly highlight report for the Board: each priority's indicators (families' voice and
service measures), its "You said, we did" entries and the lead's narrative; as a page, a
spreadsheet and one HTML file that opens without the site."""

import datetime
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from feedback.measures import Measure
from feedback.models import MeasureFigure, Priority, PriorityNarrative, ServiceMeasure
from tests.feedback.factories import OutcomeIndicatorFactory
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 12, tzinfo=ZoneInfo("Europe/London"))
REPORT = reverse("feedback_indicators:board_report")
SPREADSHEET = reverse("feedback_indicators:board_report_xlsx")
HTML_FILE = reverse("feedback_indicators:board_report_html")
SUMMER = datetime.date(2026, 4, 1)
SPRING = datetime.date(2026, 1, 1)


@pytest.fixture(autouse=True)
def _december_2026():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def priority():
    priority = Priority.objects.create(name="Priority 2: Timely EHC plans", sort_order=2)
    PriorityNarrative.objects.create(
        priority=priority, term_start=SUMMER, narrative="Plans on time rose again."
    )
    priority.you_said_we_did_entries.set(
        [EntryFactory(title="=Guides for annual reviews", we_did="We wrote a step-by-step guide.")]
    )
    appeals = ServiceMeasure.objects.create(
        name="Appeals to the SEND Tribunal", unit="count", better="lower", period="term"
    )
    for start, value in [(SPRING, 31), (SUMMER, 24)]:
        MeasureFigure.objects.create(
            measure=appeals,
            period_start=start,
            value=value,
            target=20,
            published_on=datetime.date(2026, 10, 1),
        )
    OutcomeIndicatorFactory(
        name="Appeals",
        priority=priority,
        measure=Measure.SERVICE,
        service_measure=appeals,
        period="term",
        target=None,
    )
    Priority.objects.create(name="Priority 1: Clear information", sort_order=1)
    return priority


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [element.get_text(" ", strip=True) for element in elements]


def test_each_priority_has_its_narrative_indicators_and_entries(lead_client, priority):
    html = soup(lead_client.get(REPORT))

    assert texts(html.select("main h2")) == [
        "Priority 1: Clear information",
        "Priority 2: Timely EHC plans",
    ]
    (empty, section) = html.select("section.priority")
    assert "No narrative written for this term yet." in empty.get_text()
    assert texts(section.select(".narrative")) == ["Plans on time rose again."]
    (row,) = section.select("table.indicators tbody tr")
    assert texts(row.select("th, td")) == [
        "Appeals Lower is better",
        "24",
        "31",
        "↓ Down",
        "20",
        "Off track",
        "",
    ]
    assert texts(section.select("table.entries tbody tr")) == [
        "=Guides for annual reviews Done We wrote a step-by-step guide."
    ]


def test_every_chart_has_a_table_of_its_numbers(lead_client, priority):
    html = soup(lead_client.get(REPORT))
    (chart,) = html.select("figure.board-chart")
    assert chart.select_one("svg[role=img] title")
    assert texts(chart.select(".chart-data tbody tr")) == [
        "Autumn 2025 Not shown",  # no figure that term, and no target of the indicator's own
        "Spring 2026 31 20",
        "Summer 2026 24 20",
    ]
    assert len(chart.select("svg rect")) == 2  # bars only where there is a figure


def test_the_spreadsheet_has_numbers_as_numbers_and_text_as_text(lead_client, priority):
    response = lead_client.get(SPREADSHEET, {"term": "term-2026-04-01"})

    assert response["Content-Disposition"] == (
        'attachment; filename="board-report-term-2026-04-01.xlsx"'
    )
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Indicators", "You said, we did", "Narratives"]
    rows = list(workbook["Indicators"].values)
    assert rows[1][:9] == (
        "Priority 2: Timely EHC plans",
        "Appeals",
        "Summer term 2026",
        24,
        "Spring term 2026",
        31,
        "Down",
        20,
        "No",
    )
    entry = workbook["You said, we did"]["B2"]
    assert (entry.value, entry.data_type) == ("=Guides for annual reviews", "s")


def test_the_html_file_opens_without_the_site(lead_client, priority):
    response = lead_client.get(HTML_FILE)

    assert response["Content-Disposition"].startswith("attachment;")
    html = soup(response)
    assert html.select_one("head style")
    assert not html.select("link, script, img, iframe, [src]")
    assert not html.select("nav.controls")
    assert html.select_one("figure.board-chart svg")
    assert html.select_one("figure.board-chart .chart-data")


def test_the_report_takes_a_few_queries_however_many_priorities(
    lead_client, priority, django_assert_max_num_queries
):
    for number in range(3, 8):
        other = Priority.objects.create(name=f"Priority {number}")
        OutcomeIndicatorFactory(
            priority=other,
            measure=Measure.SERVICE,
            target=None,
            service_measure=ServiceMeasure.objects.first(),
            period="term",
        )
    with django_assert_max_num_queries(16):
        lead_client.get(REPORT)


def test_editors_cannot_open_or_download_the_report(client, editor, priority):
    client.force_login(editor)
    for url in (REPORT, SPREADSHEET, HTML_FILE):
        assert client.get(url).status_code in (302, 403)
