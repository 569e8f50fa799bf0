"""Fixtures for the Whoosh backend's tests, which use modelsearch's test models.

They run under their own settings, in their own pytest process:

    pytest tests/search_backend --ds=localoffer.settings.search_conformance

The main suite runs with the site's settings, where those models are not installed; there, this
folder is skipped instead of failing to import.
"""

from datetime import date

import pytest
from django.conf import settings

if "modelsearch.test.testapp" not in settings.INSTALLED_APPS:
    collect_ignore_glob = ["test_*.py"]

BACKEND = "search.backends.whoosh"


@pytest.fixture(autouse=True)
def forget_synonyms():
    """Synonyms are cached per process: start and end every test without them."""
    from search.backends.whoosh import clear_synonyms_cache

    clear_synonyms_cache()
    yield
    clear_synonyms_cache()


@pytest.fixture
def index_dir(tmp_path):
    return tmp_path / "index"


@pytest.fixture
def configure_backend(settings, index_dir, db):
    """Make the Whoosh backend, with `options`, the one saves update; return it."""
    from modelsearch.backends import get_search_backend

    def configure(**options):
        settings.MODELSEARCH_BACKENDS = {
            "default": {"BACKEND": BACKEND, "PATH": index_dir, **options}
        }
        return get_search_backend("default")

    return configure


@pytest.fixture
def backend(configure_backend):
    return configure_backend()


@pytest.fixture
def make_book(backend):
    """Save a book (which indexes it), with only the fields a test cares about.

    The backend is configured first, so books are never indexed outside the test's folder.
    """
    from modelsearch.test.testapp.models import Book

    def make(title, summary="", **fields):
        fields.setdefault("publication_date", date(2024, 1, 1))
        fields.setdefault("number_of_pages", 100)
        return Book.objects.create(title=title, summary=summary, **fields)

    return make
