"""Fixtures for the search app's tests: each test gets its own, empty search index."""

import pytest
from bs4 import BeautifulSoup

from search.backends.whoosh import clear_synonyms_cache
from tests.factories import StandardPageFactory


@pytest.fixture(autouse=True)
def search_index(settings, tmp_path):
    """A fresh index folder (pages a test publishes are indexed into it) and no synonyms
    cached from an earlier test."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "PATH": tmp_path / "index"}
    }
    clear_synonyms_cache()
    yield
    clear_synonyms_cache()


@pytest.fixture
def guidance(home_page):
    """Publish a StandardPage under the home page: `guidance("Title", "Body text", summary=...)`."""

    def make(title, body="", summary="Guidance for families.", **fields):
        body_blocks = [{"type": "text", "value": f"<p>{body}</p>"}] if body else []
        return StandardPageFactory(
            parent=home_page, title=title, body=body_blocks, summary=summary, **fields
        )

    return make


@pytest.fixture
def get_soup(client):
    """GET a URL as a family would; return (response, parsed HTML)."""

    def get(url, data=None, **kwargs):
        response = client.get(url, data, **kwargs)
        return response, BeautifulSoup(response.content, "html.parser")

    return get


def result_titles(soup):
    return [
        link.get_text(strip=True) for link in soup.select(".search-results .search-result h3 a")
    ]
