import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_demo_site_has_at_least_25_live_english_pages_of_every_type(demo_site):
    english = Page.objects.live().filter(locale=demo_site.locale)
    assert english.type(HomePage, StandardPage).count() >= 25
    assert english.type(HomePage).count() == 1
    assert english.type(StandardPage).count() >= 24


def test_every_demo_page_renders_for_an_anonymous_visitor(demo_site, client):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    failures = []
    for page in pages:
        response = client.get(page.url)
        if response.status_code != 200:
            failures.append((page.url, response.status_code))
    assert failures == []
    assert len(pages) >= 25


def test_load_demo_is_idempotent_and_keeps_editors_changes(demo_site):
    page = StandardPage.objects.get(slug="short-breaks")
    page.title = "Short breaks (edited)"
    page.save_revision().publish()
    count = Page.objects.count()

    output = io.StringIO()
    call_command("load_demo", stdout=output)

    assert Page.objects.count() == count
    assert "0 pages added" in output.getvalue()
    assert StandardPage.objects.get(slug="short-breaks").title == "Short breaks (edited)"


def test_demo_images_have_alt_text(demo_site):
    from wagtail.images import get_image_model

    for image in get_image_model().objects.all():
        assert image.description.strip(), f"{image.title} has no alt text"


def test_home_page_routes_lead_to_each_audience(demo_site, client):
    response = client.get("/")
    routes = list(demo_site.audience_routes.all())
    assert {route.audience for route in routes} == {
        "parents-carers",
        "young-people",
        "professionals",
    }
    for route in routes:
        assert route.link_page.url in response.content.decode()


@pytest.mark.parametrize(
    "slug",
    ["short-breaks", "home-to-school-transport", "eotas", "disabled-childrens-register"],
)
def test_service_pages_say_who_can_get_it_how_to_ask_and_whom_to_contact(demo_site, client, slug):
    page = StandardPage.objects.live().get(slug=slug)
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    headings = [h2.get_text(strip=True) for h2 in soup.select("main h2")]
    assert any(heading.startswith("Who can") for heading in headings), headings
    assert any(heading.startswith("How to") for heading in headings), headings
    contact = soup.select_one("main .contact-card")
    assert contact is not None
    assert "01234" in contact.get_text()
