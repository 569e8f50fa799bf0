"""A service's page: what families need to decide, when it was last checked, and "Is this
information right? Tell us", which goes to the record's owner."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from tests.factories import OwnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def autism_group(finder):
    page, services = finder
    service = services["autism"]
    service.owner = OwnerFactory(email="keeper@anyshire.example")
    service.save_revision().publish()
    return page, service


def service_url(page, service):
    return page.url + page.reverse_subpage("service", args=[service.oruk_id])


def report_url(page, service):
    return page.url + page.reverse_subpage("report", args=[service.oruk_id])


def test_shows_the_service_and_when_it_was_last_checked(client, autism_group):
    page, service = autism_group
    response = client.get(service_url(page, service))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Autism Family Group"
    checked = soup.select_one(".service-last-checked time")
    assert checked["datetime"] == f"{service.last_checked_at:%Y-%m-%d}"
    assert "Anyford Family Hub" in soup.get_text()


def test_drafts_have_no_page(client, finder):
    page, services = finder
    assert client.get(service_url(page, services["draft"])).status_code == 404


def test_publishing_is_checking(autism_group):
    _page, service = autism_group
    before = service.last_checked_at
    service.save_revision().publish()
    service.refresh_from_db()
    assert service.last_checked_at > before


def test_a_report_goes_to_the_owner_without_personal_details(client, autism_group):
    page, service = autism_group
    response = client.post(
        report_url(page, service),
        {"what": "It moved to Fridays. Call me on 07700 900123 or jo@example.com"},
    )
    assert response.status_code == 303
    assert response["Location"].endswith("?reported=1#report-thanks")
    [email] = mail.outbox
    assert email.to == ["keeper@anyshire.example"]
    assert "It moved to Fridays." in email.body
    assert "07700" not in email.body
    assert "jo@example.com" not in email.body
    thanks = client.get(response["Location"])
    assert "Thank you for telling us" in thanks.content.decode()


def test_a_double_click_sends_one_email(client, autism_group):
    page, service = autism_group
    for _ in range(2):
        client.post(report_url(page, service), {"what": "The phone number is wrong."})
    assert len(mail.outbox) == 1


def test_an_empty_report_is_a_clear_message(client, autism_group):
    page, service = autism_group
    response = client.post(report_url(page, service), {"what": "  "})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".error-summary a")["href"] == "#id_what"
    assert not mail.outbox


def test_bots_are_thanked_and_ignored(client, autism_group):
    page, service = autism_group
    response = client.post(
        report_url(page, service), {"what": "Buy now", "website": "http://spam.example"}
    )
    assert response.status_code == 303
    assert not mail.outbox


def test_reports_are_rate_limited_like_page_feedback(client, autism_group, settings):
    page, service = autism_group
    settings.FEEDBACK_RATE_LIMIT = {"requests": 2, "seconds": 600}
    statuses = [
        client.post(report_url(page, service), {"what": f"Change {n}"}).status_code
        for n in range(3)
    ]
    assert statuses == [303, 303, 429]
    assert len(mail.outbox) == 2


def test_without_an_owner_the_leads_hear(client, finder, settings):
    page, services = finder
    settings.CONTENT_REVIEW_LEADS_EMAIL = "leads@anyshire.example"
    client.post(report_url(page, services["club"]), {"what": "It costs more now."})
    assert mail.outbox[0].to == ["leads@anyshire.example"]


def test_a_get_of_the_report_address_goes_to_the_service(client, autism_group):
    page, service = autism_group
    response = client.get(report_url(page, service))
    assert response.status_code == 303
    assert response["Location"] == service_url(page, service)


def test_each_check_sets_the_next_and_overdue_records_are_found(autism_group):
    import datetime

    from localoffer.directory.models import Service

    _page, service = autism_group
    service.refresh_from_db()
    assert service.next_check_due > service.last_checked_at.date()
    assert not Service.objects.overdue_for_check().filter(pk=service.pk).exists()
    later = service.next_check_due + datetime.timedelta(days=1)
    assert Service.objects.overdue_for_check(later).filter(pk=service.pk).exists()
