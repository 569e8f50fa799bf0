"""Demo content for the home page and general guidance (StandardPage): the words are in
`pages/` and `home.yaml`, their translations in the PO files beside them."""

from pathlib import Path

from localoffer.taxonomy import Audience

HERE = Path(__file__).resolve().parent
FOOTER_SLUGS = ["contact-us", "accessibility-statement", "privacy-notice", "about"]
# The demo's audience pages, which the home page's routes lead to until `pathways.demo` adds a
# finder page for each audience.
HUB_AUDIENCES = {
    "parents-and-carers": Audience.PARENTS_AND_CARERS,
    "young-people": Audience.YOUNG_PEOPLE,
    "professionals": Audience.PROFESSIONALS,
}


def load(demo):
    home = demo.home
    pages = demo.pages(HERE / "pages")
    # Filled in once, on a new site: after that the home page is the editors'.
    new_site = not home.intro
    if new_site:
        home.footer_links = [("link", {"page": pages[slug], "label": ""}) for slug in FOOTER_SLUGS]
    demo.fill(home, HERE / "home.yaml", update=new_site)
