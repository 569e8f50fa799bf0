"""Every workflow's group approval becomes an approval by someone else: the same name and groups,
but whoever submitted a page or "You said, we did" entry cannot approve it themselves. The old
tasks are deactivated (moderation already under way finishes with them)."""

from django.db import migrations


def approve_by_someone_else(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    TwoPeopleApprovalTask = apps.get_model("security", "TwoPeopleApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    group_approval, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    two_people, _ = ContentType.objects.get_or_create(
        app_label="security", model="twopeopleapprovaltask"
    )
    for old in GroupApprovalTask.objects.filter(content_type=group_approval, active=True):
        new = TwoPeopleApprovalTask.objects.create(
            name=old.name, content_type=two_people, active=True
        )
        new.groups.set(old.groups.all())
        WorkflowTask.objects.filter(task_id=old.pk).update(task_id=new.pk)
        old.active = False
        old.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("security", "0001_two_people_approval_task"),
        ("feedback", "0004_you_said_we_did_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(approve_by_someone_else, migrations.RunPython.noop)]
