"""The demo's "Find a service" in Polish, Arabic and Urdu (translations made from the PO files
beside its page file): a family searching in Arabic gets the page in Arabic, right to left, and
finds services; their pages and the way back stay in Arabic."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Locale

from localoffer.directory.pages import DirectoryPage
from localoffer.translation.translate import untranslated_strings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site", "search_index")]

# An autism group for a nine-year-old within 5 miles of a demo postcode (issue 22's walk).
AUTISM_GROUP_NEARBY = {"q": "autism", "age": 9, "postcode": "AN1 1AA", "miles": 5}


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def directory_in(language_code):
    return DirectoryPage.objects.live().get(locale__language_code=language_code)


@pytest.mark.parametrize(
    ("language_code", "title", "direction"),
    [
        ("pl", "Znajdź usługę", "ltr"),
        ("ar", "ابحث عن خدمة", "rtl"),
        ("ur", "کوئی سروس تلاش کریں", "rtl"),
    ],
)
def test_find_a_service_in_each_language(client, language_code, title, direction):
    english = DirectoryPage.objects.get(locale=Locale.get_default())
    page = directory_in(language_code)
    assert not untranslated_strings(english, page.locale)

    soup = soup_of(client.get(page.url))

    assert page.url == f"/{language_code}/find-a-service/"
    assert (soup.html["lang"], soup.html["dir"]) == (language_code, direction)
    assert soup.h1.get_text(strip=True) == title
    with translation.override(language_code):
        expected = translation.gettext("What are you looking for?")
    assert (
        soup.select_one("label[for=id_q]").get_text(strip=True)
        == expected
        != ("What are you looking for?")
    )


def test_a_search_in_arabic_finds_services_and_leads_back_in_arabic(client):
    page = directory_in("ar")
    soup = soup_of(client.get(page.url, AUTISM_GROUP_NEARBY))

    links = soup.select(".service-list__item h3 a")
    assert "Anyford Autism Family Group" in [link.get_text() for link in links]
    # The interface is in Arabic; services keep the language they were written in.
    assert links[0].parent["dir"] == "auto"
    with translation.override("ar"):
        count = translation.ngettext(
            "%(counter)s service found", "%(counter)s services found", len(links)
        ) % {"counter": len(links)}
        search_button = translation.gettext("Search")
    assert soup.select_one("#results").get_text(strip=True) == count
    assert soup.select_one(".directory-search button").get_text(strip=True) == search_button

    service = soup_of(client.get(links[0]["href"]))

    assert urlsplit(links[0]["href"]).path.startswith("/ar/find-a-service/")
    assert (service.html["lang"], service.html["dir"]) == ("ar", "rtl")
    [back] = [link for link in service.select("a") if "ابحث عن خدمة" in link.get_text()]
    assert urlsplit(back["href"]).path == "/ar/find-a-service/"
    assert "Anyford Autism Family Group" in [
        link.get_text()
        for link in soup_of(client.get(back["href"])).select(".service-list__item h3 a")
    ]
