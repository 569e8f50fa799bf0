"""Queries per family page, pinned: at most MAX_QUERIES rendered, none served from the cache.
(The benchmarks check the same figures do not grow with the size of the site.)"""

import pytest

from localoffer.taxonomy import AreaOfNeed, Phase
from tests.factories import StandardPageFactory
from tests.pathways.factories import (
    PathwayIndexPageFactory,
    PathwayPageFactory,
    ProvisionIndexPageFactory,
    ProvisionPageFactory,
    page_link,
    step,
)

pytestmark = pytest.mark.django_db

# The target for any family page, header, footer, "Part of" and feedback form included.
MAX_QUERIES = 15
PATHWAY_STEPS = 12


@pytest.fixture
def family_pages(home_page):
    """{name: address} for a page of each kind families read most."""
    section = StandardPageFactory(parent=home_page, title="Education")
    guidance = [
        StandardPageFactory(parent=section, title=f"Guidance {number}")
        for number in range(PATHWAY_STEPS)
    ]
    pathway = PathwayPageFactory(
        parent=PathwayIndexPageFactory(parent=home_page),
        steps=[step(f"Step {n}", links=[page_link(page)]) for n, page in enumerate(guidance)],
    )
    provision = ProvisionIndexPageFactory(parent=home_page)
    ProvisionPageFactory(parent=provision, area_of_need=AreaOfNeed.COMMUNICATION_INTERACTION)
    filters = f"?area={AreaOfNeed.COMMUNICATION_INTERACTION}&phase={Phase.PRIMARY}"
    return {
        "home": home_page.url,
        "guidance in a pathway": guidance[3].url,
        "12-step pathway": pathway.url,
        "provision with filters": provision.url + filters,
    }


@pytest.mark.parametrize(
    "name", ["home", "guidance in a pathway", "12-step pathway", "provision with filters"]
)
def test_a_family_page_is_rendered_in_few_queries(
    client, family_pages, name, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(family_pages[name])  # Wagtail's site and content type caches fill on the first

    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(family_pages[name]).status_code == 200


@pytest.mark.parametrize(
    "name", ["home", "guidance in a pathway", "12-step pathway", "provision with filters"]
)
def test_a_family_page_is_served_from_the_cache_in_no_queries(
    client, family_pages, name, django_assert_num_queries
):
    client.get(family_pages[name])

    with django_assert_num_queries(0):
        assert client.get(family_pages[name]).status_code == 200


def test_search_results_are_rendered_in_few_queries(
    search_index, client, family_pages, django_assert_max_num_queries
):
    client.get("/search/", {"q": "guidance"})

    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get("/search/", {"q": "guidance", "page": 2}).status_code == 200
