"""A pathway costs the same number of queries however many steps it has: every linked page is
fetched in one query (StreamField's bulk conversion), and nothing is fetched per step."""

import pytest

from tests.factories import StandardPageFactory
from tests.pathways.factories import PathwayPageFactory, external_link, page_link, step

pytestmark = pytest.mark.django_db

# The whole page, the site's header, footer and feedback form included.
PATHWAY_PAGE_QUERIES = 18


@pytest.fixture
def guidance_pages(home_page):
    return [StandardPageFactory(parent=home_page, title=f"Guidance {n}") for n in range(50)]


def _pathway(parent, pages, title):
    steps = [
        step(
            f"Step about {page.title}",
            join="and" if number % 5 == 4 else "",
            links=[page_link(page), external_link("https://www.gov.uk/", "GOV.UK")],
        )
        for number, page in enumerate(pages)
    ]
    return PathwayPageFactory(parent=parent, title=title, steps=steps)


def test_a_pathway_of_50_steps_makes_as_many_queries_as_one_of_5(
    pathway_index, guidance_pages, count_queries
):
    short = _pathway(pathway_index, guidance_pages[:5], "Short pathway")
    long = _pathway(pathway_index, guidance_pages, "Long pathway")

    five_steps = count_queries(short.url, most=PATHWAY_PAGE_QUERIES)
    fifty_steps = count_queries(long.url, most=PATHWAY_PAGE_QUERIES)

    assert fifty_steps == five_steps


def test_the_part_of_sidebar_does_not_grow_with_the_pathway(
    pathway_index, guidance_pages, count_queries
):
    _pathway(pathway_index, guidance_pages[:5], "Short pathway")
    in_short = count_queries(guidance_pages[2].url, most=PATHWAY_PAGE_QUERIES)
    _pathway(pathway_index, guidance_pages[10:], "Long pathway")

    assert count_queries(guidance_pages[20].url, most=PATHWAY_PAGE_QUERIES) == in_short
