"""Quality beside freshness: each English page's reading level, measured when it is published,
and its latest accessibility check, in the review report and its exports."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from home.models import StandardPage
from localoffer.accessibility.models import AccessibilityCheck
from localoffer.content_review import reading_level
from tests.factories import StandardPageFactory

from .factories import london, status_of

REPORT_URL = reverse("content_review:report")
TODAY = london(2026, 4, 15, 9)

PLAIN = (
    "You can ask for help. We will call you back. The school can help too. Ask your teacher. "
    "Tell us what your child needs. We will find the right person. It is free. You do not need "
    "a letter. Come to a drop-in on a Monday. Bring your child if you like. We have toys. "
)
HARD = (
    "Notwithstanding the statutory requirements incumbent upon the local authority, "
    "determinations regarding eligibility for educational, health and care provision are "
    "undertaken following comprehensive multidisciplinary consultation with relevant "
    "professionals, including educational psychologists, paediatricians and specialist "
    "practitioners, whose contributions are subsequently synthesised into recommendations. "
) * 2


def _body(text):
    return [{"type": "text", "value": f"<p>{text}</p>"}]


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.mark.parametrize(
    ("grade", "age"),
    [(None, None), (Decimal("4.4"), 9), (Decimal("4.5"), 10), (Decimal("-3.2"), 5), (12, 17)],
)
def test_a_grade_is_a_reading_age_five_years_on(grade, age):
    assert reading_level.reading_age(grade) == age


def test_each_paragraph_heading_and_list_item_is_a_sentence(db):
    page = StandardPage(
        summary="What help there is",
        body=[
            {"type": "text", "value": "<h2>Who can help</h2><ul><li>Your GP</li><li>A SENCO.</li>"},
        ],
    )
    assert reading_level.page_text(page) == "What help there is. Who can help. Your GP. A SENCO."


def test_publishing_an_english_page_stores_its_reading_level(section):
    page = StandardPageFactory(parent=section, body=_body(PLAIN))
    plain = status_of(page).reading_grade
    assert plain is not None
    assert reading_level.reading_age(plain) <= reading_level.PLAIN_ENGLISH_READING_AGE

    page.body = _body(HARD)
    page.save_revision().publish()

    hard = status_of(page).reading_age
    assert hard > reading_level.PLAIN_ENGLISH_READING_AGE + 5


def test_saving_a_draft_keeps_the_published_pages_reading_level(section):
    page = StandardPageFactory(parent=section, body=_body(PLAIN))
    grade = status_of(page).reading_grade
    page.body = _body(HARD)
    page.save_revision()
    assert status_of(page).reading_grade == grade


def test_short_pages_and_other_languages_have_no_reading_level(section):
    short = StandardPageFactory(parent=section)  # a sentence: too few words to measure
    assert status_of(short).reading_grade is None
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    page = StandardPageFactory(parent=section, body=_body(PLAIN))
    translation = page.copy_for_translation(polish, copy_parents=True)
    translation.save_revision().publish()
    assert status_of(translation).reading_grade is None


@pytest.fixture
def checked_pages(section):
    """A hard page whose last check found a problem (an earlier one found three), a plain page
    with no problems, and a plain page never checked."""
    hard = StandardPageFactory(parent=section, title="Hard", body=_body(HARD))
    plain = StandardPageFactory(parent=section, title="Plain", body=_body(PLAIN))
    StandardPageFactory(parent=section, title="Unchecked", body=_body(PLAIN))
    for page, width, problems, days_ago in [
        (hard, 320, 3, 7),
        (hard, 1280, 2, 7),
        (hard, 320, 1, 1),
        (hard, 1280, 0, 1),
        (plain, 320, 0, 1),
        (plain, 1280, 0, 1),
    ]:
        AccessibilityCheck.objects.create(
            page=page,
            url=page.full_url,
            language_code="en-gb",
            width=width,
            violation_count=problems,
            checked_at=TODAY - datetime.timedelta(days=days_ago),
            axe_version="4.10.0",
        )
    return hard, plain


def _rows(response):
    """{page title: {column heading: cell text}} of the report's rows."""
    html = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in html.select("#listing-results thead th")]
    rows = {}
    for tr in html.select("#listing-results tbody tr"):
        cells = [td.get_text(" ", strip=True) for td in tr.select("td")]
        row = dict(zip(headings, cells, strict=True))
        rows[row["Page"]] = row
    return rows


def test_the_report_shows_reading_age_and_the_latest_accessibility_check(
    client, lead, checked_pages
):
    client.force_login(lead)

    rows = _rows(client.get(REPORT_URL))

    assert rows["Hard"]["Accessibility"] == "1 problem"
    assert rows["Plain"]["Accessibility"] == "No problems"
    assert rows["Unchecked"]["Accessibility"] == "Not checked"
    assert int(rows["Hard"]["Reading age"]) > 9
    assert int(rows["Plain"]["Reading age"]) <= 9
    assert rows["Education"]["Reading age"] == ""  # too short to measure


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"accessibility": "problems"}, ["Hard"]),
        ({"accessibility": "no_problems"}, ["Plain"]),
        ({"reading": "above_target"}, ["Hard"]),
        ({"reading": "within_target"}, ["Plain", "Unchecked"]),
    ],
)
def test_the_report_filters_by_quality(client, lead, checked_pages, params, expected):
    client.force_login(lead)
    response = client.get(REPORT_URL, params)
    assert response.status_code == 200
    assert sorted(_rows(response)) == sorted(expected)


@pytest.mark.parametrize("ordering", ["-reading_grade", "-accessibility_problems"])
def test_the_report_sorts_the_hardest_and_least_accessible_first(
    client, lead, checked_pages, ordering
):
    client.force_login(lead)
    assert next(iter(_rows(client.get(REPORT_URL, {"ordering": ordering})))) == "Hard"


def test_not_checked_lists_every_page_without_a_check(client, lead, checked_pages):
    client.force_login(lead)
    titles = set(_rows(client.get(REPORT_URL, {"accessibility": "not_checked"})))
    assert "Unchecked" in titles
    assert not titles & {"Hard", "Plain"}


def test_the_export_has_reading_level_and_accessibility(client, lead, checked_pages):
    hard, _plain = checked_pages
    client.force_login(lead)

    response = client.get(REPORT_URL, {"export": "csv"})

    rows = {
        row["Page"]: row
        for row in csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    }
    assert rows["Hard"]["Accessibility problems"] == "1"
    assert rows["Hard"]["Accessibility checked"] == "2026-04-14"
    assert Decimal(rows["Hard"]["Flesch-Kincaid grade"]) == status_of(hard).reading_grade
    assert int(rows["Hard"]["Reading age"]) == status_of(hard).reading_age
    assert rows["Unchecked"]["Accessibility problems"] == ""
    assert rows["Education"]["Reading age"] == ""
