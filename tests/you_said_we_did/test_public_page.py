"""The public "You said, we did" page: only published entries, newest first, filterable by topic
and year, with their status in words and their dates; never a family's raw comment."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from feedback.models import YouSaidWeDidChangedPage, YouSaidWeDidPage
from feedback.you_said_we_did.choices import EntryStatus, EntryTopic
from tests.factories import StandardPageFactory
from tests.you_said_we_did.conftest import RAW_COMMENT
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return [heading.get_text(strip=True) for heading in html.select(".yswd-entry h2")]


def test_only_published_entries_are_shown(client, yswd_page):
    EntryFactory(title="Published")
    EntryFactory(title="Draft", publish=False)
    unpublished = EntryFactory(title="Unpublished")
    unpublished.unpublish()
    changed = EntryFactory(title="Live version")
    draft = changed.get_latest_revision_as_object()
    draft.title = "Draft changes"
    draft.save_revision()

    # The same day: the one added last comes first.
    assert titles(soup(client.get(yswd_page.url))) == ["Live version", "Published"]


def test_a_raw_comment_never_appears_on_the_page(client, yswd_page, raw_comment):
    EntryFactory(
        title="Forms that crash",
        comments=[raw_comment],
        approved_quotation=RAW_COMMENT,  # written, but not approved
    )
    html = client.get(yswd_page.url).content.decode()
    assert "Forms that crash" in html
    assert RAW_COMMENT not in html
    assert "7731" not in html


def test_an_approved_quotation_is_shown(client, yswd_page):
    EntryFactory(approved_quotation="Too many words.", quotation_approved=True)
    quote = soup(client.get(yswd_page.url)).select_one(".yswd-quote")
    assert "Too many words." in quote.get_text()


def test_each_entry_shows_its_status_in_words_and_its_dates(client, yswd_page):
    EntryFactory(
        status=EntryStatus.NOT_POSSIBLE,
        we_did="We do not have the money for videos.",
        received_on=datetime.date(2025, 2, 3),
        resolved_on=datetime.date(2025, 3, 4),
    )
    entry = soup(client.get(yswd_page.url)).select_one(".yswd-entry")
    assert entry.select_one(".yswd-status").get_text(strip=True) == "We cannot do this"
    dates = {
        time.find_parent("div").dt.get_text(strip=True): (time["datetime"], time.get_text())
        for time in entry.select("time")
    }
    assert dates == {
        "We heard this on": ("2025-02-03", "3 February 2025"),
        "Decided on": ("2025-03-04", "4 March 2025"),
    }
    assert "Why we cannot do this" in entry.get_text()


def test_newest_first(client, yswd_page):
    EntryFactory(title="January", received_on=datetime.date(2025, 1, 10))
    EntryFactory(title="March", received_on=datetime.date(2025, 3, 10))
    EntryFactory(title="February", received_on=datetime.date(2025, 2, 10))
    assert titles(soup(client.get(yswd_page.url))) == ["March", "February", "January"]


@pytest.fixture
def entries_to_filter():
    EntryFactory(
        title="Transport 2024", topic=EntryTopic.TRANSPORT, received_on=datetime.date(2024, 11, 4)
    )
    EntryFactory(
        title="Transport 2025", topic=EntryTopic.TRANSPORT, received_on=datetime.date(2025, 2, 3)
    )
    EntryFactory(
        title="Health 2025", topic=EntryTopic.HEALTH, received_on=datetime.date(2025, 1, 6)
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "transport"}, ["Transport 2025", "Transport 2024"]),
        ({"year": "2025"}, ["Transport 2025", "Health 2025"]),
        ({"topic": "transport", "year": "2024"}, ["Transport 2024"]),
        ({"topic": "health", "year": "2024"}, []),
    ],
)
def test_filters_by_topic_and_year(client, yswd_page, entries_to_filter, query, expected):
    html = soup(client.get(yswd_page.url, query))
    assert titles(html) == expected
    assert not html.select(".callout--warning")


def test_the_year_filter_offers_the_years_with_entries(client, yswd_page, entries_to_filter):
    options = soup(client.get(yswd_page.url)).select("#id_year option")
    assert [option.get_text() for option in options] == ["All years", "2025", "2024"]


@pytest.mark.parametrize(
    "query",
    [{"topic": "spaceships"}, {"year": "1999"}, {"year": "twenty"}, {"year": "2025", "page": "x"}],
)
def test_unrecognised_filters_are_ignored_with_a_note(client, yswd_page, entries_to_filter, query):
    html = soup(client.get(yswd_page.url, query))
    if "page" in query:  # a bad page number shows the first page, without a note
        assert len(titles(html)) == 2
        return
    assert len(titles(html)) == 3
    note = html.select_one(".callout--warning").get_text()
    assert "we ignored it" in note
    assert not html.select(".yswd-filters [aria-invalid]")


def test_entries_are_paged(client, yswd_page):
    for day in range(1, YouSaidWeDidPage.ENTRIES_PER_PAGE + 3):
        EntryFactory(title=f"Day {day}", topic="health", received_on=datetime.date(2025, 1, day))
    first = soup(client.get(yswd_page.url, {"topic": "health"}))
    assert len(titles(first)) == YouSaidWeDidPage.ENTRIES_PER_PAGE
    next_link = first.select_one("a[rel=next]")["href"]
    assert next_link == "?topic=health&page=2"
    assert titles(soup(client.get(yswd_page.url + next_link))) == ["Day 2", "Day 1"]


def test_pages_we_changed_are_linked_only_if_families_can_open_them(client, yswd_page, home_page):
    public = StandardPageFactory(parent=home_page, title="Short breaks")
    private = StandardPageFactory(parent=home_page, title="Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = StandardPageFactory(parent=home_page, title="Not yet published", publish=False)
    EntryFactory(
        changed_pages=[YouSaidWeDidChangedPage(page=page) for page in (public, private, draft)]
    )
    links = soup(client.get(yswd_page.url)).select(".yswd-entry ul a")
    assert [(link.get_text(), link["href"]) for link in links] == [("Short breaks", public.url)]


def test_the_page_points_to_its_feed(client, yswd_page):
    html = soup(client.get(yswd_page.url))
    alternate = html.select_one('head link[rel=alternate][type="application/atom+xml"]')
    assert alternate["href"] == f"{yswd_page.url}feed/"
    assert html.select_one(f'main a[href="{yswd_page.url}feed/"]')
    assert len(html.select("h1")) == 1


def test_the_page_takes_as_many_queries_for_many_entries_as_for_few(
    client, yswd_page, home_page, django_assert_max_num_queries
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(yswd_page.url).status_code == 200
        return len(captured)

    changed = StandardPageFactory(parent=home_page, title="Changed")
    EntryFactory(changed_pages=[YouSaidWeDidChangedPage(page=changed)])
    queries()  # the first request also caches the site's root paths
    few = queries()
    for _ in range(8):
        EntryFactory(changed_pages=[YouSaidWeDidChangedPage(page=changed)])
    assert queries() == few
    with django_assert_max_num_queries(20):  # 19 today, most of them the site's header and footer
        client.get(yswd_page.url)


def test_a_translated_page_shows_translations_and_untranslated_entries(client, yswd_page):
    polish, _created = Locale.objects.get_or_create(language_code="pl")
    translated = EntryFactory(title="Links", you_said="English words.")
    EntryFactory(title="Only in English", received_on=datetime.date(2025, 1, 1))
    translation = translated.copy_for_translation(polish)
    translation.title = "Linki"
    translation.save()
    translation.save_revision().publish()
    polish_page = yswd_page.copy_for_translation(polish, copy_parents=True)
    polish_page.save_revision().publish()

    html = soup(client.get(YouSaidWeDidPage.objects.get(pk=polish_page.pk).url))

    assert titles(html) == ["Linki", "Only in English"]
    # An untranslated entry's own words are marked as English; the labels around them are not.
    untranslated = html.select(".yswd-entry")[1]
    assert (untranslated.h2["lang"], untranslated.h2["dir"]) == ("en-gb", "ltr")
    assert not untranslated.has_attr("lang")
    assert not html.select(".yswd-entry")[0].h2.has_attr("lang")
    assert titles(soup(client.get(yswd_page.url))) == ["Links", "Only in English"]
