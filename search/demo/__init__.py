"""Demo promoted search results, from `promotions.yaml`; and the people a search that finds
nothing sends families to (`SearchHelp`).

Runs after `home.demo` and `pathways.demo`, whose pages it uses (found by slug under the demo
home page). A search that already has promotions, and a choice editors made, are left as they are.
"""

from pathlib import Path

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site

from localoffer.demo.pages import read
from search.models import SearchHelp

PROMOTIONS_FILE = Path(__file__).resolve().parent / "promotions.yaml"

# (SearchHelp field, page slug)
SEARCH_HELP = [("send_team_page", "contact-us"), ("advice_service_page", "sendiass")]


def load(demo):
    pages = {page.slug: page for page in Page.objects.descendant_of(demo.home)}
    search_help = SearchHelp.for_site(Site.objects.get(root_page=demo.home))
    for field, slug in SEARCH_HELP:
        if getattr(search_help, f"{field}_id") is None and slug in pages:
            setattr(search_help, field, pages[slug])
    search_help.save()
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
