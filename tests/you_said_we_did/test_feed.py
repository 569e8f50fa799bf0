"""The Atom feed: well-formed XML listing exactly the published entries, with what leads wrote
and never a family's raw comment."""

import xml.etree.ElementTree as ET

import pytest

from tests.you_said_we_did.conftest import RAW_COMMENT
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}


def feed(client, page):
    response = client.get(f"{page.url}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return response.content.decode(), ET.fromstring(response.content)


def test_the_feed_lists_exactly_the_published_entries(client, yswd_page):
    transport = EntryFactory(title="Transport", status="in_progress", we_did="Writing a page.")
    links = EntryFactory(title="Broken links")
    EntryFactory(title="A draft", publish=False)
    EntryFactory(title="Taken down").unpublish()

    _text, root = feed(client, yswd_page)

    entries = root.findall("atom:entry", ATOM)
    assert [entry.findtext("atom:title", namespaces=ATOM) for entry in entries] == [
        "Broken links: Done",
        "Transport: We are working on it",
    ]
    page_url = yswd_page.full_url
    assert [entry.find("atom:link", ATOM).get("href") for entry in entries] == [
        f"{page_url}#entry-{links.pk}",
        f"{page_url}#entry-{transport.pk}",
    ]
    assert root.findtext("atom:title", namespaces=ATOM) == yswd_page.title
    assert root.find("atom:link[@rel='alternate']", ATOM).get("href") == page_url
    summary = entries[0].findtext("atom:summary", namespaces=ATOM)
    assert "You said the pages were hard to follow." in summary
    assert "We rewrote them in plain English." in summary


def test_a_raw_comment_never_appears_in_the_feed(client, yswd_page, raw_comment):
    EntryFactory(title="Forms that crash", comments=[raw_comment], approved_quotation=RAW_COMMENT)
    text, root = feed(client, yswd_page)
    assert len(root.findall("atom:entry", ATOM)) == 1
    assert RAW_COMMENT not in text
    assert "7731" not in text


def test_an_approved_quotation_is_in_the_feed(client, yswd_page):
    EntryFactory(approved_quotation="A checklist would help.", quotation_approved=True)
    _text, root = feed(client, yswd_page)
    summary = root.find("atom:entry", ATOM).findtext("atom:summary", namespaces=ATOM)
    assert "A checklist would help." in summary


def test_the_feed_is_empty_before_anything_is_published(client, yswd_page):
    EntryFactory(publish=False)
    _text, root = feed(client, yswd_page)
    assert root.findall("atom:entry", ATOM) == []


def test_the_feed_takes_as_many_queries_for_many_entries_as_for_few(
    client, yswd_page, django_assert_max_num_queries
):
    EntryFactory()
    client.get(f"{yswd_page.url}feed/")  # the first request also caches the site's root paths
    for _ in range(10):
        EntryFactory()
    with django_assert_max_num_queries(9):
        feed(client, yswd_page)
