"""Demo promoted search results: what the council recommends for its most common searches.

Runs after `home.demo` and `pathways.demo`, whose pages it promotes (found by slug under the
demo home page). A search that already has promotions is left as editors made it.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

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


def load(demo):
    pages = {page.slug: page for page in Page.objects.descendant_of(demo.home)}
    for query_string, picks in PROMOTIONS:
        query = Query.get(query_string)
        if query.editors_picks.exists():
            continue
        for order, (slug, description) in enumerate(picks):
            if slug in pages:
                SearchPromotion.objects.create(
                    query=query, page=pages[slug], description=description, sort_order=order
                )
