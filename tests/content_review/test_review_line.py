"""What families see of content review: on every content page, when it was last reviewed, when it
is next due and the team that keeps it true; and on a page overdue by more than its own review
cycle, a notice that it is being checked and how to confirm the details."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from wagtail.models import Locale

from localoffer.content_review.models import ReviewCycle, ReviewStatus
from localoffer.translation.translate import translate_page
from tests.factories import OwnerFactory
from tests.pathways.factories import PathwayIndexPageFactory, PathwayPageFactory, step

from .factories import content_page, london

pytestmark = pytest.mark.django_db

TODAY = london(2026, 4, 15, 9)


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(TODAY, tick=False):
        yield


def _soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _review_line(soup):
    """{label: (text, datetime attribute or None)} of the page's review line."""
    return {
        row.dt.get_text(strip=True): (
            row.dd.get_text(strip=True),
            row.dd.time["datetime"] if row.dd.time else None,
        )
        for row in soup.select(".page-review > div")
    }


def test_families_see_when_a_page_was_reviewed_when_it_is_next_due_and_who_keeps_it(
    client, section
):
    owner = OwnerFactory(team="Short Breaks Team")
    page = content_page(
        section, reviewed_at=london(2026, 3, 3, 23, 30), title="Short breaks", content_owner=owner
    )
    due = ReviewStatus.objects.get(page=page).next_review_due

    line = _review_line(_soup(client, page))

    assert line == {
        "Last reviewed": ("3 March 2026", "2026-03-03"),
        "Next review due": (f"{due.day} {due:%B %Y}", due.isoformat()),
        "Kept up to date by": ("Short Breaks Team", None),
    }
    assert due > datetime.date(2026, 8, 1)  # the page's 6-month cycle, less the spread


def test_a_page_without_an_owner_leaves_the_team_out(client, section):
    page = content_page(section, title="Short breaks", content_owner=None)

    assert list(_review_line(_soup(client, page))) == ["Last reviewed", "Next review due"]


def test_a_page_never_reviewed_shows_no_dates(client, section):
    page = content_page(section, title="Short breaks")
    ReviewStatus.objects.filter(page=page).delete()

    soup = _soup(client, page)

    assert soup.select(".page-review") == []
    assert "Last reviewed" not in soup.get_text()


def test_the_review_line_costs_one_query(section, django_assert_num_queries):
    with django_assert_num_queries(1):
        html = render_to_string("content_review/last_reviewed.html", {"page": section})
        html += render_to_string("content_review/being_checked.html", {"page": section})
    assert ">15 April 2026</time>" in html
    assert "SEND team" in html  # the section's owner's team, from the same query


@pytest.mark.parametrize(
    ("due", "being_checked"),
    [
        (datetime.date(2026, 4, 14), False),  # due yesterday: the owner is reminded, not families
        (datetime.date(2025, 10, 15), False),  # overdue by exactly its 6-month cycle
        (datetime.date(2025, 10, 14), True),  # overdue by more than its cycle
    ],
)
def test_a_page_overdue_by_more_than_its_cycle_says_it_is_being_checked(
    client, section, due, being_checked
):
    page = content_page(section, title="Short breaks", due=due)

    notice = _soup(client, page).select_one(".page-being-checked")

    assert bool(notice) is being_checked
    if being_checked:
        assert notice.h2.get_text(strip=True) == "We are checking this page"
        assert notice.find("a", href="mailto:send@anyshire.example")
        assert "01234 567890" in notice.get_text()


def test_the_notice_follows_the_pages_own_cycle(client, home_page):
    # A pathway is reviewed every 3 months: 4 months overdue is more than its cycle.
    pathway = PathwayPageFactory(
        parent=PathwayIndexPageFactory(parent=home_page), steps=[step("Ask the school")]
    )
    ReviewStatus.objects.filter(page=pathway).update(next_review_due=datetime.date(2025, 12, 14))

    assert pathway.review_cycle == ReviewCycle.QUARTERLY
    assert _soup(client, pathway).select_one(".page-being-checked")


def test_the_review_line_and_notice_are_in_the_familys_language(client, home_page, section):
    polish_locale = Locale.objects.get(language_code="pl")
    translate_page(home_page, polish_locale, {})
    polish = translate_page(section, polish_locale, {})
    ReviewStatus.objects.filter(page=polish).update(next_review_due=datetime.date(2025, 1, 1))

    soup = _soup(client, polish)

    assert list(_review_line(soup)) == [
        "Ostatni przegląd",
        "Termin następnego przeglądu",
        "Za aktualność odpowiada",
    ]
    assert soup.select_one(".page-review dd[lang]")["lang"] == "en-GB"  # the team's own words
    assert soup.select_one(".page-being-checked h2").get_text(strip=True) == "Sprawdzamy tę stronę"
