"""Publishing while families search: every page published while searches run on the same Whoosh
index is found, during and after, and no search fails or quietly falls back to the database."""

import logging
import threading
import time

import pytest
from django.db import connection
from wagtail.models import Page

from tests.factories import StandardPageFactory

# Searches run in threads of their own, with their own database connections, as other worker
# processes would: the test commits its pages so that they can see them, and puts the migrated
# contents back afterwards (serialized rollback), as the browser tests do.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = 30
SEARCHERS = 3


def unique_word(number):
    return f"respitecode{number:02d}"


def first_result(word):
    results = Page.objects.live().search(word)[:1]
    return results[0].pk if results else None


def _read_past_shared_cache_locks():
    """On SQLite, pytest-django's test database is in memory, and threads share it through
    SQLite's shared cache, whose table locks fail a read at once ("database table is locked")
    where a database file, as the site uses, would wait for the writer. Read-uncommitted, which
    only shared-cache connections have, lifts those locks for this thread's reads. Searchers
    look only for pages whose publishing has returned, so what it lets them see early changes
    nothing."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


class Searcher(threading.Thread):
    """A family searching over and over, each time for a page whose publishing has finished:
    that page must come first (its word is in no other title)."""

    def __init__(self, published, publishing_done):
        super().__init__()
        self.published = published
        self.publishing_done = publishing_done
        self.searches = 0
        self.misses = []
        self.errors = []

    def run(self):
        try:
            _read_past_shared_cache_locks()
            while not self.publishing_done.is_set():
                self.search_once()
        except Exception as error:
            self.errors.append(repr(error))
        finally:
            connection.close()

    def search_once(self):
        published = list(self.published)
        if not published:
            time.sleep(0.01)
            return
        word, page_id = published[self.searches % len(published)]
        self.searches += 1
        if first_result(word) != page_id:
            self.misses.append(word)


def test_pages_published_while_searches_run_are_all_found(search_index, home_page, caplog):
    published = []
    publishing_done = threading.Event()
    searchers = [Searcher(published, publishing_done) for _ in range(SEARCHERS)]
    for searcher in searchers:
        searcher.start()
    try:
        for number in range(PAGES):
            word = unique_word(number)
            page = StandardPageFactory(parent=home_page, title=f"Short breaks guide {word}")
            published.append((word, page.pk))
    finally:
        publishing_done.set()
        for searcher in searchers:
            searcher.join(timeout=30)

    assert [searcher.errors for searcher in searchers] == [[]] * SEARCHERS
    assert [searcher.misses for searcher in searchers] == [[]] * SEARCHERS
    assert all(searcher.searches for searcher in searchers)
    assert {word: first_result(word) for word, _ in published} == dict(published)
    # A search the index could not answer would still find the page, through the database.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
