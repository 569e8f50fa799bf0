"""modelsearch's backend conformance suite, run against the site's PostgreSQL backend
(search/backends/postgres.py: modelsearch's PostgreSQL full-text backend, with highlighting and
the word list the site search uses).

It runs when the database is PostgreSQL (`make test` on `.ci/run`'s PostgreSQL pass), and must
there: with CI=true and a PostgreSQL DATABASE_URL, a database of another kind fails it.

Run: DATABASE_URL=postgres://… pytest tests/search_conformance \
    --ds=localoffer.settings.search_conformance
"""

import os
import unittest

import pytest
from django.db import connection
from django.test import TestCase, override_settings
from modelsearch.query import Phrase
from modelsearch.test.testapp import models
from modelsearch.tests.test_backends import BackendTests

from tests.search_conformance.fixture import NeedsFixture

BACKEND_PATH = "search.backends.postgres"
ON_POSTGRES = connection.vendor == "postgresql"
# What PostgreSQL full-text search cannot do, with the reason (as modelsearch's own PostgreSQL
# tests say): a query that matches everything or nothing has no tsquery, so it can only be the
# whole query, never part of an And, Or or Not.
MATCH_ALL_INSIDE = "PostgreSQL has no tsquery for MatchAll/MatchNone inside another query"
CANNOT = {
    "test_search_not_match_none": MATCH_ALL_INSIDE,
    "test_search_or_match_all": MATCH_ALL_INSIDE,
    "test_search_or_match_none": MATCH_ALL_INSIDE,
    "test_search_and_match_all": MATCH_ALL_INSIDE,
    "test_search_and_match_none": MATCH_ALL_INSIDE,
}


def test_ci_runs_the_postgres_conformance_suite():
    if os.environ.get("CI") == "true" and "postgres" in os.environ.get("DATABASE_URL", ""):
        assert ON_POSTGRES, "CI's PostgreSQL pass must run the suite on PostgreSQL"
    elif not ON_POSTGRES:
        pytest.skip("The database is not PostgreSQL")


@unittest.skipUnless(ON_POSTGRES, "The database is not PostgreSQL")
@override_settings(MODELSEARCH_BACKENDS={"default": {"BACKEND": BACKEND_PATH}})
class TestPostgresBackendConformance(NeedsFixture, BackendTests, TestCase):
    backend_path = BACKEND_PATH

    def test_reset_indexes(self):
        """After reset_indexes(), the index is empty."""
        self.backend.reset_indexes()
        assert self.backend.search("JavaScript", models.Book).count() == 0

    def test_highlight_marks_what_the_query_matches(self):
        excerpt = self.backend.highlight_query(
            "Learning JavaScript & <b>more</b>", Phrase("javascript"), max_chars=240
        )
        # Escaped before PostgreSQL marks it: only the <mark> tags are markup.
        assert excerpt.startswith("Learning <mark>JavaScript</mark> &amp; &lt;b&gt;more")
        assert "<b>" not in excerpt

    def test_words_lists_the_indexed_words_with_their_counts(self):
        words = self.backend.words(models.Book)
        assert words["javascript"] >= 1
        assert "the" in words  # unstemmed, stop words kept: they are words people type


for name, reason in CANNOT.items():
    setattr(
        TestPostgresBackendConformance, name, unittest.skip(reason)(getattr(BackendTests, name))
    )
