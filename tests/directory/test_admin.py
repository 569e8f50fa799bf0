"""Editors keep the directory in the Wagtail admin: drafts, moderation and history."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import WorkflowContentType

from localoffer.directory.models import Service

from .factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_services_go_through_moderation():
    assert WorkflowContentType.objects.filter(content_type__model="service").exists()


def test_editors_save_drafts_but_cannot_publish(client, editor):
    service = ServiceFactory(name="Saturday Club", publish=False)
    client.force_login(editor)
    assert not editor.has_perm("directory.publish_service")
    assert editor.has_perm("directory.change_service")
    response = client.get(reverse("wagtailsnippets_directory_service:edit", args=[service.pk]))
    assert response.status_code == 200


def test_moderators_publish(moderator):
    assert moderator.has_perm("directory.publish_service")


def test_the_list_shows_when_each_service_was_checked(client, lead, django_assert_max_num_queries):
    for number in range(5):
        ServiceFactory(name=f"Service {number}")
    client.force_login(lead)
    with django_assert_max_num_queries(40):
        response = client.get(reverse("wagtailsnippets_directory_service:list"))
    soup = BeautifulSoup(response.content, "html.parser")
    rows = soup.select("tbody tr")
    assert len(rows) == Service.objects.count() == 5
    assert "Next check due" in soup.select_one("thead").get_text()


def test_history_keeps_each_revision(client, lead):
    service = ServiceFactory(name="Saturday Club")
    service.name = "Saturday Club for 7 to 13"
    service.save_revision(user=lead).publish()
    assert service.revisions.count() == 2
    client.force_login(lead)
    response = client.get(reverse("wagtailsnippets_directory_service:history", args=[service.pk]))
    assert response.status_code == 200
