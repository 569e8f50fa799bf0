"""The trend as a chart with its data table, ending with the report's own counts; and the audit
trail: a review's history entry leads to what has changed since, an edit's to Wagtail's
comparison of revisions."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from localoffer.content_review.bands import STALENESS_CHOICES
from localoffer.content_review.links import mark_reviewed_url
from localoffer.content_review.models import BandSnapshot
from localoffer.content_review.trend import TrendChart

from .factories import content_page, london

TODAY = london(2026, 4, 15, 9)


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def history(section):
    """Three pages, and counts stored for the last three weeks (today's was stored this morning,
    before a page was added)."""
    for reviewed_at in (london(2026, 3, 15), london(2025, 12, 15), london(2025, 3, 15)):
        content_page(section, reviewed_at=reviewed_at)
    for weeks, overdue in ((2, 0), (1, 1)):
        BandSnapshot.objects.create(
            taken_on=datetime.date(2026, 4, 15) - datetime.timedelta(weeks=weeks),
            within_3_months=4,
            not_in_3_months=1,
            not_in_6_months=0,
            not_in_12_months=0,
            overdue=overdue,
        )
    BandSnapshot.objects.take()
    content_page(section, reviewed_at=london(2025, 1, 1))  # after this morning's count


def test_the_chart_has_its_table_and_todays_row_is_the_reports_own_count(client, lead, history):
    client.force_login(lead)

    html = BeautifulSoup(client.get(reverse("content_review:report")).content, "html.parser")

    chart = html.select_one("figure.review-trend svg[role=img]")
    assert chart.title.get_text() == "Pages in each review band by week"
    assert html.select_one(f"#{chart['aria-describedby']}")  # says where the figures are
    assert chart.select("rect")
    assert chart.select_one("polyline")
    table = html.find("caption", string="Band counts by week").find_parent("table")
    headings = [th.get_text(strip=True) for th in table.select("thead th")][1:]
    assert headings == [str(label) for _value, label in STALENESS_CHOICES]
    rows = table.select("tbody tr")
    dates = [row.th.get_text(strip=True) for row in rows]
    assert dates == ["1 Apr 2026", "8 Apr 2026", "15 Apr 2026"]
    report_counts = {
        link.get_text(" ", strip=True).split(" ", 1)[1]: int(link.strong.get_text())
        for link in html.select(".w-summary__list a")
    }
    today = [int(td.get_text()) for td in rows[-1].select("td")]
    assert dict(zip(headings, today, strict=True)) == report_counts
    # The page added after this morning's count is in today's row, not in the stored one.
    stored = [count for _label, count in BandSnapshot.objects.get(taken_on=TODAY.date()).counts()]
    assert sum(today[:4]) == sum(stored[:4]) + 1


def test_the_chart_draws_each_band_to_scale(db):
    snapshots = [
        BandSnapshot(
            taken_on=datetime.date(2026, 4, day),
            within_3_months=10,
            not_in_3_months=5,
            not_in_6_months=3,
            not_in_12_months=2,
            overdue=4,
        )
        for day in (1, 8)
    ]
    chart = TrendChart(snapshots)
    assert chart.maximum == 20  # 20 pages in each week
    heights = [bar.height for bar in chart.bars[:4]]
    unit = (chart.bottom - 12) / chart.maximum
    assert heights == [round(count * unit, 1) for count in (2, 3, 5, 10)]  # stalest first
    assert [count for _y, count in chart.grid] == [0, 5, 10, 15, 20]
    assert [snapshot.taken_on.day for _x, snapshot in chart.dates] == [8]


def test_a_reviews_history_entry_leads_to_what_has_changed_since(client, editor, section):
    page = content_page(section, reviewed_at=london(2025, 10, 1), title="Reviewed page")
    reviewed = page.live_revision_id
    client.force_login(editor)
    client.post(mark_reviewed_url([page.pk]), {"note": ""})
    history_url = reverse("wagtailadmin_pages:history", args=[page.pk])
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, reviewed, "latest"])
    assert compare not in client.get(history_url).content.decode()  # nothing has changed yet

    page.title = "Reviewed page, edited"
    edit = page.save_revision(user=editor, log_action=True)

    text = client.get(history_url).content.decode()
    assert compare in text
    assert "See what has changed since this review" in text
    # Wagtail's own menu on the edit entry compares it with the version before.
    previous = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, reviewed, edit.pk])
    assert previous in text
