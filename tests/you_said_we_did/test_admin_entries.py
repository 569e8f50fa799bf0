"""Leads write entries in the admin: drafts stay private until published, moderation goes
through a second lead, and the editor guards against pasting a family's comment."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Workflow, WorkflowContentType
from wagtail.test.utils.form_data import nested_form_data

from feedback.models import YouSaidWeDidEntry
from tests.feedback.factories import PageFeedbackFactory
from tests.you_said_we_did.conftest import RAW_COMMENT
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db

ADD = reverse("wagtailsnippets_feedback_yousaidwedidentry:add")


def edit_url(entry):
    return reverse("wagtailsnippets_feedback_yousaidwedidentry:edit", args=[entry.pk])


def form_data(**fields):
    data = {
        "title": "Plainer words",
        "topic": "ehc-plans",
        "you_said": "Our EHC plan pages used words you had to look up.",
        "approved_quotation": "",
        "status": "in_progress",
        "we_did": "We are explaining every word.",
        "received_on": "2025-01-06",
        "resolved_on": "",
        "changed_pages": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
    }
    data.update(fields)
    return nested_form_data(data)


def test_a_lead_saves_a_draft_and_then_publishes_it(lead_client, yswd_page, client):
    response = lead_client.post(ADD, form_data())
    assert response.status_code == 302
    entry = YouSaidWeDidEntry.objects.get()
    assert not entry.live
    assert "Plainer words" not in client.get(yswd_page.url).content.decode()

    response = lead_client.post(edit_url(entry), form_data(**{"action-publish": "publish"}))
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.live
    assert "Plainer words" in client.get(yswd_page.url).content.decode()


def test_publishing_applies_the_status_rules(lead_client):
    entry = EntryFactory(status="in_progress", publish=False)
    response = lead_client.post(
        edit_url(entry), form_data(status="not_possible", we_did="", **{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert "Say why we cannot do this." in response.content.decode()
    entry.refresh_from_db()
    assert not entry.live


def test_the_editor_refuses_a_comment_pasted_as_the_summary(lead_client, raw_comment):
    entry = EntryFactory(comments=[raw_comment], publish=False, status="received", we_did="")
    data = form_data(you_said=f"Families said: {RAW_COMMENT}")
    response = lead_client.post(edit_url(entry), {**data, "comments": [raw_comment.pk]})
    assert response.status_code == 200
    assert "This repeats a family" in response.content.decode()
    # Unlinking the comment first does not make pasting it fine.
    response = lead_client.post(edit_url(entry), data)
    assert "This repeats a family" in response.content.decode()


def test_the_editor_lists_only_the_linked_comments(lead_client, raw_comment, guidance_page):
    PageFeedbackFactory(page=guidance_page, comment="Someone else's unrelated comment")
    entry = EntryFactory(comments=[raw_comment], publish=False)
    html = BeautifulSoup(lead_client.get(edit_url(entry)).content, "html.parser")
    boxes = html.select("input[name=comments]")
    assert [box["value"] for box in boxes] == [str(raw_comment.pk)]
    assert all(box.has_attr("checked") for box in boxes)


def test_unticking_a_comment_unlinks_it(lead_client, raw_comment, guidance_page):
    kept = PageFeedbackFactory(page=guidance_page, comment="Kept")
    entry = EntryFactory(comments=[raw_comment, kept], publish=False, status="in_progress")
    response = lead_client.post(edit_url(entry), {**form_data(), "comments": [kept.pk]})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert list(entry.comments.all()) == [kept]


def test_entries_go_through_a_leads_approval_when_submitted_for_moderation(
    lead_client, client, yswd_page
):
    workflow = WorkflowContentType.objects.get(
        content_type__app_label="feedback", content_type__model="yousaidwedidentry"
    ).workflow
    assert isinstance(workflow, Workflow)
    assert [group.name for task in workflow.tasks for group in task.specific.groups.all()] == [
        "Local Offer leads"
    ]
    entry = EntryFactory(publish=False, status="in_progress")

    lead_client.post(edit_url(entry), form_data(**{"action-submit": "submit"}))

    entry.refresh_from_db()
    assert entry.workflow_in_progress
    assert not entry.live
    assert "Plainer words" not in client.get(yswd_page.url).content.decode()


def test_the_entries_list_takes_as_many_queries_for_many_entries_as_for_few(
    lead_client, django_assert_max_num_queries
):
    listing = reverse("wagtailsnippets_feedback_yousaidwedidentry:list")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert lead_client.get(listing).status_code == 200
        return len(captured)

    EntryFactory()
    queries()  # the first request also caches what does not change
    few = queries()
    for _ in range(10):
        EntryFactory()
    assert queries() == few
    with django_assert_max_num_queries(15):  # 14 today, most of them Wagtail's admin furniture
        lead_client.get(listing)
