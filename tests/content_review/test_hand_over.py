"""Handing all of one owner's pages to another, in one admin action."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import ModelLogEntry

from home.models import StandardPage
from localoffer.content_review.models import ReviewStatus
from localoffer.content_review.reviews import HAND_OVER
from tests.factories import OwnerFactory

from .factories import content_page


def hand_over_url(owner):
    return reverse("wagtailsnippets_content_review_owner:hand_over", args=[owner.pk])


@pytest.fixture
def leaver(db):
    return OwnerFactory(name="Rob Ellis", email="rob@anyshire.example")


@pytest.fixture
def successor(db):
    return OwnerFactory(name="Aisha Rahman", email="aisha@anyshire.example")


@pytest.fixture
def leavers_pages(section, leaver):
    return [content_page(section, content_owner=leaver, title=f"Page {n}") for n in range(3)]


def test_a_lead_hands_all_of_an_owners_pages_to_another(
    client, lead, leaver, successor, leavers_pages, section
):
    client.force_login(lead)

    response = client.post(hand_over_url(leaver), {"new_owner": successor.pk}, follow=True)

    assert "3 pages handed over from Rob Ellis to Aisha Rahman." in response.content.decode()
    page_ids = [page.pk for page in leavers_pages]
    owners = StandardPage.objects.filter(pk__in=page_ids).values_list("content_owner", flat=True)
    assert set(owners) == {successor.pk}
    assert set(
        ReviewStatus.objects.filter(page_id__in=page_ids).values_list("owner", flat=True)
    ) == {successor.pk}
    assert StandardPage.objects.get(pk=section.pk).content_owner != successor  # not Rob's
    entry = ModelLogEntry.objects.get(action=HAND_OVER, object_id=str(leaver.pk))
    assert entry.user == lead
    assert entry.data == {"to": "Aisha Rahman", "pages": 3}
    assert entry.message == "Handed 3 pages over to Aisha Rahman"


def test_the_next_publish_keeps_the_new_owner(client, lead, leaver, successor, leavers_pages):
    page = leavers_pages[0]
    page.title = "An unpublished change"
    page.save_revision()
    client.force_login(lead)

    client.post(hand_over_url(leaver), {"new_owner": successor.pk})
    StandardPage.objects.get(pk=page.pk).get_latest_revision().publish()

    assert StandardPage.objects.get(pk=page.pk).content_owner == successor
    assert ReviewStatus.objects.get(page=page).owner == successor


def test_a_draft_that_names_someone_else_keeps_them(client, lead, leaver, successor, leavers_pages):
    page = leavers_pages[0]
    someone_else = OwnerFactory()
    page.content_owner = someone_else
    page.save_revision()
    client.force_login(lead)

    client.post(hand_over_url(leaver), {"new_owner": successor.pk})

    draft = StandardPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.content_owner == someone_else


def test_pages_cannot_be_handed_to_the_same_or_an_inactive_owner(
    client, lead, leaver, leavers_pages
):
    inactive = OwnerFactory(active=False)
    client.force_login(lead)

    for new_owner in (leaver, inactive):
        response = client.post(hand_over_url(leaver), {"new_owner": new_owner.pk})
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
    assert set(
        ReviewStatus.objects.filter(page__in=leavers_pages).values_list("owner", flat=True)
    ) == {leaver.pk}


def test_editors_cannot_hand_pages_over(client, editor, leaver, successor, leavers_pages):
    client.force_login(editor)

    response = client.post(hand_over_url(leaver), {"new_owner": successor.pk})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert ReviewStatus.objects.filter(owner=successor).count() == 0


@pytest.mark.parametrize(("role", "offered"), [("editor", False), ("lead", True)])
def test_the_owner_listing_offers_hand_over_to_leads(client, request, leaver, role, offered):
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("wagtailsnippets_content_review_owner:list"))

    html = BeautifulSoup(response.content, "html.parser")
    assert bool(html.find("a", href=hand_over_url(leaver))) is offered


def test_the_hand_over_form_says_how_many_published_pages_move(client, lead, leaver, leavers_pages):
    client.force_login(lead)

    response = client.get(hand_over_url(leaver))

    html = BeautifulSoup(response.content, "html.parser")
    assert "Rob Ellis owns 3 published pages." in html.get_text(" ", strip=True)
    assert html.find("label", attrs={"for": "id_new_owner"})
