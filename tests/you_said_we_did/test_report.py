"""The leads' report (entries by status, median days to done, unanswered comments, download)
and the quarterly summary for the SEND Partnership Board."""

import csv
import datetime
import io

import openpyxl
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.formats import date_format
from wagtail.models import Locale

from feedback.models import FeedbackStatus
from feedback.ratings import Rating
from feedback.you_said_we_did.board_summary import quarterly_summary
from localoffer.calendar import Period, recent_spans
from tests.feedback.factories import PageFeedbackFactory
from tests.you_said_we_did.conftest import LONDON
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db

REPORT = reverse("you_said_we_did_report:report")
BOARD_SUMMARY = reverse("you_said_we_did_report:board_summary")
NOW = datetime.datetime(2025, 6, 16, 12, tzinfo=LONDON)


@pytest.fixture(autouse=True)
def _mid_june_2025():
    with time_machine.travel(NOW, tick=False):
        yield


def at(day):
    return datetime.datetime.combine(day, datetime.time(10), tzinfo=LONDON)


@pytest.fixture
def entries(guidance_page):
    def comment(day, **fields):
        return PageFeedbackFactory(
            page=guidance_page,
            rating=Rating.POOR,  # needs action, so it can be unanswered
            comment="A comment.",
            created_at=at(day),
            **fields,
        )

    jan = datetime.date(2025, 1, 6)
    EntryFactory(
        title="Links",
        topic="website",
        received_on=jan,
        resolved_on=datetime.date(2025, 1, 16),
        comments=[comment(datetime.date(2025, 1, 1))],
    )  # done: 15 days from the comment
    EntryFactory(
        title="Waiting times",
        topic="health",
        received_on=datetime.date(2025, 4, 7),
        resolved_on=datetime.date(2025, 5, 12),
    )  # done: 35 days
    EntryFactory(
        title="Videos",
        status="not_possible",
        we_did="No money for videos.",
        received_on=datetime.date(2025, 4, 1),
        resolved_on=datetime.date(2025, 4, 11),
    )
    EntryFactory(
        title="Transport",
        topic="transport",
        status="in_progress",
        received_on=datetime.date(2024, 11, 4),
        comments=[comment(datetime.date(2024, 11, 1)), comment(datetime.date(2024, 11, 2))],
    )
    EntryFactory(title="Clubs", topic="social-care", status="received", publish=False)
    comment(datetime.date(2025, 4, 20), status=FeedbackStatus.UNREAD)  # unanswered
    comment(datetime.date(2025, 6, 1), status=FeedbackStatus.UNREAD)  # too recent
    comment(datetime.date(2025, 4, 20), status=FeedbackStatus.EXCLUDED)  # spam


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def rows(html):
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in html.select("tbody tr")
    ]


def figures(html):
    return {
        item.dt.get_text(strip=True): item.dd.get_text(strip=True)
        for item in html.select(".yswd-figures > div")
    }


def shown(day):
    """A date as the admin shows it, in the active language's format."""
    return date_format(day) if day else ""


def test_the_report_lists_every_entry_with_its_progress(lead_client, entries):
    def row(title, topic, status, published, received, resolved, days, comments):
        return [title, topic, status, published, shown(received), shown(resolved), days, comments]

    d = datetime.date
    assert rows(soup(lead_client.get(REPORT))) == [
        row(
            "Waiting times",
            "Health and therapies",
            "Done",
            "Published",
            d(2025, 4, 7),
            d(2025, 5, 12),
            "35",
            "0",
        ),
        row(
            "Videos",
            "The Local Offer website",
            "We cannot do this",
            "Published",
            d(2025, 4, 1),
            d(2025, 4, 11),
            "10",
            "0",
        ),
        row(
            "Clubs",
            "Social care and short breaks",
            "We have heard you",
            "Draft",
            d(2025, 1, 6),
            None,
            "",
            "0",
        ),
        row(
            "Links",
            "The Local Offer website",
            "Done",
            "Published",
            d(2025, 1, 6),
            d(2025, 1, 16),
            "15",
            "1",
        ),
        row(
            "Transport",
            "Travel and transport",
            "We are working on it",
            "Published",
            d(2024, 11, 4),
            None,
            "",
            "2",
        ),
    ]


def test_the_report_counts_entries_by_status_and_the_median_days_to_done(lead_client, entries):
    assert figures(soup(lead_client.get(REPORT))) == {
        "We have heard you": "1",
        "We are working on it": "1",
        "Done": "2",
        "We cannot do this": "1",
        "Median days from first comment to done": "25",
        "Comments with no entry after 30 days": "1",
    }


def test_the_unanswered_count_links_to_those_comments_in_the_inbox(lead_client, entries):
    html = soup(lead_client.get(REPORT))
    link = html.select(".yswd-figures a")[-1]
    inbox = soup(lead_client.get(link["href"]))
    listed = [title.get_text(strip=True) for title in inbox.select("tbody td.title .title-wrapper")]
    assert listed == ["A comment."]


def test_the_figures_follow_the_filters(lead_client, entries):
    html = soup(lead_client.get(REPORT, {"year": "2025", "topic": ["website", "health"]}))
    assert [row[0] for row in rows(html)] == ["Waiting times", "Videos", "Links"]
    counts = figures(html)
    assert (counts["Done"], counts["We cannot do this"], counts["We are working on it"]) == (
        "2",
        "1",
        "0",
    )
    only_links = figures(soup(lead_client.get(REPORT, {"topic": "website", "status": "done"})))
    assert only_links["Median days from first comment to done"] == "15"


def test_the_report_counts_each_theme_once_not_each_translation(lead_client, entries):
    polish, _created = Locale.objects.get_or_create(language_code="pl")
    from feedback.models import YouSaidWeDidEntry

    translation = YouSaidWeDidEntry.objects.get(title="Links").copy_for_translation(polish)
    translation.save()
    html = soup(lead_client.get(REPORT))
    assert len(rows(html)) == 5
    assert figures(html)["Done"] == "2"


def test_the_report_downloads_as_csv_and_xlsx(lead_client, entries):
    response = lead_client.get(REPORT, {"export": "csv", "status": "done"})
    assert f"you-said-we-did-{NOW:%Y-%m-%d}.csv" in response["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert lines == [
        [
            "Entry",
            "Topic",
            "Status",
            "Published",
            "Received",
            "Resolved",
            "Days to resolve",
            "Comments",
            "You said",
            "What we did",
        ],
        [
            "Waiting times",
            "Health and therapies",
            "Done",
            "Published",
            "2025-04-07",
            "2025-05-12",
            "35",
            "0",
            "You said the pages were hard to follow.",
            "We rewrote them in plain English.",
        ],
        [
            "Links",
            "The Local Offer website",
            "Done",
            "Published",
            "2025-01-06",
            "2025-01-16",
            "15",
            "1",
            "You said the pages were hard to follow.",
            "We rewrote them in plain English.",
        ],
    ]
    xlsx = lead_client.get(REPORT, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert [cell.value for cell in sheet[1]][:3] == ["Entry", "Topic", "Status"]
    assert sheet.max_row == 6


def test_the_report_takes_as_many_queries_for_many_entries_as_for_few(
    lead_client, entries, guidance_page, django_assert_max_num_queries
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert lead_client.get(REPORT).status_code == 200
        return len(captured)

    queries()
    few = queries()
    for day in range(1, 11):
        EntryFactory(
            received_on=datetime.date(2025, 2, day),
            comments=[PageFeedbackFactory(page=guidance_page, comment="More.")],
        )
    assert queries() == few
    with django_assert_max_num_queries(16):  # 15 today: 6 of them Wagtail's admin furniture
        lead_client.get(REPORT)


# The quarterly summary for the Board -----------------------------------------------------------


def test_the_quarterly_summary_counts_each_quarter(entries, django_assert_num_queries):
    spans = recent_spans(Period.QUARTER, NOW.date(), 4)
    with django_assert_num_queries(2):
        summaries = quarterly_summary(spans)

    assert [summary.span.label for summary in summaries] == [
        "July to September 2024",
        "October to December 2024",
        "January to March 2025",
        "April to June 2025",
    ]
    assert [
        (
            s.comments_received,
            s.opened,
            [e.title for e in s.done],
            s.not_possible,
            s.median_days_to_done,
        )
        for s in summaries
    ] == [
        (0, 0, [], 0, None),
        (2, 1, [], 0, None),  # Transport opened; its two comments
        (1, 2, ["Links"], 0, 15),  # Links and Clubs opened
        (2, 2, ["Waiting times"], 1, 35),  # spam is not counted
    ]


def test_the_board_summary_is_printable(lead_client, entries, django_assert_max_num_queries):
    with django_assert_max_num_queries(9):  # 8 today: 3 for the figures, the rest the login
        html = soup(lead_client.get(BOARD_SUMMARY))
    assert len(html.select("h1")) == 1
    table = [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in html.select("tbody tr")
    ]
    assert table[0] == ["April to June 2025 So far", "2", "2", "1", "1", "35"]
    assert table[3] == ["July to September 2024", "0", "0", "0", "0", "None done"]
    changes = [section.h2.get_text() for section in html.select("section")]
    assert changes == ["Changes made, April to June 2025", "Changes made, January to March 2025"]
    assert "1 comment has had no entry for more than 30 days" in html.get_text(" ", strip=True)
