import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.menu import reports_menu

from localoffer import calendar
from tests.factories import StandardPageFactory

from .factories import CONTRAST, IMAGE_ALT, AccessibilityCheckFactory

REPORT = reverse("accessibility_report:index")
YESTERDAY = timezone.now() - datetime.timedelta(days=1)


@pytest.fixture
def checks(home_page):
    guidance = StandardPageFactory(parent=home_page, title="Guidance")
    return {
        "home wide": AccessibilityCheckFactory(page=home_page, url="http://s/", width=1280),
        "home narrow": AccessibilityCheckFactory(
            page=home_page, url="http://s/", width=320, violations=[CONTRAST]
        ),
        # Fixed since yesterday: only today's check is in the report.
        "guidance yesterday": AccessibilityCheckFactory(
            page=guidance,
            url="http://s/guidance/",
            violations=[CONTRAST, IMAGE_ALT],
            checked_at=YESTERDAY,
        ),
        "guidance": AccessibilityCheckFactory(page=guidance, url="http://s/guidance/"),
        "search": AccessibilityCheckFactory(
            url="http://s/pl/search/?q=wsparcie",
            language_code="pl",
            violations=[IMAGE_ALT, CONTRAST, CONTRAST],
        ),
    }


def rows(response):
    table = BeautifulSoup(response.content, "html.parser").find("table", class_="listing")
    return [
        [" ".join(cell.get_text().split()) for cell in row.find_all("td")]
        for row in table.find("tbody").find_all("tr")
    ]


def test_leads_see_the_latest_result_for_each_page_and_width_worst_first(
    client, lead, checks, django_assert_max_num_queries
):
    client.force_login(lead)

    with django_assert_max_num_queries(12):
        response = client.get(REPORT)

    assert response.status_code == 200
    assert [row[:5] for row in rows(response)] == [
        ["http://s/pl/search/?q=wsparcie", "polski", "1280", "3", "color-contrast, image-alt"],
        [checks["home narrow"].page.title, "British English", "320", "1", "color-contrast"],
        [checks["home wide"].page.title, "British English", "1280", "0", ""],
        ["Guidance", "British English", "1280", "0", ""],
    ]


def test_the_query_count_does_not_grow_with_the_rows(
    client, lead, checks, django_assert_max_num_queries
):
    for number in range(20):
        AccessibilityCheckFactory(page=checks["guidance"].page, url=f"http://s/{number}/")
    client.force_login(lead)

    with django_assert_max_num_queries(12):
        client.get(REPORT)


def test_filter_to_pages_with_problems(client, lead, checks):
    client.force_login(lead)

    response = client.get(REPORT, {"problems": "true"})

    assert [row[0] for row in rows(response)] == [
        "http://s/pl/search/?q=wsparcie",
        checks["home narrow"].page.title,
    ]


def test_filter_to_one_page_as_its_edit_view_links(client, lead, checks):
    client.force_login(lead)

    response = client.get(REPORT, {"page": checks["guidance"].page_id})

    assert [row[:4] for row in rows(response)] == [["Guidance", "British English", "1280", "0"]]


def test_export_as_csv(client, lead, checks):
    client.force_login(lead)

    response = client.get(REPORT, {"export": "csv", "problems": "true"})

    lines = response.getvalue().decode().splitlines()
    assert lines[0] == (
        "Address,Page,Language,Width (px),Problems,Rules broken,Checked,axe-core version"
    )
    assert lines[1].startswith(
        'http://s/pl/search/?q=wsparcie,,pl,1280,3,"color-contrast, image-alt",'
    )
    assert response["Content-Disposition"] == (
        f'attachment; filename="accessibility-report-{calendar.today():%Y-%m-%d}.csv"'
    )


def test_editors_cannot_see_the_report(client, editor):
    client.force_login(editor)

    response = client.get(REPORT)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def report_in_menu(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    menu = {str(item.label): item.url for item in reports_menu.menu_items_for_request(request)}
    return menu.get("Accessibility") == REPORT


def test_the_reports_menu_offers_the_report_to_leads_only(lead, editor):
    assert report_in_menu(lead)
    assert not report_in_menu(editor)
