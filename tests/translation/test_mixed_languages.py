"""Words in another language inside a translated page (the title of a page not yet translated)
carry their own `lang` and `dir`, so screen readers pronounce them and bidirectional text lays
them out correctly."""

import pytest

from localoffer.translation.translate import translate_page
from tests.pathways.factories import PathwayIndexPageFactory, PathwayPageFactory, step
from tests.translation.conftest import soup

pytestmark = pytest.mark.django_db


def test_a_footer_link_to_an_untranslated_page_is_marked_as_english(
    client, home_page, guidance, locales
):
    home_page.footer_links = [("link", {"page": guidance, "label": ""})]
    home_page.save_revision().publish()
    translate_page(home_page, locales["ar"], {})

    arabic_link = soup(client.get("/ar/")).select_one(".site-footer__links span")
    assert (arabic_link.get_text(), arabic_link["lang"], arabic_link["dir"]) == (
        "Short breaks",
        "en-gb",
        "ltr",
    )
    english_link = soup(client.get("/")).select_one(".site-footer__links span")
    assert not english_link.has_attr("lang")


@pytest.fixture
def pathway_in_urdu(home_page, guidance, locales):
    """A pathway whose step links to the guidance page, translated into Urdu (the guidance page
    is not)."""
    index = PathwayIndexPageFactory(parent=home_page, title="Guides")
    link = {"type": "page", "value": {"page": guidance.pk, "text": ""}, "id": "link-1"}
    pathway = PathwayPageFactory(
        parent=index, title="Getting help", steps=[step("Ask", links=[link])]
    )
    for page in (home_page, index, pathway):
        translate_page(page, locales["ur"], {"Getting help": "مدد حاصل کرنا"})
    return pathway


def test_a_step_link_to_an_untranslated_page_is_marked_as_english(client, pathway_in_urdu):
    link_text = soup(client.get("/ur/guides/getting-help/")).select_one(".step-nav__links span")
    assert (link_text["lang"], link_text["dir"]) == ("en-gb", "ltr")


def test_a_page_is_part_of_the_pathways_in_its_own_language_only(client, pathway_in_urdu):
    part_of = soup(client.get("/short-breaks/")).select(".part-of__heading")
    assert [heading.get_text(" ", strip=True) for heading in part_of] == ["Part of Getting help"]
