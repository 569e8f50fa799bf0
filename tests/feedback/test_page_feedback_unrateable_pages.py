"""Page feedback only about pages families can open.

Found by tests/production/test_hostile_input.py: the root of the page tree is live and public
but has no address, so opening its feedback URL was a server error, and a rating sent to it was
stored and the family sent back to "None?feedback=thanks"."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from feedback.models import PageFeedback
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["tree root", "outside every site"])
def unrateable_page(request, home_page):
    root = Page.objects.get(depth=1)
    if request.param == "tree root":
        return root
    return StandardPageFactory(parent=root, title="A page no site serves")


def feedback_url(page):
    return reverse("feedback:page_feedback", args=[page.pk])


def test_its_feedback_address_is_not_found(client, unrateable_page):
    assert client.get(feedback_url(unrateable_page)).status_code == 404


def test_a_rating_for_it_is_not_found_and_not_stored(client, unrateable_page):
    response = client.post(feedback_url(unrateable_page), {"rating": "4"})

    assert response.status_code == 404
    assert not PageFeedback.objects.exists()


def test_a_page_families_can_open_still_takes_ratings(client, home_page):
    response = client.post(feedback_url(home_page), {"rating": "4"})

    assert response.status_code == 303
    assert PageFeedback.objects.get().page_id == home_page.pk
