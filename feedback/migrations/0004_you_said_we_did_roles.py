"""Give "Local Offer leads" the "You said, we did" entries (write, publish, lock) and report, and
set up moderation for entries: a workflow in which a lead approves another lead's entry.

Leads may still publish directly; the workflow is there for a lead who wants a second pair of
eyes before something goes public ("Submit for moderation"). Editors and moderators get none of
this: entries link to families' raw comments."""

from django.db import migrations

from localoffer import roles

ENTRY = "yousaidwedidentry"
LEAD_PERMISSIONS = [
    f"feedback.{action}_{ENTRY}"
    for action in ("add", "change", "delete", "view", "publish", "lock", "unlock")
]
WORKFLOW_NAME = "“You said, we did”: a lead approves"
TASK_NAME = "A Local Offer lead approves"


def grant_leads(apps, schema_editor):
    roles.grant(apps, roles.LEADS, LEAD_PERMISSIONS)


def add_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    entry_type, _ = ContentType.objects.get_or_create(app_label="feedback", model=ENTRY)
    if WorkflowContentType.objects.filter(content_type=entry_type).exists():
        return
    task = GroupApprovalTask.objects.create(
        name=TASK_NAME,
        content_type=ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )[0],
        active=True,
    )
    task.groups.set([Group.objects.get(name=roles.LEADS)])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(content_type=entry_type, workflow=workflow)


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0003_you_said_we_did"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(grant_leads, migrations.RunPython.noop),
        migrations.RunPython(add_workflow, remove_workflow),
    ]
