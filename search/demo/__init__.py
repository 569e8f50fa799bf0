"""Demo promoted search results, from `promotions.yaml`.

Runs after `home.demo` and `pathways.demo`, whose pages it promotes (found by slug under the
demo home page). A search that already has promotions is left as editors made it.
"""

from pathlib import Path

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from localoffer.demo.pages import read

PROMOTIONS_FILE = Path(__file__).resolve().parent / "promotions.yaml"


def load(demo):
    pages = {page.slug: page for page in Page.objects.descendant_of(demo.home)}
    for query_string, picks in read(PROMOTIONS_FILE).items():
        query = Query.get(query_string)
        if query.editors_picks.exists():
            continue
        for order, pick in enumerate(picks):
            if pick["page"] in pages:
                SearchPromotion.objects.create(
                    query=query,
                    page=pages[pick["page"]],
                    description=pick["description"],
                    sort_order=order,
                )
