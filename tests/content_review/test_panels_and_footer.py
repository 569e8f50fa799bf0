"""What editors and leads see: dashboard panels (families' review line: test_review_line.py)."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse
from wagtail import hooks

from localoffer.content_review.feedback_flags import HOOK_NAME
from localoffer.content_review.links import mark_reviewed_url
from tests.factories import OwnerFactory

from .factories import content_page, london

# A lead's dashboard: Wagtail's own panels and ours (bands, and the pages that need leads).
DASHBOARD_QUERIES = 40


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


def test_moderators_also_see_their_teams_pages_due(client, moderator, editor, editors_pages):
    OwnerFactory(name="The moderator", email=moderator.email)  # in the same team, "SEND team"

    panel = _dashboard(client, moderator).find(id="content-review-team-due-section")

    rows = [a.get_text(strip=True) for a in panel.select("tbody td.title a")]
    assert rows == ["My due page", "Their page"]  # the editor's and the other owner's
    assert _dashboard(client, editor).find(id="content-review-team-due-section") is None


def test_leads_see_pages_flagged_by_families_and_pages_without_an_active_owner(
    client, lead, editor, section, django_assert_max_num_queries
):
    content_page(section, title="Orphan", content_owner=None)
    content_page(section, title="Left", content_owner=OwnerFactory(active=False))
    flagged = content_page(section, title="Confusing page")

    def flag(statuses, threshold):
        return {flagged.pk}

    with hooks.register_temporarily(HOOK_NAME, flag):
        _dashboard(client, lead)  # fill Wagtail's caches
        with django_assert_max_num_queries(DASHBOARD_QUERIES):
            html = _dashboard(client, lead)
        assert _dashboard(client, editor).find(id="content-review-needs-leads-section") is None

    panel = html.find(id="content-review-needs-leads-section")
    assert [a.get_text(strip=True) for a in panel.select("ul")[0].select("a")] == ["Confusing page"]
    links = {a.get_text(" ", strip=True): a["href"] for a in panel.select("ul")[1].select("a")}
    report = reverse("content_review:report")
    assert links == {
        "No owner: 1": f"{report}?ownership=none",
        "Owner inactive: 1": f"{report}?ownership=inactive",
    }


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
