"""Nobody approves their own submission: pages and "You said, we did" entries need two people."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Task, Workflow

from localoffer import roles
from localoffer.security.models import TwoPeopleApprovalTask
from tests.factories import StandardPageFactory
from tests.you_said_we_did.factories import EntryFactory


def approves(task, obj, user):
    return "approve" in {name for name, _label, _form in task.get_actions(obj, user)}


@pytest.fixture
def second_moderator(db):
    user = get_user_model().objects.create_user(username="second-moderator", password="x")
    user.groups.add(Group.objects.get(name=roles.MODERATORS))
    return user


def test_every_workflow_approves_by_someone_else(db):
    tasks = [task.specific for workflow in Workflow.objects.all() for task in workflow.tasks.all()]
    assert tasks
    assert all(isinstance(task, TwoPeopleApprovalTask) for task in tasks)


def test_a_moderator_cannot_approve_their_own_page(home_page, moderator, second_moderator, client):
    page = StandardPageFactory(parent=home_page, title="Short breaks")
    page.save_revision(user=moderator)
    state = page.get_workflow().start(page, user=moderator)
    task = state.current_task_state.task.specific

    assert not approves(task, page, moderator)
    assert approves(task, page, second_moderator)
    client.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url)
    state.refresh_from_db()
    assert state.status == state.STATUS_IN_PROGRESS
    assert response.status_code in (302, 403)


def test_a_lead_cannot_approve_their_own_you_said_we_did_entry(lead, db):
    other_lead = get_user_model().objects.create_user(username="other-lead", password="x")
    other_lead.groups.add(Group.objects.get(name=roles.LEADS))
    entry = EntryFactory(publish=False)
    entry.save_revision(user=lead)
    state = entry.get_workflow().start(entry, user=lead)
    task = state.current_task_state.task.specific

    assert not approves(task, entry, lead)
    assert approves(task, entry, other_lead)


def test_the_old_group_approval_tasks_are_kept_but_retired(db):
    old = Task.objects.filter(
        content_type=ContentType.objects.get(app_label="wagtailcore", model="groupapprovaltask")
    )
    assert old.exists()
    assert not old.filter(active=True).exists()
