"""What editors and leads see: dashboard panels (families' review line: test_review_line.py)."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse

from localoffer.content_review.links import mark_reviewed_url
from tests.factories import OwnerFactory

from .factories import content_page, london


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(london(2026, 4, 15, 9), tick=False):
        yield


def _dashboard(client, user):
    client.force_login(user)
    return BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")


@pytest.fixture
def editors_pages(section, editor):
    mine = OwnerFactory(name="The editor", email=editor.email.upper())  # emails match in any case
    theirs = OwnerFactory()
    due = datetime.date(2026, 4, 20)
    return {
        "mine due": content_page(section, due=due, content_owner=mine, title="My due page"),
        "mine later": content_page(
            section, due=datetime.date(2026, 9, 1), content_owner=mine, title="My later page"
        ),
        "theirs due": content_page(section, due=due, content_owner=theirs, title="Their page"),
    }


def test_editors_see_their_own_pages_due_for_review(client, editor, editors_pages):
    html = _dashboard(client, editor)

    panel = html.find(id="content-review-due-section")
    rows = [a.get_text(strip=True) for a in panel.select("tbody td.title a")]
    assert rows == ["My due page"]
    mark_link = panel.find("a", string=lambda text: text and "Mark these as reviewed" in text)
    expected = mark_reviewed_url(
        [editors_pages["mine due"].pk], next_url=reverse("wagtailadmin_home")
    )
    assert mark_link["href"] == expected


def test_an_editor_who_owns_nothing_due_sees_no_review_panel(client, editor, section):
    assert _dashboard(client, editor).find(id="content-review-due-section") is None


def test_only_leads_see_the_band_counts(client, editor, lead, section):
    assert _dashboard(client, editor).find(id="content-review-bands-section") is None
    panel = _dashboard(client, lead).find(id="content-review-bands-section")
    links = {a.get_text(" ", strip=True): a["href"] for a in panel.select(".w-summary__list a")}
    assert links["2 Reviewed within 3 months"] == (
        reverse("content_review:report") + "?band=within_3_months"
    )


def test_the_check_warns_when_reminders_have_no_leads_address(settings):
    settings.CONTENT_REVIEW_REMINDERS = True
    settings.CONTENT_REVIEW_LEADS_EMAIL = ""
    with pytest.raises(SystemCheckError, match=r"content_review\.W001"):
        call_command("check", fail_level="WARNING")
    settings.CONTENT_REVIEW_LEADS_EMAIL = "leads@anyshire.example"
    call_command("check", fail_level="WARNING")
