"""Demo content for pathways, ordinarily available provision and preparing for adulthood.

Runs after `home.demo`: step links point at its guidance pages (found by slug under the demo home
page), and the home page's three audience routes are led into this app's finder pages.
"""

import uuid

from wagtail.models import Page

from home.demo import HUB_AUDIENCES, OWNERS
from localoffer.pages import in_order
from pathways import demo_content as content
from pathways.models import (
    AreaOfNeedChoice,
    GuidanceFinderPage,
    PathwayIndexPage,
    PathwayPage,
    PfaIndexPage,
    PfaItem,
    PfaPage,
    ProvisionEntry,
    ProvisionIndexPage,
    ProvisionPage,
)


def load(demo):
    home = demo.home
    owners = {key: demo.owner(*details) for key, details in OWNERS.items()}

    def listing(page_class, slug, title, summary, intro, owner="send-team"):
        return demo.page(
            home,
            page_class,
            slug,
            title=title,
            summary=summary,
            intro=intro,
            content_owner=owners[owner],
            show_in_menus=True,  # in every language's main menu (HomePage.source_children)
        )

    provision_index = listing(ProvisionIndexPage, *content.PROVISION_INDEX, owner="inclusion")
    for spec in content.PROVISION:
        demo.page(
            provision_index,
            ProvisionPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            area_of_need=spec["area"],
            intro=spec["intro"],
            entries=in_order(ProvisionEntry(**fields) for fields in spec["entries"]),
            content_owner=owners["inclusion"],
        )

    pfa_index = listing(PfaIndexPage, *content.PFA_INDEX)
    for spec in content.ADULTHOOD:
        demo.page(
            pfa_index,
            PfaPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            outcome=spec["outcome"],
            for_you=spec["for_you"],
            items=in_order(PfaItem(**fields) for fields in spec["items"]),
            content_owner=owners["send-team"],
        )

    pathway_index = listing(PathwayIndexPage, *content.PATHWAY_INDEX)
    pages = _pages_by_slug(home)
    for spec in content.PATHWAYS:
        youngest, oldest = spec["ages"]
        demo.page(
            pathway_index,
            PathwayPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            intro=spec["intro"],
            audience=spec["audience"],
            min_age=youngest,
            max_age=oldest,
            areas_of_need=list(AreaOfNeedChoice.objects.filter(value__in=spec["areas"])),
            steps=[
                {"type": "step", "value": _step(value, pages, owners)} for value in spec["steps"]
            ],
            content_owner=owners[spec["owner"]],
        )

    pages = _pages_by_slug(home)
    finders = {
        spec["audience"]: demo.page(
            home,
            GuidanceFinderPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            audience=spec["audience"],
            intro=f"<p>{spec['intro'].format_map(_RichTextLinks(pages))}</p>",
            content_owner=owners["send-team"],
        )
        for spec in content.FINDERS
    }
    _lead_audience_routes_into(demo, home, finders)


def _pages_by_slug(home):
    return {page.slug: page for page in Page.objects.descendant_of(home)}


def _step(value, pages, owners):
    """A step from demo_content, its links and owner turned into StreamField's stored form. A
    link to a page the demo site does not have is left out. Each link gets a block id, as the page
    editor gives it: wagtail-localize finds the text to translate by block id."""
    links = []
    for link in value["links"]:
        if isinstance(link, tuple):
            url, text = link
            links.append(_block("external", {"url": url, "text": text}))
        elif link in pages:
            links.append(_block("page", {"page": pages[link].pk, "text": ""}))
    owner = owners[value["owner"]].pk if value["owner"] else None
    return {**value, "links": links, "owner": owner}


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


class _RichTextLinks(dict):
    """`{slug}` in demo text becomes a rich text link to that page."""

    def __init__(self, pages):
        super().__init__()
        self.pages = pages

    def __missing__(self, slug):
        page = self.pages[slug]
        return f'<a linktype="page" id="{page.pk}">{page.title}</a>'


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
