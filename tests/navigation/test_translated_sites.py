"""A family reading in Polish, Arabic or Urdu has the whole site around every page: the main menu,
the footer and the home page's routes lead to pages in their language where they are translated,
and a link to a page only in English says so ("in English", with `hreflang`, `lang` and `dir`)."""

import pytest
from wagtail.models import Locale

from home.models import AudienceRoute
from localoffer.demo import DemoSite
from localoffer.translation.translate import translate_page
from tests.factories import StandardPageFactory
from tests.feedback.factories import SurveyPageFactory
from tests.navigation.conftest import links, soup
from tests.pathways.factories import PathwayIndexPageFactory, PathwayPageFactory, page_link, step
from tests.you_said_we_did.factories import YouSaidWeDidPageFactory

pytestmark = pytest.mark.django_db

IN_ENGLISH = {"pl": "(po angielsku)", "ar": "(باللغة الإنجليزية)", "ur": "(انگریزی میں)"}
# A translated page, header, menu, footer, switcher and feedback form included: the same budget
# as every family page (tests/caching/test_query_counts.py).
FAMILY_PAGE_QUERIES = 15


@pytest.fixture(scope="module")
def site(module_db):
    """Two sections in the menu (Health translated into Polish, Education not), a survey and a
    "You said, we did" page (both translated into Polish), an audience route to each section,
    and the home page in Polish and Arabic. Made once for the module's tests (translating pages
    takes seconds)."""
    home_page = DemoSite(log=lambda *_: None).home
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    health = StandardPageFactory(parent=home_page, title="Health", show_in_menus=True)
    education = StandardPageFactory(parent=home_page, title="Education", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Not in the menu")
    survey = SurveyPageFactory(parent=home_page, title="Tell us what you think")
    you_said = YouSaidWeDidPageFactory(parent=home_page)
    home_page.audience_routes = [
        AudienceRoute(audience=audience, heading=page.title, description="", link_page=page)
        for audience, page in (("parents-carers", health), ("professionals", education))
    ]
    home_page.save_revision().publish()
    translate_page(home_page, locales["pl"], {"Health": "Zdrowie"})
    translate_page(home_page, locales["ar"], {})
    translate_page(health, locales["pl"], {"Health": "Zdrowie"})
    translate_page(survey, locales["pl"], {"Tell us what you think": "Powiedz nam"})
    translate_page(you_said, locales["pl"], {})
    return {"health": health, "education": education}


def test_the_main_menu_is_whole_in_every_language(client, site):
    english = "/education/", "en-gb", ("en-gb", "ltr")
    assert links(soup(client.get("/pl/")), ".main-nav a") == [
        ("Zdrowie", "/pl/health/", None, None),
        (f"Education {IN_ENGLISH['pl']}", *english),
    ]
    assert links(soup(client.get("/ar/")), ".main-nav a") == [
        (f"Health {IN_ENGLISH['ar']}", "/health/", "en-gb", ("en-gb", "ltr")),
        (f"Education {IN_ENGLISH['ar']}", *english),
    ]
    assert links(soup(client.get("/")), ".main-nav a") == [
        ("Health", "/health/", None, None),
        ("Education", "/education/", None, None),
    ]


def test_the_menu_is_on_every_translated_page_and_marks_the_current_one(client, site):
    html = soup(client.get("/pl/health/"))
    current = html.select_one('.main-nav a[aria-current="page"]')
    assert current["href"] == "/pl/health/"
    assert len(html.select(".main-nav a")) == 2


def test_the_footer_asks_for_views_and_says_what_changed_in_every_language(client, site):
    assert links(soup(client.get("/pl/")), ".site-footer__links a") == [
        ("Wyraź swoją opinię", "/pl/tell-us-what-you-think/", None, None),
        ("Powiedzieliście, zrobiliśmy", "/pl/you-said-we-did/", None, None),
    ]
    arabic = links(soup(client.get("/ar/")), ".site-footer__links a")
    assert arabic == [
        (f"شارك برأيك {IN_ENGLISH['ar']}", "/tell-us-what-you-think/", "en-gb", None),
        (f"قلتم، وفعلنا {IN_ENGLISH['ar']}", "/you-said-we-did/", "en-gb", None),
    ]
    assert [text for text, *_rest in links(soup(client.get("/")), ".site-footer__links a")] == [
        "Have your say",
        "You said, we did",
    ]


def test_a_footer_link_editors_chose_is_not_repeated(client, site, home_page):
    you_said = home_page.get_children().get(slug="you-said-we-did")
    home_page.footer_links = [("link", {"page": you_said, "label": ""})]
    home_page.save_revision().publish()

    footer = [href for _text, href, *_rest in links(soup(client.get("/")), ".site-footer a")]
    assert footer == ["/you-said-we-did/", "/tell-us-what-you-think/"]


def test_audience_routes_lead_to_the_familys_language_where_translated(client, site):
    assert links(soup(client.get("/pl/")), ".audience-route__link") == [
        ("Zdrowie", "/pl/health/", None, None),
        (f"Education {IN_ENGLISH['pl']}", "/education/", "en-gb", None),
    ]


def test_step_links_lead_to_the_familys_language_where_translated(client, site, locales):
    index = PathwayIndexPageFactory(parent=site["health"].get_parent(), title="Guides")
    pathway = PathwayPageFactory(
        parent=index,
        title="Getting help",
        steps=[step("Ask", links=[_with_id(site["health"]), _with_id(site["education"])])],
    )
    for page in (index, pathway):
        translate_page(page, locales["pl"], {})

    assert links(soup(client.get("/pl/guides/getting-help/")), ".step-nav__links a") == [
        ("Zdrowie", "/pl/health/", None, None),
        (f"Education {IN_ENGLISH['pl']}", "/education/", "en-gb", ("en-gb", "ltr")),
    ]
    english = links(soup(client.get("/guides/getting-help/")), ".step-nav__links a")
    assert [href for _text, href, *_rest in english] == ["/health/", "/education/"]


def _with_id(page):
    # wagtail-localize needs block ids to translate a page's StreamField.
    return {**page_link(page), "id": f"link-{page.pk}"}


@pytest.mark.parametrize("address", ["/pl/", "/pl/health/", "/ar/"])
def test_translated_pages_keep_to_the_family_page_budget(
    client, site, address, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(address)  # Wagtail's site and content type caches fill on the first

    with django_assert_max_num_queries(FAMILY_PAGE_QUERIES):
        assert client.get(address).status_code == 200
