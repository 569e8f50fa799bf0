"""The pages-by-languages report: each English page against each other language, translated and
current, behind its source since a date, or not translated; filters, exports, who sees it and
the number of queries it takes."""

import csv
import io

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import OwnerFactory, StandardPageFactory

from .factories import london

REPORT_URL = reverse("content_review:languages")
HOME_TITLE = "Help for children and young people with SEND in Anyshire"


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("pl", "ar", "ur")
    }


def _translate(page, locale, capture):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    with capture(execute=True):  # wagtail-localize publishes on commit
        Translation.objects.create(source=source, target_locale=locale).save_target(publish=True)


def _publish_on(page, moment):
    with time_machine.travel(moment, tick=False):
        page.save_revision().publish()


@pytest.fixture
def pages(section, locales, django_capture_on_commit_callbacks):
    """Under "Education" (not translated): a page translated into Polish and current, one
    translated and then changed twice, and one not translated."""
    with time_machine.travel(london(2026, 3, 1, 9), tick=False):
        section.save_revision().publish()  # before it is translated
        current = StandardPageFactory(parent=section, title="Current in Polish")
        behind = StandardPageFactory(parent=section, title="Behind in Polish")
        missing = StandardPageFactory(parent=section, title="Not translated")
        for page in (section, current, behind):
            _translate(page, locales["pl"], django_capture_on_commit_callbacks)
    _publish_on(behind, london(2026, 3, 10, 9))
    _publish_on(behind, london(2026, 3, 20, 9))
    return {"current": current, "behind": behind, "missing": missing}


def _table(response):
    """{page title: {column heading: cell text}}."""
    html = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in html.select("#listing-results thead th")]
    rows = (
        [td.get_text(" ", strip=True) for td in tr.select("td")]
        for tr in html.select("#listing-results tbody tr")
    )
    return {cells[0]: dict(zip(headings, cells, strict=True)) for cells in rows}


def _polish(locales):
    return locales["pl"].language_name_localized


def test_each_page_shows_each_language_current_behind_since_or_not_translated(
    client, lead, pages, locales
):
    client.force_login(lead)

    table = _table(client.get(REPORT_URL))

    polish, arabic = _polish(locales), locales["ar"].language_name_localized
    assert list(table) == [HOME_TITLE, "Education", *(p.title for p in pages.values())]
    assert table["Current in Polish"][polish].startswith("Translated and current")
    # Behind since the first publish after the translation was made, not the latest.
    assert table["Behind in Polish"][polish].startswith("Behind its source since 10 Mar 2026")
    assert table["Not translated"][polish].startswith("Not translated")
    assert all(row[arabic].startswith("Not translated") for row in table.values())


def test_cells_link_to_the_translation_or_to_translating_the_page(client, editor, pages):
    OwnerFactory(team="SEND team", email=editor.email)  # the editor is in the pages' team
    client.force_login(editor)

    html = BeautifulSoup(client.get(REPORT_URL, {"language": "pl"}).content, "html.parser")

    links = {
        tr.select_one("td.title a").get_text(strip=True): tr.select("td")[-1].a["href"]
        for tr in html.select("#listing-results tbody tr")
    }
    translation = pages["current"].get_translation(Locale.objects.get(language_code="pl"))
    assert links["Current in Polish"] == reverse("wagtailadmin_pages:edit", args=[translation.pk])
    assert links["Not translated"] == reverse(
        "wagtail_localize:submit_page_translation", args=[pages["missing"].pk]
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"state": "behind"}, ["Behind in Polish"]),
        # Translating a section translates the home page above it too.
        ({"state": "current", "language": "pl"}, [HOME_TITLE, "Education", "Current in Polish"]),
        ({"state": "current"}, []),  # nothing is in Arabic or Urdu
        ({"state": "missing", "language": "pl"}, ["Not translated"]),
        ({"language": "ar", "state": "behind"}, []),
    ],
)
def test_the_report_filters_by_state_in_one_or_any_language(client, lead, pages, params, expected):
    client.force_login(lead)
    assert list(_table(client.get(REPORT_URL, params))) == expected


def test_choosing_a_language_shows_only_its_column(client, lead, pages, locales):
    client.force_login(lead)
    table = _table(client.get(REPORT_URL, {"language": "ur"}))
    assert list(table["Education"]) == ["Page", "Owner", locales["ur"].language_name_localized]


def test_the_report_filters_by_owner_and_section(client, lead, pages, section, home_page):
    other = StandardPageFactory(parent=home_page, title="Health", content_owner=OwnerFactory())
    client.force_login(lead)
    assert list(_table(client.get(REPORT_URL, {"owner": other.content_owner_id}))) == ["Health"]
    assert list(_table(client.get(REPORT_URL, {"section": section.pk}))) == [
        "Education",
        *(page.title for page in pages.values()),
    ]


def test_a_bad_filter_value_is_ignored_not_an_error(client, lead, pages):
    client.force_login(lead)
    assert client.get(REPORT_URL, {"state": "ancient", "language": "xx"}).status_code == 200


def test_the_csv_export_names_each_languages_state(client, lead, pages, locales):
    client.force_login(lead)

    with time_machine.travel(london(2026, 4, 15, 9), tick=False):
        response = client.get(REPORT_URL, {"export": "csv"})

    assert 'filename="pages-and-languages-2026-04-15.csv"' in response["Content-Disposition"]
    rows = {
        row["Page"]: row
        for row in csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    }
    behind = rows["Behind in Polish"]
    assert behind[_polish(locales)] == "Behind its source"
    assert behind["Behind its source since"] == "2026-03-10"
    assert behind[locales["ar"].language_name_localized] == "Not translated"
    assert behind["URL"] == "http://127.0.0.1:8000/education/behind-in-polish/"
    assert rows["Current in Polish"]["Behind its source since"] == ""


def test_the_xlsx_export_has_the_same_rows(client, lead, pages):
    from openpyxl import load_workbook

    client.force_login(lead)
    response = client.get(REPORT_URL, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    titles = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert titles[0] == "Page"
    assert "Behind in Polish" in titles


def test_editors_see_only_their_own_and_their_teams_pages(client, editor, pages):
    client.force_login(editor)
    assert _table(client.get(REPORT_URL)) == {}


def test_the_leads_dashboard_links_to_the_report(client, lead, section):
    client.force_login(lead)
    assert REPORT_URL in client.get(reverse("wagtailadmin_home")).content.decode()


# Session, user, permissions, locales, count, rows (one annotation per language), translations
# of the rows shown, "behind since" of those behind, the filters' choices, the menu.
@pytest.mark.parametrize(("export", "pinned"), [(None, 22), ("csv", 12)])
def test_the_report_takes_the_same_number_of_queries_for_5_or_25_pages(
    client,
    lead,
    section,
    locales,
    export,
    pinned,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    client.force_login(lead)
    params = {"export": export} if export else {}

    def read_report():
        response = client.get(REPORT_URL, params)
        return b"".join(response.streaming_content) if export else response.content

    queries = []
    for count in (5, 20):
        for number in range(count):
            page = StandardPageFactory(parent=section, title=f"Page {count}-{number}")
            if number % 2:
                _translate(page, locales["pl"], django_capture_on_commit_callbacks)
                page.save_revision().publish()  # and behind
        read_report()  # fill the caches (locales, content types, site root paths)
        with django_assert_max_num_queries(pinned) as captured:
            read_report()
        queries.append(len(captured))
    assert queries[0] == queries[1]
