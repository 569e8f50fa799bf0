"""Fixtures for the search app's tests: each test gets its own, empty search index."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory


@pytest.fixture(autouse=True)
def own_search_index(search_index):
    """Every search test indexes into a folder of its own (`search_index`, tests/conftest.py)."""


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
