import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The page cache on (test settings keep it off), starting empty."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what waits for the transaction to commit (retiring cached pages), as it would at the
    end of an editor's request; the test's own transaction never commits."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def soup(response):
    return BeautifulSoup(response.content, "html.parser")
