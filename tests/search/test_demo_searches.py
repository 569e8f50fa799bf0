"""Searches families made on the demo site (issue 19's examples), against a Whoosh index of the
whole demo site. Pages are named by title, never by their words: the demo's prose may change."""

import pytest
from django.utils.html import strip_tags
from wagtail.models import Page

from feedback.models import YouSaidWeDidEntry
from pathways.models import ProvisionEntry
from pathways.steps import Join, TimescaleKind
from search.backends.whoosh.schema import build_document
from tests.search.conftest import result_titles

# Every test searches the whole demo site: `search_index` starts from a copy of its index.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site", "search_index")]

COMMUNICATION = "Communication and interaction"
SEMH = "Social, emotional and mental health"
CAMHS = "Mental health support (CAMHS)"
SEN_SUPPORT = "SEN support in school"
SCHOOL_TRAVEL = "Travel to school and college"
TRAVEL_AFTER_16 = "Travel to college or training after 16"
TRAVEL_TRAINING = "Learning to travel on your own (travel training)"
# Every page of the demo a family asking about transport should be shown first.
TRAVEL_PAGES = {SCHOOL_TRAVEL, TRAVEL_AFTER_16, TRAVEL_TRAINING}


def titles_for(get_soup, query):
    _response, soup = get_soup("/search/", {"q": query})
    return result_titles(soup)


@pytest.mark.parametrize(
    ("query", "right_pages"),
    [
        ("transport", TRAVEL_PAGES),
        ("transport to school", {SCHOOL_TRAVEL}),
        ("school transport", {SCHOOL_TRAVEL}),
        # The school travel page has a part on each of these too.
        ("post 16 transport to college", {TRAVEL_AFTER_16, SCHOOL_TRAVEL}),
        ("help to travel on his own", {TRAVEL_TRAINING, SCHOOL_TRAVEL}),
        ("dyslexia", {"Cognition and learning"}),
        ("getting a job", {"Work, college and training", "Getting ready for work"}),
        ("my daughter is anxious and won't go to school", {SEMH, CAMHS}),
        ("wont go to school", {SEMH}),
        ("autisim support in school", {COMMUNICATION, SEN_SUPPORT}),
        ("respite", {"Short breaks"}),
        ("independent advice", {"Anyshire SENDIASS"}),
    ],
)
def test_families_words_find_the_right_page_first(get_soup, query, right_pages):
    assert titles_for(get_soup, query)[0] in right_pages


def test_transport_finds_the_pages_about_travel_before_any_other(get_soup):
    # Three pages answer it, so the test does not hang on any one of them.
    assert set(titles_for(get_soup, "transport")[:3]) == TRAVEL_PAGES


def test_autism_finds_the_provision_for_communication_and_interaction(get_soup):
    # Its "who can help next" text is indexed now, as well as its other entries' words.
    top_three = titles_for(get_soup, "autism")[:3]
    assert {COMMUNICATION, "Autism and ADHD assessment"} <= set(top_three)


def test_provision_entries_index_who_can_help_next():
    entry = ProvisionEntry.objects.exclude(next_help="").select_related("page").first()
    document = build_document(entry.page.specific)
    assert strip_tags(entry.next_help).split()[0] in "\n".join(map(str, document.values()))


def test_you_said_we_did_entries_are_found(get_soup):
    for entry in YouSaidWeDidEntry.objects.live().originals():
        assert "You said, we did" in titles_for(get_soup, entry.title)[:5], entry.title


def test_editors_choice_labels_are_never_indexed_or_shown():
    labels = [str(label) for label in (*Join.labels, *TimescaleKind.labels)]
    for page in Page.objects.live().specific():
        text = "\n".join(str(value) for value in build_document(page).values())
        assert not [label for label in labels if label in text], page.title


def test_excerpts_never_show_editors_hints(get_soup):
    _response, soup = get_soup("/search/", {"q": "a new step with the next number"})
    excerpts = " ".join(p.get_text() for p in soup.select(".search-result__excerpt"))
    assert "A new step" not in excerpts


def test_a_search_that_finds_nothing_offers_topics_and_people_to_ask(get_soup):
    _response, soup = get_soup("/search/", {"q": "zzyzx qwrtp"})
    assert result_titles(soup) == []
    links = [link.get_text(strip=True) for link in soup.select("main a")]
    assert {"Education and schools", "Health", "Getting help and advice"} <= set(links)
    assert {"Contact the SEND team", "Anyshire SENDIASS"} <= set(links)


def test_arabic_typed_into_the_english_search_is_offered_the_arabic_search(get_soup):
    arabic_home = Page.objects.get(locale__language_code="ar", depth=2)
    _response, soup = get_soup("/search/", {"q": arabic_home.title.split()[0]})
    offer = soup.select_one(".search-other-language")
    assert (offer["lang"], offer["dir"]) == ("ar", "rtl")
    assert offer.a["href"].startswith("/ar/search/?q=")
    # Only the offer: no "Did you mean" with other Arabic words the site has.
    assert soup.select_one(".search-suggestion") is None
