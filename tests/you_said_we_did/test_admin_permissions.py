"""Who may see and write "You said, we did": leads only. Editors and moderators never see
entries, which link to families' raw comments, nor the report."""

import pytest
from django.urls import reverse

from tests.you_said_we_did.conftest import RAW_COMMENT
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_urls(raw_comment):
    entry = EntryFactory(comments=[raw_comment])
    group = reverse(
        "wagtail_bulk_action", args=["feedback", "pagefeedback", "group_into_you_said_we_did"]
    )
    return {
        "entries": reverse("wagtailsnippets_feedback_yousaidwedidentry:list"),
        "add entry": reverse("wagtailsnippets_feedback_yousaidwedidentry:add"),
        "edit entry": reverse("wagtailsnippets_feedback_yousaidwedidentry:edit", args=[entry.pk]),
        "report": reverse("you_said_we_did_report:report"),
        "report download": reverse("you_said_we_did_report:report") + "?export=csv",
        "board summary": reverse("you_said_we_did_report:board_summary"),
        "group comments": f"{group}?id={raw_comment.pk}",
    }


def test_families_are_sent_to_the_login_page(client, admin_urls):
    for name, url in admin_urls.items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("wagtailadmin_login")), name


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_see_none_of_it(role, request, client, admin_urls):
    client.force_login(request.getfixturevalue(role))
    for name, url in admin_urls.items():
        response = client.get(url)
        assert response.status_code in (302, 403), name
        assert RAW_COMMENT not in response.content.decode(), name
    assert "You said, we did" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_leads_see_all_of_it(lead_client, admin_urls):
    for name, url in admin_urls.items():
        assert lead_client.get(url).status_code == 200, name
    assert "You said, we did" in lead_client.get(reverse("wagtailadmin_home")).content.decode()


def test_leads_may_publish_lock_and_delete_entries(lead):
    for action in ("add", "change", "delete", "publish", "lock", "unlock"):
        assert lead.has_perm(f"feedback.{action}_yousaidwedidentry"), action
