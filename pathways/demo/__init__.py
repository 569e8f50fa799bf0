"""Demo content for pathways, ordinarily available provision, preparing for adulthood and the
audiences' finder pages: the words are in `pages/`, their translations in the PO files beside them.

Runs after `home.demo`: step links point at its guidance pages, and the home page's three audience
routes are led into this app's finder pages.
"""

from pathlib import Path

from home.demo import HUB_AUDIENCES
from pathways.models import GuidanceFinderPage

HERE = Path(__file__).resolve().parent


def load(demo):
    pages = demo.pages(HERE / "pages")
    finders = {
        page.audience: page for page in pages.values() if isinstance(page, GuidanceFinderPage)
    }
    _lead_audience_routes_into(demo, demo.home, finders)


def _lead_audience_routes_into(demo, home, finders):
    """Point each home page route that still leads to its demo audience page at the finder page
    for that audience. A route an editor has changed is left alone."""
    routes = list(home.audience_routes.all())
    changed = False
    for route in routes:
        if route.link_page.slug in HUB_AUDIENCES and route.audience in finders:
            route.link_page = finders[route.audience]
            changed = True
    if changed:
        home.audience_routes = routes
        demo.publish(home)
