"""Search engines get a sitemap of each language's pages, listed in one index that robots.txt
names (localoffer/sitemaps.py)."""

from urllib.parse import urlparse
from xml.etree import ElementTree

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(response, tag):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return [urlparse(element.text).path for element in root.findall(f"sm:{tag}/sm:loc", NS)]


def test_robots_txt_names_the_sitemap_index(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


def test_the_sitemap_index_lists_one_sitemap_for_each_language(client, home_page):
    assert locations(client.get("/sitemap.xml"), "sitemap") == [
        "/sitemap-en-gb.xml",
        "/sitemap-pl.xml",
        "/sitemap-ar.xml",
        "/sitemap-ur.xml",
    ]


def test_each_language_sitemap_lists_its_own_live_public_pages(
    client, home_page, guidance, polish_guidance, django_assert_max_num_queries
):
    for title in ["Transport", "Therapies"]:
        StandardPageFactory(parent=home_page, title=title)
    StandardPageFactory(parent=home_page, title="A draft", publish=False)
    restricted = StandardPageFactory(parent=home_page, title="For staff")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")

    # As many queries for a site of a thousand pages.
    with django_assert_max_num_queries(9):
        english = locations(client.get("/sitemap-en-gb.xml"), "url")
    assert english == ["/", "/short-breaks/", "/transport/", "/therapies/"]
    assert locations(client.get("/sitemap-pl.xml"), "url") == ["/pl/", "/pl/short-breaks/"]
    # Not published in Arabic yet: an empty sitemap, not an error.
    assert locations(client.get("/sitemap-ar.xml"), "url") == []


def test_a_language_the_site_does_not_offer_has_no_sitemap(client, home_page):
    assert client.get("/sitemap-fr.xml").status_code == 404
