"""The demo site's pathways, provision and preparing for adulthood content (each test loads the
whole demo site, so there are few of them)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query

from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.models import (
    GuidanceFinderPage,
    PathwayIndexPage,
    PathwayPage,
    PfaIndexPage,
    PfaPage,
    ProvisionEntry,
    ProvisionIndexPage,
    ProvisionPage,
)
from pathways.taxonomy import PfaOutcome

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_guidance_the_issue_asks_for(demo_site):
    pathways = PathwayPage.objects.live()
    assert {
        "Asking for an EHC needs assessment",
        "Extra help in school: the graduated approach",
        "Moving from children's to adult services",
    } <= {pathway.title for pathway in pathways}
    assert pathways.count() >= 4
    assert set(pathways.values_list("audience", flat=True)) == set(Audience.values)
    assert all(pathway.unavailable_links() == [] for pathway in pathways)

    for area in (AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.COGNITION_LEARNING):
        entries = ProvisionEntry.objects.filter(page__area_of_need=area)
        assert set(entries.values_list("phase", flat=True)) == set(Phase.values)

    assert set(PfaPage.objects.live().values_list("outcome", flat=True)) == set(PfaOutcome.values)


def test_home_routes_lead_to_finders_and_guidance_shows_part_of(demo_site, client):
    routes = {route.audience: route.link_page.specific for route in demo_site.audience_routes.all()}
    assert set(routes) == set(Audience.values)
    for audience, page in routes.items():
        assert isinstance(page, GuidanceFinderPage)
        assert page.audience == audience

    sen_support = demo_site.get_descendants().get(slug="sen-support")
    soup = BeautifulSoup(client.get(sen_support.url).content, "html.parser")
    pathways = [a.get_text() for a in soup.select(".part-of__heading a")]
    assert "Asking for an EHC needs assessment" in pathways


def test_every_page_of_this_app_renders_with_one_h1_and_labelled_fields(demo_site, client):
    pages = demo_site.get_descendants().live().specific()
    ours = [page for page in pages if page._meta.app_label == "pathways"]
    assert {type(page) for page in ours} == {
        GuidanceFinderPage,
        PathwayIndexPage,
        PathwayPage,
        PfaIndexPage,
        PfaPage,
        ProvisionIndexPage,
        ProvisionPage,
    }

    for page in ours:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        soup = BeautifulSoup(response.content, "html.parser")
        assert len(soup.select("h1")) == 1, page.url
        ids = [element["id"] for element in soup.select("[id]")]
        assert len(ids) == len(set(ids)), page.url
        for field in soup.select("main select, main input:not([type=hidden]), main textarea"):
            assert soup.select_one(f'label[for="{field["id"]}"]'), (page.url, field["id"])


def test_loading_the_demo_again_changes_nothing(demo_site):
    pathways = list(PathwayPage.objects.values_list("pk", "latest_revision_id"))
    routes = list(demo_site.audience_routes.values_list("link_page_id", flat=True))

    call_command("load_demo", stdout=io.StringIO())

    assert list(PathwayPage.objects.values_list("pk", "latest_revision_id")) == pathways
    assert list(demo_site.audience_routes.values_list("link_page_id", flat=True)) == routes


def test_every_area_of_need_and_phase_a_family_can_choose_has_provision(demo_site, client):
    for area in AreaOfNeed.values:
        for phase in Phase.values:
            assert ProvisionEntry.objects.matching({"area": area, "phase": phase}).exists(), (
                area,
                phase,
            )
    index = ProvisionIndexPage.objects.live().get(locale=demo_site.locale)
    for area in AreaOfNeed.values:
        soup = BeautifulSoup(client.get(index.url, {"area": area}).content, "html.parser")
        count = soup.select_one(".result-count").get_text(strip=True)
        assert not count.startswith("0 "), (area, count)


def test_a_young_person_looking_for_work_is_led_to_guidance_about_work(demo_site, client):
    work = PfaPage.objects.live().get(outcome=PfaOutcome.EMPLOYMENT)
    guide = PathwayPage.objects.live().get(slug="getting-ready-for-work")
    assert guide.audience == Audience.YOUNG_PEOPLE

    route = demo_site.audience_routes.get(audience=Audience.YOUNG_PEOPLE)
    soup = BeautifulSoup(client.get(route.link_page.url).content, "html.parser")
    links = {a["href"] for a in soup.select("main a[href]")}
    assert {work.url, guide.url} <= links
    for search in ("work", "jobs"):
        promoted = Query.get(search).editors_picks.values_list("page_id", flat=True)
        assert {work.pk, guide.pk} <= set(promoted), search
