"""Demo content for the home page and general guidance (StandardPage)."""

from home.demo_content import AUDIENCE_HUBS, SECTIONS
from home.models import AudienceRoute, StandardPage
from localoffer.pages import in_order
from localoffer.taxonomy import Audience

OWNERS = {
    "send-team": (
        "Priya Natarajan",
        "SEND information officer",
        "SEND team",
        "priya.natarajan@anyshire.example",
    ),
    "health": (
        "Tom Becker",
        "Designated clinical officer",
        "Health",
        "tom.becker@anyshire.example",
    ),
    "social-care": (
        "Grace Adeyemi",
        "Short breaks manager",
        "Children's social care",
        "grace.adeyemi@anyshire.example",
    ),
    "inclusion": (
        "Sam Lowry",
        "Inclusion adviser",
        "Inclusion and SEN support",
        "sam.lowry@anyshire.example",
    ),
}
SECTION_OWNERS = {"education": "inclusion", "health": "health", "social-care": "social-care"}
FOOTER_SLUGS = ["contact-us", "accessibility-statement", "privacy-notice", "about"]
HUB_AUDIENCES = {
    "parents-and-carers": Audience.PARENTS_AND_CARERS,
    "young-people": Audience.YOUNG_PEOPLE,
    "professionals": Audience.PROFESSIONALS,
}


def load(demo):
    owners = {key: demo.owner(*details) for key, details in OWNERS.items()}
    home = demo.home
    if not home.intro:
        home.intro = (
            "<p>Find out what help there is for children and young people aged 0 to 25 with "
            "special educational needs and disabilities (SEND), and how to get it.</p>"
        )
        home.summary = (
            "Support for children and young people with SEND in Anyshire, from birth to 25."
        )
        home.content_owner = owners["send-team"]
        demo.publish(home)

    hubs = {}
    for slug, title, summary, body in AUDIENCE_HUBS:
        hubs[slug] = demo.page(
            home,
            StandardPage,
            slug,
            title=title,
            summary=summary,
            body=body,
            show_in_menus=True,
            content_owner=owners["send-team"],
        )
    pages = {}
    for slug, title, summary, body, children in SECTIONS:
        owner = owners[SECTION_OWNERS.get(slug, "send-team")]
        section = demo.page(
            home,
            StandardPage,
            slug,
            title=title,
            summary=summary,
            body=body,
            show_in_menus=slug != "about",
            content_owner=owner,
        )
        pages[slug] = section
        for child_slug, child_title, child_summary, child_body in children:
            pages[child_slug] = demo.page(
                section,
                StandardPage,
                child_slug,
                title=child_title,
                summary=child_summary,
                body=child_body,
                content_owner=owner,
            )

    _add_routes_and_footer(demo, home, hubs, pages)


def _add_routes_and_footer(demo, home, hubs, pages):
    if home.audience_routes.exists():
        return
    home.audience_routes = in_order(
        AudienceRoute(
            audience=HUB_AUDIENCES[slug],
            heading=hub.title,
            description=hub.summary,
            link_page=hub,
        )
        for slug, hub in hubs.items()
    )
    home.footer_links = [("link", {"page": pages[slug], "label": ""}) for slug in FOOTER_SLUGS]
    demo.publish(home)
