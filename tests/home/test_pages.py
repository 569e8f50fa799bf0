import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory, override_settings
from django.views.defaults import server_error
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# The home page: site lookup, localised home, its routes, latest updates, navigation, footer, and
# its versions in other languages (one query for the language switcher, hreflang links and the
# out-of-date translation notice).
HOME_PAGE_QUERIES = 12


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_renders_in_a_pinned_number_of_queries(
    demo_site, client, django_assert_max_num_queries
):
    client.get("/")  # warm Wagtail's per-process site root cache, as on a running server
    with django_assert_max_num_queries(HOME_PAGE_QUERIES):
        response = client.get("/")
    assert response.status_code == 200


def test_home_page_query_count_does_not_grow_with_more_pages(
    demo_site, client, django_assert_max_num_queries
):
    for number in range(30):
        StandardPageFactory(parent=demo_site, title=f"Extra guidance {number}", show_in_menus=True)
    client.get("/")
    with django_assert_max_num_queries(HOME_PAGE_QUERIES):
        client.get("/")


def test_home_page_lists_latest_updates_newest_first(home_page, client):
    older = StandardPageFactory(parent=home_page, title="Older guidance")
    newer = StandardPageFactory(parent=home_page, title="Newer guidance")
    updates = [item.get_text() for item in _soup(client.get("/")).select(".update-list a")]
    assert updates.index(newer.title) < updates.index(older.title)


def test_every_page_has_one_h1_a_skip_link_landmarks_and_language(demo_site, client):
    soup = _soup(client.get(StandardPage.objects.get(slug="annual-reviews").url))
    assert len(soup.find_all("h1")) == 1
    skip = soup.select_one("a.skip-link")
    assert skip["href"] == "#main-content"
    assert soup.find(id="main-content").name == "main"
    for landmark in ("header", "nav", "footer"):
        assert soup.find(landmark), landmark
    assert soup.html["lang"] == "en-gb"
    assert soup.html["dir"] == "ltr"


def test_breadcrumbs_show_the_way_home_and_mark_the_current_page(demo_site, client):
    page = StandardPage.objects.get(slug="annual-reviews")
    soup = _soup(client.get(page.url))
    crumbs = soup.select("nav.breadcrumbs li")
    assert [crumb.get_text(strip=True) for crumb in crumbs] == [
        demo_site.title,
        "Education and schools",
        "Annual reviews of EHC plans",
    ]
    assert crumbs[-1]["aria-current"] == "page"
    assert crumbs[-1].find("a") is None


def test_footer_links_come_from_the_home_page(demo_site, client):
    links = [a.get_text(strip=True) for a in _soup(client.get("/")).select(".site-footer a")]
    assert "Accessibility statement" in links
    assert "Privacy notice" in links


def test_unknown_address_gives_a_helpful_404(demo_site, client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    soup = _soup(response)
    assert soup.h1.get_text() == "Page not found"
    assert soup.find("input", attrs={"name": "q"}) is not None


@override_settings(DEBUG=False)
def test_500_page_renders_without_the_database(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert b"Sorry, there is a problem with the service" in response.content


class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_live_under_home_or_other_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_the_abstract_content_page_is_not_creatable(self):
        from localoffer.pages import ContentPage

        assert ContentPage._meta.abstract


def test_every_page_type_has_a_search_mapping_name_for_other_backends():
    # Elasticsearch/OpenSearch backends name each model's mapping from its app label: a council
    # switching backends must not find a page type without one.
    from wagtail.models import get_page_models

    for model in get_page_models():
        assert model.indexed_get_content_type()
