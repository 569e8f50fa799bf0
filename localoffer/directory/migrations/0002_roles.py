"""Who keeps the directory: editors write and submit records; moderators and Local Offer leads
also publish them. Records go through a workflow in which a moderator or a lead approves, like
pages, so what families and other councils read has had a second pair of eyes."""

from django.db import migrations

from localoffer import roles

RECORDS = ("service", "organisation", "location")
LISTS = ("servicetype", "language")
EDIT = ("add", "change", "delete", "view", "lock", "unlock")
WORKFLOW_NAME = "Directory: a moderator or lead approves"
TASK_NAME = "A moderator or Local Offer lead approves"


def permissions(models, actions):
    return [f"directory.{action}_{model}" for model in models for action in actions]


def grant_roles(apps, schema_editor):
    writers = permissions(RECORDS, EDIT) + permissions(LISTS, ("add", "change", "view"))
    for group in (roles.EDITORS, roles.MODERATORS, roles.LEADS):
        roles.grant(apps, group, writers)
    for group in (roles.MODERATORS, roles.LEADS):
        roles.grant(apps, group, permissions(RECORDS, ("publish",)))


def add_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.create(
        name=TASK_NAME,
        content_type=ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )[0],
        active=True,
    )
    task.groups.set(Group.objects.filter(name__in=[roles.MODERATORS, roles.LEADS]))
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for model in RECORDS:
        record_type, _ = ContentType.objects.get_or_create(app_label="directory", model=model)
        WorkflowContentType.objects.create(content_type=record_type, workflow=workflow)


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("home", "0002_roles"),
    ]

    operations = [
        migrations.RunPython(grant_roles, migrations.RunPython.noop),
        migrations.RunPython(add_workflow, remove_workflow),
    ]
