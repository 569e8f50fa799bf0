"""Families' own words find the site's pages: lay words and conditions (the starting synonyms),
plain sentences, plurals and verb forms; what families read is searched, and nothing else."""

import pytest

from search.languages import written_language
from search.models import SearchHelp
from tests.search.conftest import result_titles
from tests.you_said_we_did.factories import EntryFactory, YouSaidWeDidPageFactory

pytestmark = pytest.mark.django_db


def titles_for(get_soup, query):
    _response, soup = get_soup("/search/", {"q": query})
    return result_titles(soup)


@pytest.fixture
def send_pages(guidance):
    """Pages in the site's words, with a page about something else beside each."""
    guidance("Help with travel to school", "Some children can get free travel to school.")
    guidance("Cognition and learning", "Help for children who find reading or maths hard.")
    guidance("Hearing impairment", "Support from the sensory team.")
    guidance("Physical disability", "Ramps, lifts and adapted equipment.")
    guidance("Social, emotional and mental health", "Help with attendance and wellbeing.")
    guidance("Work, college and training", "Supported internships and apprenticeships.")
    guidance("Personal budgets", "Direct payments let you choose your child's carers.")
    guidance("School holidays", "Clubs and play schemes in the summer.")


@pytest.mark.parametrize(
    ("query", "right_page"),
    [
        ("transport", "Help with travel to school"),
        ("school transport", "Help with travel to school"),
        ("transport to school", "Help with travel to school"),
        ("dyslexia", "Cognition and learning"),
        ("my son has dyslexia", "Cognition and learning"),
        ("hearing loss", "Hearing impairment"),
        ("deaf", "Hearing impairment"),
        ("wheelchair", "Physical disability"),
        ("anxiety", "Social, emotional and mental health"),
        ("my daughter is anxious and won't go to school", "Social, emotional and mental health"),
        ("she wont go to school", "Social, emotional and mental health"),
        ("job", "Work, college and training"),
        ("getting a job", "Work, college and training"),
        ("money to pay for carers", "Personal budgets"),
        ("apprenticeship", "Work, college and training"),  # a plural in the page
    ],
)
def test_families_words_find_the_sites_page_first(send_pages, get_soup, query, right_page):
    assert titles_for(get_soup, query)[0] == right_page


def test_verb_forms_match(guidance, get_soup):
    guidance("Applying for a place", "How the council assesses a request.")
    assert titles_for(get_soup, "apply for assessment") == ["Applying for a place"]


def test_words_of_a_sentence_are_never_corrected(guidance, get_soup):
    guidance("Wanting to change school", "What to do.")
    _response, soup = get_soup("/search/", {"q": "dont wont"})
    assert soup.select_one(".search-suggestion") is None


def test_a_typo_in_a_longer_search_still_finds_the_page(guidance, get_soup):
    guidance("Autism in the classroom", "What school staff do for autistic pupils.")
    guidance("School meals", "Lunch at school.")
    assert titles_for(get_soup, "autisim support in school")[0] == "Autism in the classroom"


def test_the_page_matching_every_word_comes_first(guidance, get_soup):
    # "school" is said over and over on one page; only the other page is about both words.
    guidance("School, school, school", "School days at school. School.")
    guidance("Speech at school", "Speech therapy in school.")
    assert titles_for(get_soup, "speech school")[0] == "Speech at school"


def test_you_said_we_did_entries_are_searched_while_published(home_page, get_soup):
    YouSaidWeDidPageFactory(parent=home_page)
    entry = EntryFactory(title="Ramps at the library", we_did="We asked for a hoist.")
    assert titles_for(get_soup, "hoist") == ["You said, we did"]

    entry.unpublish()
    assert titles_for(get_soup, "hoist") == []


def test_a_callouts_style_is_not_searched(home_page, get_soup):
    from tests.factories import StandardPageFactory

    callout = {"style": "warning", "heading": "Deadline", "text": "<p>Reply soon.</p>"}
    StandardPageFactory(parent=home_page, title="Deadlines", body=[("callout", callout)])
    assert titles_for(get_soup, "deadline") == ["Deadlines"]
    assert titles_for(get_soup, "important") == []


@pytest.fixture
def menu_topic(guidance):
    return guidance("Health", "Therapies.", show_in_menus=True)


def test_a_search_that_finds_nothing_shows_topics_and_who_to_ask(
    home_page, guidance, menu_topic, get_soup
):
    contact = guidance("Contact the SEND team", "Phone us.", summary="Call or email us.")
    advice = guidance("Anyshire SENDIASS", "Free advice.")
    SearchHelp.objects.create(
        site=home_page.get_site(), send_team_page=contact, advice_service_page=advice
    )

    _response, soup = get_soup("/search/", {"q": "zzyzx"})

    assert result_titles(soup) == []
    main = soup.select_one("main")
    headings = [heading.get_text(strip=True) for heading in main.select("h2")]
    assert {"Browse by topic", "Ask someone"} <= set(headings)
    links = {link.get_text(strip=True): link["href"] for link in main.select("a")}
    assert links["Health"] == menu_topic.url
    assert links["Contact the SEND team"] == contact.url
    assert links["Anyshire SENDIASS"] == advice.url
    assert "Call or email us." in main.get_text()


def test_who_to_ask_is_left_out_until_chosen(home_page, menu_topic, get_soup):
    _response, soup = get_soup("/search/", {"q": "zzyzx"})
    headings = [heading.get_text(strip=True) for heading in soup.select("main h2")]
    assert "Browse by topic" in headings
    assert "Ask someone" not in headings


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("طفل التوحد", "ar"),
        ("بچے کی مدد", "ur"),  # Urdu's own letters
        ("pomoc dla dziecka w szkole ż", "pl"),
        ("Ocena potrzeb edukacyjnych, zdrowotnych i opiekuńczych", "pl"),
        ("autism support", None),
        ("pomoc dla dziecka", None),  # Polish without its letters looks like English
        ("😀 123", None),
    ],
)
def test_the_language_a_search_is_written_in(text, language):
    assert written_language(text) == language


def test_other_scripts_are_offered_the_search_in_their_language(guidance, get_soup):
    guidance("Autism", "Help.")
    _response, soup = get_soup("/search/", {"q": "بچے کی مدد"})
    offer = soup.select_one(".search-other-language")
    assert (offer["lang"], offer["dir"]) == ("ur", "rtl")
    assert offer.a["href"] == "/ur/search/?q=%D8%A8%DA%86%DB%92+%DA%A9%DB%8C+%D9%85%D8%AF%D8%AF"
    # Offered in Urdu, which the family reads.
    assert offer.a.get_text() == "اس زبان کے صفحات میں ”بچے کی مدد“ تلاش کریں"

    _response, soup = get_soup("/search/", {"q": "autism"})
    assert soup.select_one(".search-other-language") is None


def test_no_offer_on_the_site_in_the_same_language(home_page, get_soup):
    _response, soup = get_soup("/ar/search/", {"q": "طفل"})
    assert soup.select_one(".search-other-language") is None
