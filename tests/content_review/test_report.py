"""The content review report for leads: who may see it, its filters, counts, exports and the
number of queries it takes."""

import csv
import io

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import reverse
from openpyxl import load_workbook
from wagtail import hooks
from wagtail.admin.menu import reports_menu
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from localoffer.content_review.feedback_flags import HOOK_NAME
from localoffer.content_review.models import ReviewStatus
from tests.factories import OwnerFactory, StandardPageFactory

from .factories import content_page, london

REPORT_URL = reverse("content_review:report")
TODAY = london(2026, 4, 15, 9)
HOME_TITLE = "Help for children and young people with SEND in Anyshire"


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def pages(home_page, section, owner):
    """One page in each band, under two sections with different owners and teams."""
    health = StandardPageFactory(
        parent=home_page,
        title="Health",
        content_owner=OwnerFactory(name="Tom Becker", team="Health"),
    )
    return {
        "recent": content_page(
            section, reviewed_at=london(2026, 3, 1), content_owner=owner, title="Recent"
        ),
        "four months": content_page(
            section, reviewed_at=london(2025, 12, 1), content_owner=owner, title="Four months"
        ),
        "eight months": content_page(
            health,
            reviewed_at=london(2025, 8, 1),
            content_owner=health.content_owner,
            title="Eight months",
        ),
        "two years": content_page(
            health,
            reviewed_at=london(2024, 4, 1),
            content_owner=health.content_owner,
            title="Two years",
        ),
    }


def _titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select("#listing-results tbody td.title a")]


def _report(client, **params):
    return client.get(REPORT_URL, params)


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_see_their_own_and_their_teams_pages(client, request, role, pages):
    user = request.getfixturevalue(role)
    # The user owns one page of their own, in the same team as the "SEND team" owner.
    OwnerFactory(name="Their owner record", team="SEND team", email=user.email.upper())
    client.force_login(user)

    response = _report(client)

    assert response.status_code == 200
    assert sorted(_titles(response)) == ["Education", "Four months", HOME_TITLE, "Recent"]
    html = BeautifulSoup(response.content, "html.parser")
    assert "Band counts by week" not in html.get_text()  # the site-wide trend is for leads
    export = b"".join(_report(client, export="csv").streaming_content).decode()
    assert "Two years" not in export
    assert "Recent" in export


def test_an_editor_who_owns_nothing_sees_an_empty_report(client, editor, pages):
    client.force_login(editor)
    assert _titles(_report(client)) == []


@pytest.mark.parametrize("role", ["editor", "moderator", "lead"])
def test_the_reports_menu_offers_the_report_to_every_role(db, request, role):
    http_request = RequestFactory().get("/admin/")
    http_request.user = request.getfixturevalue(role)
    names = [item.name for item in reports_menu.menu_items_for_request(http_request)]
    assert "content-review" in names


def test_ticked_pages_open_mark_as_reviewed(client, lead, pages):
    client.force_login(lead)

    html = BeautifulSoup(_report(client).content, "html.parser")

    form = html.select_one("form#mark-reviewed-form")
    assert form["method"] == "get"
    assert form["action"].startswith(
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "mark_reviewed"))
    )
    boxes = html.select('#listing-results tbody input[type=checkbox][form="mark-reviewed-form"]')
    assert sorted(int(box["value"]) for box in boxes) == sorted(
        ReviewStatus.objects.live().values_list("page_id", flat=True)
    )
    assert boxes[0]["name"] == "id"


@pytest.mark.parametrize(("value", "expected"), [("none", ["Orphan"]), ("inactive", ["Left"])])
def test_the_report_filters_pages_without_an_active_owner(client, lead, section, value, expected):
    content_page(section, title="Orphan", content_owner=None)
    content_page(section, title="Left", content_owner=OwnerFactory(active=False))
    client.force_login(lead)
    assert _titles(_report(client, ownership=value)) == expected


def test_the_report_lists_pages_most_overdue_first(client, lead, pages):
    client.force_login(lead)
    titles = _titles(_report(client))
    assert titles[:2] == ["Two years", "Eight months"]
    assert set(titles) >= {"Recent", "Four months"}


def test_the_report_counts_pages_in_each_band(client, lead, pages):
    client.force_login(lead)
    html = BeautifulSoup(_report(client).content, "html.parser")
    counts = {
        link.get_text(" ", strip=True).split(" ", 1)[1]: int(link.strong.get_text())
        for link in html.select(".w-summary__list a")
    }
    # The home page and the two sections were published today, so are reviewed.
    assert counts == {
        "Reviewed within 3 months": 4,
        "Not reviewed in 3 months": 1,
        "Not reviewed in 6 months": 1,
        "Not reviewed in 12 months": 1,
        "Overdue against its own cycle": 2,
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"band": "not_in_3_months"}, ["Four months"]),
        ({"band": "not_in_12_months"}, ["Two years"]),
        ({"band": "overdue"}, ["Two years", "Eight months"]),
        ({"team": "Health", "band": "not_in_6_months"}, ["Eight months"]),
        ({"section": "education", "band": "not_in_3_months"}, ["Four months"]),
        ({"section": "education", "band": "overdue"}, []),
        ({"locale": "en-gb", "band": "not_in_12_months"}, ["Two years"]),
        ({"locale": "pl"}, []),
        ({"page_type": "standardpage", "band": "not_in_12_months"}, ["Two years"]),
        ({"page_type": "homepage"}, ["Help for children and young people with SEND in Anyshire"]),
    ],
)
def test_the_report_filters(client, lead, pages, params, expected):
    if "section" in params:
        params["section"] = Page.objects.get(slug=params["section"]).pk
    if "page_type" in params:
        params["page_type"] = ContentType.objects.get(model=params["page_type"]).pk
    client.force_login(lead)
    assert _titles(_report(client, **params)) == expected


def test_the_report_filters_by_owner(client, lead, pages, owner):
    client.force_login(lead)
    assert set(_titles(_report(client, owner=owner.pk))) == {
        "Education",
        "Recent",
        "Four months",
        HOME_TITLE,
    }


def test_an_unknown_filter_value_is_ignored_not_an_error(client, lead, pages):
    client.force_login(lead)
    response = _report(client, band="forever", owner="nobody")
    assert response.status_code == 200


def test_the_csv_export_has_a_dated_name_and_one_line_per_page(client, lead, pages):
    client.force_login(lead)

    response = _report(client, export="csv", band="overdue")

    assert response["Content-Disposition"] == 'attachment; filename="content-review-2026-04-15.csv"'
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["Page"] for row in rows] == ["Two years", "Eight months"]
    two_years = rows[0]
    assert two_years["Owner"] == "Tom Becker"
    assert two_years["Team"] == "Health"
    assert two_years["Review status"] == "Not reviewed in 12 months"
    assert two_years["Last reviewed"] == "2024-04-01"
    assert two_years["Type"] == "Standard page"
    assert two_years["Language"] == "en-gb"
    assert two_years["URL"] == "http://127.0.0.1:8000/health/two-years/"
    assert int(two_years["Days overdue"]) > 365


def test_the_xlsx_export_holds_the_same_rows(client, lead, pages):
    client.force_login(lead)

    response = _report(client, export="xlsx", band="overdue")

    assert 'filename="content-review-2026-04-15.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Page", "URL")
    assert [row[0] for row in rows[1:]] == ["Two years", "Eight months"]


def test_pages_that_feedback_asks_to_review_are_flagged(client, lead, pages):
    flagged_page = pages["recent"]

    def poorly_rated(statuses, threshold):
        assert threshold["min_positive_percent"] == 50
        return set(statuses.filter(page=flagged_page).values_list("page_id", flat=True))

    client.force_login(lead)
    with hooks.register_temporarily(HOOK_NAME, poorly_rated):
        response = _report(client, export="csv")

    rows = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    flagged = {row["Page"] for row in rows if row["Review requested by feedback"] == "Yes"}
    assert flagged == {"Recent"}


def test_a_translation_is_behind_when_its_source_changed_after_the_last_sync(
    client, lead, section, django_capture_on_commit_callbacks
):
    polish, _created = Locale.objects.get_or_create(language_code="pl")
    source, _created = TranslationSource.get_or_create_from_instance(section)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        Translation.objects.create(source=source, target_locale=polish).save_target(publish=True)
    polish_section = section.get_translation(polish)

    def behind():
        statuses = ReviewStatus.objects.with_translation_status()
        return statuses.get(page=polish_section).translation_behind_source

    assert not behind()
    with time_machine.travel(london(2026, 4, 16), tick=False):
        section.save_revision().publish()
    assert behind()
    assert (
        not ReviewStatus.objects.with_translation_status()
        .get(page=section)
        .translation_behind_source
    )
    with time_machine.travel(london(2026, 4, 17), tick=False):
        source.update_from_db()
    assert not behind()


def _many_pages(parent, count, first=0):
    owners = [OwnerFactory() for _ in range(5)]
    for number in range(first, first + count):
        content_page(
            parent,
            reviewed_at=london(2025, 1 + number % 12, 1),
            content_owner=owners[number % 5],
            title=f"Page {number}",
        )


# The page: session, user, permissions, count, the rows' keys (pages and directory records in
# one UNION), the rows, band counts (pages, records), trend, the filters' choices and the feedback
# app's flags. The export: session, user, permissions, count, keys, rows and feedback flags.
@pytest.mark.parametrize(("export", "pinned"), [(None, 21), ("csv", 10)])
def test_the_report_takes_the_same_number_of_queries_for_10_or_200_pages(
    client, lead, section, export, pinned, django_assert_max_num_queries
):
    client.force_login(lead)
    params = {"export": export} if export else {}

    def read_report():
        response = _report(client, **params)
        return b"".join(response.streaming_content) if export else response.content

    queries = []
    for first, count in ((0, 10), (10, 190)):
        _many_pages(section, count, first)
        read_report()  # fill the caches (locales, content types, site root paths)
        with django_assert_max_num_queries(pinned) as captured:
            content = read_report()
        queries.append(len(captured))
    assert queries[0] == queries[1]
    if export:
        assert len(content.decode().splitlines()) == 200 + 3  # a heading, home page and section
    else:
        assert len(BeautifulSoup(content, "html.parser").select("#listing-results tbody tr")) == 50
