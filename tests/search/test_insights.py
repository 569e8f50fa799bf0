"""Search insights are daily counts per search term: no single search, IP address or cookie."""

import datetime

import pytest
import time_machine
from wagtail.models import Locale, Page

from search.insights import Grouping, TermSelection, search_term
from search.models import SearchTermCount

pytestmark = pytest.mark.django_db


def test_terms_are_counted_lower_case_without_personal_details():
    assert search_term("  EHCP   for Jo  ") == "ehcp for jo"
    assert search_term("call me 07700 900123 jo@example.com SW1A 1AA") == (
        "call me [phone number removed] [email removed] [postcode removed]"
    )
    assert search_term("12 High Street") == "[address removed]"


def counts():
    return list(
        SearchTermCount.objects.values_list(
            "locale__language_code", "term", "searches", "no_results", "opens"
        ).order_by("term")
    )


def test_each_typed_search_is_counted_once_with_whether_it_found_anything(guidance, client):
    guidance("Short breaks", "Time off for families.")

    client.get("/search/", {"q": "Short breaks"})
    client.get("/search/", {"q": "short  BREAKS"})
    client.get("/search/", {"q": "short breaks", "page": "2"})
    client.get("/search/", {"q": "short breaks", "type": "general"})
    client.get("/search/", {"q": "zebra crossing"})
    client.get("/search/", {"q": ""})

    assert counts() == [
        ("en-gb", "short breaks", 2, 0, 0),
        ("en-gb", "zebra crossing", 1, 1, 0),
    ]


def test_searching_sets_no_cookie(guidance, client):
    response = client.get("/search/", {"q": "short breaks"})
    assert not response.cookies
    assert not client.session.keys()


def open_result(client, page_id, query="short breaks", prefix=""):
    return client.get(f"{prefix}/search/open/", {"q": query, "page": page_id})


def test_opening_a_result_counts_it_and_goes_to_the_page(guidance, client):
    page = guidance("Short breaks", "Time off for families.")
    client.get("/search/", {"q": "short breaks"})

    response = open_result(client, page.pk, query="Short Breaks")

    assert response.status_code == 302
    assert response["Location"] == page.url
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies
    assert counts() == [("en-gb", "short breaks", 1, 0, 1)]


def test_an_open_for_a_term_nobody_searched_today_adds_nothing(guidance, client):
    page = guidance("Short breaks", "Time off for families.")
    response = open_result(client, page.pk, query="spam spam spam")
    assert response.status_code == 302
    assert counts() == []


def test_an_open_in_another_language_counts_for_that_language(guidance, client):
    page = guidance("Short breaks", "Time off for families.")
    SearchTermCount.objects.record_search(
        "short breaks", Locale.objects.get_or_create(language_code="pl")[0], found=True
    )
    open_result(client, page.pk, prefix="/pl")
    assert counts() == [("pl", "short breaks", 1, 0, 1)]


@pytest.mark.parametrize(
    ("page_id", "status"),
    [("", 400), ("abc", 400), ("//evil.example", 400), ("-1", 400), (str(2**63), 400)],
)
def test_a_broken_open_link_is_a_clear_bad_request(client, page_id, status):
    response = open_result(client, page_id)
    assert response.status_code == status
    assert "does not name a page" in response.content.decode()


def test_only_live_public_pages_can_be_opened(guidance, client, home_page):
    unpublished = guidance("Unpublished", "Not any more.")
    unpublished.unpublish()
    root = Page.get_first_root_node()  # live, but not a page of the site
    client.get("/search/", {"q": "short breaks"})

    assert open_result(client, unpublished.pk).status_code == 404
    assert open_result(client, 999_999).status_code == 404
    assert open_result(client, root.pk).status_code == 404
    assert counts() == [("en-gb", "short breaks", 1, 1, 0)]


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en-gb")


def add_counts(locale, day, term, searches, no_results=0, opens=0):
    SearchTermCount.objects.create(
        date=day, locale=locale, term=term, searches=searches, no_results=no_results, opens=opens
    )


def test_counts_add_up_by_week_and_month(english):
    add_counts(english, datetime.date(2025, 3, 3), "ehcp", 2, opens=1)  # a Monday
    add_counts(english, datetime.date(2025, 3, 9), "ehcp", 3, no_results=1)  # that Sunday
    add_counts(english, datetime.date(2025, 3, 10), "ehcp", 4)  # the next Monday

    weeks = SearchTermCount.objects.summarised(Grouping.WEEK).order_by("period")
    months = SearchTermCount.objects.summarised(Grouping.MONTH)

    assert [
        (row["period"], row["searched"], row["found_nothing"], row["opened"]) for row in weeks
    ] == [
        (datetime.date(2025, 3, 3), 5, 1, 1),
        (datetime.date(2025, 3, 10), 4, 0, 0),
    ]
    assert [(row["period"], row["searched"]) for row in months] == [(datetime.date(2025, 3, 1), 9)]


def test_content_gaps_and_results_nobody_opened(english):
    day = datetime.date(2025, 3, 3)
    add_counts(english, day, "found and opened", 3, opens=2)
    add_counts(english, day, "found nothing", 2, no_results=2)
    add_counts(english, day, "found but not opened", 2, no_results=1)

    def terms(selection):
        rows = SearchTermCount.objects.summarised(Grouping.DAY).selecting(selection)
        return sorted(row["term"] for row in rows)

    assert terms(TermSelection.ALL) == ["found and opened", "found but not opened", "found nothing"]
    assert terms(TermSelection.NO_RESULTS) == ["found but not opened", "found nothing"]
    assert terms(TermSelection.NOT_OPENED) == ["found but not opened"]


@time_machine.travel(datetime.datetime(2025, 3, 30, 23, 30, tzinfo=datetime.UTC))
def test_a_search_counts_on_the_local_day(english):
    SearchTermCount.objects.record_search("ehcp", english, found=True)  # 00:30 in London (BST)
    assert SearchTermCount.objects.get().date == datetime.date(2025, 3, 31)
