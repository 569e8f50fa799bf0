"""Each role reaches exactly what it should, tested with the real groups from the migrations."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance_page(demo_site):
    return StandardPage.objects.get(slug="short-breaks")


def _permissions(user, page):
    return page.permissions_for_user(user)


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


@pytest.mark.parametrize("role", ["editor", "moderator", "lead"])
def test_every_role_can_open_the_admin_and_edit_pages(role, request, client, guidance_page):
    user = request.getfixturevalue(role)
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    edit_url = reverse("wagtailadmin_pages:edit", args=[guidance_page.pk])
    assert client.get(edit_url).status_code == 200
    assert _permissions(user, guidance_page).can_edit()


def test_only_moderators_publish(editor, moderator, lead, guidance_page):
    assert _permissions(moderator, guidance_page).can_publish()
    assert not _permissions(editor, guidance_page).can_publish()
    assert not _permissions(lead, guidance_page).can_publish()


def test_editors_submit_for_moderation_instead_of_publishing(editor, client, guidance_page):
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[guidance_page.pk])
    page_html = client.get(edit_url).content.decode()
    assert "Submit to" in page_html or "action-submit" in page_html
    assert 'name="action-publish"' not in page_html


def test_only_leads_manage_content_owners(editor, moderator, lead):
    for user in (editor, moderator):
        assert user.has_perm("content_review.view_owner")
        assert not user.has_perm("content_review.change_owner")
    assert lead.has_perm("content_review.add_owner")
    assert lead.has_perm("content_review.change_owner")


@pytest.mark.parametrize("role", ["editor", "moderator", "lead"])
def test_no_role_manages_users_or_sites(role, request, client):
    client.force_login(request.getfixturevalue(role))
    for url_name in ("wagtailusers_users:index", "wagtailsites:index", "wagtailusers_groups:index"):
        response = client.get(reverse(url_name))
        assert response.status_code == 302, url_name  # redirected away: permission denied


def test_editors_cannot_add_pages_at_the_tree_root(editor):
    root = Page.get_first_root_node()
    assert not root.permissions_for_user(editor).can_publish_subpage()
