"""Demo promoted search results: what the council recommends for its most common searches; and
the people a search that finds nothing sends families to (`SearchHelp`).

Runs after `home.demo` and `pathways.demo`, whose pages it uses (found by slug under the demo
home page). A search that already has promotions, and a choice editors made, are left as they are.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site

from search.models import SearchHelp

# (search, [(page slug, description)]) in the order shown.
PROMOTIONS = [
    (
        "ehcp",
        [
            (
                "asking-for-an-ehc-needs-assessment",
                "The steps to ask for an education, health and care (EHC) plan, and how long "
                "each one takes.",
            ),
            ("ehc-plans", "What an EHC plan is, and who it is for."),
        ],
    ),
    (
        "short breaks",
        [("short-breaks", "Time off for you, and fun for your child: how to get a short break.")],
    ),
    (
        "help",
        [("sendiass", "Free, private advice from people who are not part of the council.")],
    ),
]


# (SearchHelp field, page slug)
SEARCH_HELP = [("send_team_page", "contact-us"), ("advice_service_page", "sendiass")]


def load(demo):
    pages = {page.slug: page for page in Page.objects.descendant_of(demo.home)}
    search_help = SearchHelp.for_site(Site.objects.get(root_page=demo.home))
    for field, slug in SEARCH_HELP:
        if getattr(search_help, f"{field}_id") is None and slug in pages:
            setattr(search_help, field, pages[slug])
    search_help.save()
    for query_string, picks in PROMOTIONS:
        query = Query.get(query_string)
        if query.editors_picks.exists():
            continue
        for order, (slug, description) in enumerate(picks):
            if slug in pages:
                SearchPromotion.objects.create(
                    query=query, page=pages[slug], description=description, sort_order=order
                )
