"""modelsearch's backend conformance suite, run against the Whoosh backend.

Run: pytest tests/search_conformance --ds=localoffer.settings.search_conformance
"""

import shutil
import tempfile

from django.test import TestCase, override_settings
from modelsearch.test.testapp import models
from modelsearch.tests.test_backends import BackendTests

from tests.search_conformance.fixture import NeedsFixture, missing_fixture_message

BACKEND_PATH = "search.backends.whoosh"


def test_conformance_fixture_is_available():
    message = missing_fixture_message()
    assert message is None, message


class TestWhooshBackendConformance(NeedsFixture, BackendTests, TestCase):
    backend_path = BACKEND_PATH

    def setUp(self):
        index_dir = tempfile.mkdtemp(prefix="whoosh-conformance-")
        self.addCleanup(shutil.rmtree, index_dir)
        backends = override_settings(
            MODELSEARCH_BACKENDS={"default": {"BACKEND": BACKEND_PATH, "PATH": index_dir}}
        )
        backends.enable()
        self.addCleanup(backends.disable)
        # The fallback backend must not be what passes the suite: Whoosh logs when it's used.
        no_fallback = self.assertNoLogs("search.backends.whoosh", level="WARNING")
        no_fallback.__enter__()
        self.addCleanup(no_fallback.__exit__, None, None, None)
        super().setUp()

    def test_reset_indexes(self):
        """After reset_indexes(), the index is empty (the fallback's index too)."""
        self.backend.reset_indexes()
        results = self.backend.search("JavaScript", models.Book)
        assert results.count() == 0
