"""Services in the content review report and the owners' reminders, beside the pages: their
band, owner and a link to edit them, the report's filters, exports and counts, and the digests
and escalations of `send_review_reminders`."""

import csv
import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from localoffer.content_review.models import BandSnapshot, ReviewReminder
from localoffer.directory.models import Service
from tests.content_review.factories import content_page, london
from tests.factories import OwnerFactory

from .factories import ServiceFactory

REPORT_URL = reverse("content_review:report")
TODAY = datetime.date(2026, 4, 15)


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(london(2026, 4, 15, 9), tick=False):
        yield


@pytest.fixture
def owners(db):
    return {
        "priya": OwnerFactory(
            name="Priya Natarajan", team="SEND team", email="priya@anyshire.example"
        ),
        "tom": OwnerFactory(name="Tom Becker", team="Health", email="tom@anyshire.example"),
    }


def checked(service, checked_at, due):
    """Backdate a service's last check and set when the next falls due."""
    Service.objects.filter(pk=service.pk).update(last_checked_at=checked_at, next_check_due=due)
    return service


@pytest.fixture
def records(home_page, owners):
    """A page and two services of Priya's (one overdue, 8 months unchecked), a service of Tom's
    checked last month, and a draft service (never in the report)."""
    home_page.content_owner = owners["priya"]
    home_page.save_revision().publish()
    page = content_page(
        home_page,
        reviewed_at=london(2026, 3, 1),
        content_owner=owners["priya"],
        title="Short breaks",
    )
    return {
        "page": page,
        "overdue": checked(
            ServiceFactory(name="Overdue Club", owner=owners["priya"]),
            london(2025, 8, 1),
            datetime.date(2026, 2, 1),
        ),
        "fine": checked(
            ServiceFactory(name="Fine Group", owner=owners["priya"]),
            london(2026, 3, 10),
            datetime.date(2026, 9, 10),
        ),
        "toms": checked(
            ServiceFactory(name="Toms Clinic", owner=owners["tom"]),
            london(2026, 3, 20),
            datetime.date(2026, 9, 20),
        ),
        "draft": ServiceFactory(name="Draft Service", owner=owners["priya"], publish=False),
    }


def rows(response):
    html = BeautifulSoup(response.content, "html.parser")
    return {
        row.select_one("td.title a").get_text(strip=True): row
        for row in html.select("#listing-results tbody tr")
    }


def test_services_are_in_the_report_with_the_pages(client, lead, records):
    client.force_login(lead)
    found = rows(client.get(REPORT_URL))
    assert {"Short breaks", "Overdue Club", "Fine Group", "Toms Clinic"} <= set(found)
    assert "Draft Service" not in found
    overdue = found["Overdue Club"]
    edit = reverse("wagtailsnippets_directory_service:edit", args=[records["overdue"].pk])
    assert overdue.select_one("td.title a")["href"] == edit
    text = overdue.get_text(" ", strip=True)
    assert "Priya Natarajan" in text
    assert "Not reviewed in 6 months" in text
    assert "Service" in text
    # Most overdue first: the service fell due before any page.
    assert next(iter(found)) == "Overdue Club"
    # Services are checked by publishing them, not by "Mark as reviewed".
    assert overdue.select_one("input[type=checkbox]") is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"band": "not_in_6_months"}, {"Overdue Club"}),
        ({"band": "overdue"}, {"Overdue Club"}),
        ({"band": "within_3_months"}, {"Short breaks", "Fine Group", "Toms Clinic"}),
        ({"team": "Health"}, {"Toms Clinic"}),
        ({"ownership": "none"}, set()),
    ],
)
def test_the_filters_apply_to_services(client, lead, records, params, expected):
    client.force_login(lead)
    found = set(rows(client.get(REPORT_URL, params))) - {
        "Help for children and young people with SEND in Anyshire"
    }
    assert found == expected


def test_the_owner_filter_applies_to_services(client, lead, records, owners):
    client.force_login(lead)
    found = set(rows(client.get(REPORT_URL, {"owner": owners["tom"].pk})))
    assert found == {"Toms Clinic"}


def test_a_filter_only_pages_meet_leaves_services_out(client, lead, records):
    client.force_login(lead)
    found = set(rows(client.get(REPORT_URL, {"locale": "en-gb"})))
    assert "Short breaks" in found
    assert not found & {"Overdue Club", "Fine Group", "Toms Clinic"}


def test_editors_see_their_own_and_their_teams_services(client, editor, records):
    OwnerFactory(name="Editor", team="Health", email=editor.email)
    client.force_login(editor)
    assert set(rows(client.get(REPORT_URL))) == {"Toms Clinic"}


def test_the_band_counts_count_services(client, lead, records):
    client.force_login(lead)
    html = BeautifulSoup(client.get(REPORT_URL).content, "html.parser")
    overdue_link = html.select_one('a[href$="band=overdue"]')
    # The overdue service; the pages are within their cycle.
    assert "1" in overdue_link.get_text(" ", strip=True)


def test_the_export_has_a_line_per_service(client, lead, records):
    client.force_login(lead)
    response = client.get(REPORT_URL, {"export": "csv"})
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_title = {line[0]: line for line in lines[1:]}
    overdue = by_title["Overdue Club"]
    assert overdue[1].endswith(f"/find-a-service/{records['overdue'].oruk_id}/") or overdue[1] == ""
    assert "Priya Natarajan" in overdue


def test_sorting_by_title_mixes_pages_and_services(client, lead, records):
    client.force_login(lead)
    titles = list(rows(client.get(REPORT_URL, {"ordering": "page__title"})))
    assert titles == sorted(titles)


@pytest.fixture
def reminders_on(settings):
    settings.CONTENT_REVIEW_REMINDERS = True
    settings.CONTENT_REVIEW_LEADS_EMAIL = "leads@anyshire.example"


def run_reminders():
    output = io.StringIO()
    with time_machine.travel(london(2026, 4, 15, 7), tick=False):
        call_command("send_review_reminders", stdout=output)
    return output.getvalue()


def test_an_overdue_service_is_in_its_owners_digest(reminders_on, records, owners):
    run_reminders()
    digests = [message for message in mail.outbox if message.to == [owners["priya"].email]]
    assert len(digests) == 1
    body = digests[0].body
    assert "Overdue Club" in body
    assert "Fine Group" not in body
    edit = reverse("wagtailsnippets_directory_service:edit", args=[records["overdue"].pk])
    assert edit in body
    assert "checked when it is published" in body
    reminder = ReviewReminder.objects.get(record=f"service:{records['overdue'].pk}")
    assert (reminder.owner, reminder.page_id) == (owners["priya"], None)
    # The same day again: nothing new.
    mail.outbox.clear()
    run_reminders()
    assert mail.outbox == []


def test_a_service_unchecked_for_12_months_goes_to_the_leads(reminders_on, records, owners):
    checked(records["toms"], london(2025, 3, 1), datetime.date(2025, 9, 1))
    run_reminders()
    to_leads = [message for message in mail.outbox if "leads@anyshire.example" in message.to]
    assert any("Toms Clinic" in message.body for message in to_leads)


def test_a_service_nobody_owns_goes_to_the_leads(reminders_on, records):
    Service.objects.filter(pk=records["fine"].pk).update(owner=None)
    run_reminders()
    to_leads = [message for message in mail.outbox if "leads@anyshire.example" in message.to]
    assert any("Fine Group" in message.body for message in to_leads)


def test_the_daily_band_counts_count_services(reminders_on, records):
    run_reminders()
    snapshot = BandSnapshot.objects.get(taken_on=TODAY)
    assert snapshot.overdue == 1
    assert snapshot.not_in_6_months == 1


def test_the_report_takes_the_same_number_of_queries_for_50_or_110_services(
    client, lead, records, owners, django_assert_max_num_queries
):
    client.force_login(lead)
    queries = []
    for count in (50, 60):
        for _ in range(count):
            checked(
                ServiceFactory(owner=owners["tom"]), london(2025, 1, 1), datetime.date(2025, 7, 1)
            )
        client.get(REPORT_URL)  # fill the caches (locales, content types, site root paths)
        with django_assert_max_num_queries(24) as captured:
            assert len(rows(client.get(REPORT_URL))) == 50
        queries.append(len(captured))
    assert queries[0] == queries[1]
