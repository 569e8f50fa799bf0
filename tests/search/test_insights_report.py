"""The search insights report for leads: who may see it, its periods, selections, exports and
the number of queries it takes."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import reports_menu
from wagtail.models import Locale

from search.models import SearchTermCount

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("search_insights:index")
MONDAY = datetime.date(2025, 3, 3)


@pytest.fixture
def counts():
    english = Locale.objects.get(language_code="en-gb")
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    rows = [
        (english, MONDAY, "ehcp", 5, 0, 3),
        (english, MONDAY + datetime.timedelta(days=2), "ehcp", 4, 0, 1),
        (english, MONDAY + datetime.timedelta(days=7), "ehcp", 2, 0, 0),
        (english, MONDAY, "trampoline", 3, 3, 0),
        (english, MONDAY, "short breaks", 2, 0, 0),
        (polish, MONDAY, "przerwy", 1, 0, 1),
    ]
    for locale, day, term, searches, no_results, opens in rows:
        SearchTermCount.objects.create(
            locale=locale,
            date=day,
            term=term,
            searches=searches,
            no_results=no_results,
            opens=opens,
        )


def table_rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in soup.select("#listing-results tbody tr")
    ]


@pytest.mark.parametrize(
    ("role", "shown"), [("lead", True), ("editor", False), ("moderator", False)]
)
def test_the_reports_menu_offers_insights_to_leads_only(request, role, shown):
    http_request = RequestFactory().get("/admin/")
    http_request.user = request.getfixturevalue(role)
    names = [item.name for item in reports_menu.menu_items_for_request(http_request)]
    assert ("search-insights" in names) is shown


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_only_leads_see_the_report(client, request, role, counts):
    client.force_login(request.getfixturevalue(role))
    for response in (client.get(REPORT_URL), client.get(REPORT_URL, {"export": "csv"})):
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")


def test_terms_are_added_up_by_week_newest_first(client, lead, counts):
    client.force_login(lead)
    rows = table_rows(client.get(REPORT_URL))
    assert rows == [
        ["Week starting 10 March 2025", "English", "ehcp", "2", "0", "0"],
        ["Week starting 3 March 2025", "English", "ehcp", "9", "0", "4"],
        ["Week starting 3 March 2025", "English", "trampoline", "3", "3", "0"],
        ["Week starting 3 March 2025", "English", "short breaks", "2", "0", "0"],
        ["Week starting 3 March 2025", "Polski", "przerwy", "1", "0", "1"],
    ]


def test_content_gaps_by_month_in_one_language(client, lead, counts):
    client.force_login(lead)
    response = client.get(
        REPORT_URL, {"period": "month", "show": "no-results", "language": "en-gb"}
    )
    assert table_rows(response) == [["March 2025", "English", "trampoline", "3", "3", "0"]]


def test_results_nobody_opened_between_dates(client, lead, counts):
    client.force_login(lead)
    response = client.get(
        REPORT_URL,
        {"period": "day", "show": "not-opened", "date_from": "2025-03-01", "date_to": "2025-03-05"},
    )
    assert table_rows(response) == [["3 March 2025", "English", "short breaks", "2", "0", "0"]]


def test_an_unknown_period_shows_the_weekly_report(client, lead, counts):
    client.force_login(lead)
    response = client.get(REPORT_URL, {"period": "fortnight"})
    assert response.status_code == 200
    assert table_rows(response)[0][0] == "Week starting 10 March 2025"


def test_the_export_has_a_line_per_row_and_a_dated_name(client, lead, counts):
    client.force_login(lead)
    response = client.get(REPORT_URL, {"export": "csv", "show": "no-results"})
    content = b"".join(response.streaming_content).decode()
    lines = list(csv.reader(io.StringIO(content)))
    assert lines == [
        [
            "Period starting",
            "Language",
            "Search term",
            "Searches",
            "Searches that found nothing",
            "Results opened",
        ],
        ["2025-03-03", "en-gb", "trampoline", "3", "3", "0"],
    ]
    assert 'filename="search-insights-' in response["Content-Disposition"]


def test_the_spreadsheet_export_works(client, lead, counts):
    client.force_login(lead)
    response = client.get(REPORT_URL, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_report_takes_the_same_few_queries_however_many_terms(
    client, lead, counts, django_assert_max_num_queries
):
    client.force_login(lead)
    client.get(REPORT_URL)  # warm the session and content type caches
    # 12: the admin menu's check of site settings permissions (Settings > Search help) is one.
    with django_assert_max_num_queries(12) as few:
        client.get(REPORT_URL)
    english = Locale.objects.get(language_code="en-gb")
    for number in range(40):
        SearchTermCount.objects.create(
            locale=english, date=MONDAY, term=f"term {number}", searches=1
        )
    with django_assert_max_num_queries(len(few)):
        response = client.get(REPORT_URL)
    assert len(table_rows(response)) == 45


def test_administrators_can_give_other_groups_the_report():
    offered = {
        permission.codename
        for hook in hooks.get_hooks("register_permissions")
        for permission in hook()
    }
    assert "view_searchtermcount" in offered
