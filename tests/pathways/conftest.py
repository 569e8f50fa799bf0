import pytest
from bs4 import BeautifulSoup

from tests.pathways.factories import (
    PathwayIndexPageFactory,
    PfaIndexPageFactory,
    ProvisionIndexPageFactory,
)


@pytest.fixture
def pathway_index(home_page):
    return PathwayIndexPageFactory(parent=home_page)


@pytest.fixture
def provision_index(home_page):
    return ProvisionIndexPageFactory(parent=home_page)


@pytest.fixture
def pfa_index(home_page):
    return PfaIndexPageFactory(parent=home_page)


@pytest.fixture
def get_soup(client):
    """GET a URL as a family would; return (response, parsed HTML)."""

    def get(url, **kwargs):
        response = client.get(url, **kwargs)
        return response, BeautifulSoup(response.content, "html.parser")

    return get


@pytest.fixture
def count_queries(client, django_assert_max_num_queries):
    """GET `url` within `most` queries and return how many it made. One warm-up GET first, so that
    site and content type caches do not count."""

    def count(url, *, most, **kwargs):
        client.get(url, **kwargs)
        with django_assert_max_num_queries(most) as queries:
            response = client.get(url, **kwargs)
        assert response.status_code == 200
        return len(queries)

    return count
