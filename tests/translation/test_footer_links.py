"""The footer's links, chosen by an editor on the English home page, take a family reading in
another language to the page in their language where there is one."""

import pytest

from localoffer.translation.translate import translate_page
from tests.factories import StandardPageFactory
from tests.translation.conftest import GUIDANCE_IN_POLISH, HOME_IN_POLISH, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def footer(home_page, guidance, locales):
    """A footer of a page translated into Polish and one that is not, on both home pages."""
    contact = StandardPageFactory(parent=home_page, title="Contact us")
    home_page.footer_links = [
        ("link", {"page": guidance, "label": ""}),
        ("link", {"page": contact, "label": ""}),
    ]
    home_page.save_revision().publish()
    translate_page(home_page, locales["pl"], HOME_IN_POLISH)
    translate_page(guidance, locales["pl"], GUIDANCE_IN_POLISH)


def _footer_links(response):
    return [
        (link["href"], link.get_text(), link.span.get("lang"))
        for link in soup(response).select(".site-footer__links a")
    ]


def test_a_translated_page_is_linked_in_the_familys_language(client, footer):
    assert _footer_links(client.get("/pl/")) == [
        ("/pl/short-breaks/", "Krótkie przerwy", None),
        # Not translated: the English page, marked as English.
        ("/contact-us/", "Contact us (po angielsku)", "en-gb"),
    ]


def test_english_pages_keep_their_english_links(client, footer):
    assert _footer_links(client.get("/")) == [
        ("/short-breaks/", "Short breaks", None),
        ("/contact-us/", "Contact us", None),
    ]
