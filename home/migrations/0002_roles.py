"""Create the "Local Offer leads" role: everything Wagtail's "Editors" can do, plus looking after
content owners. Later apps grant leads their reports with `localoffer.roles.grant`."""

from django.db import migrations

from localoffer import roles


def create_leads(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    editors = Group.objects.get(name=roles.EDITORS)
    leads, _ = Group.objects.get_or_create(name=roles.LEADS)
    leads.permissions.add(*editors.permissions.all())
    for grant in GroupPagePermission.objects.filter(group=editors):
        GroupPagePermission.objects.get_or_create(
            group=leads, page_id=grant.page_id, permission_id=grant.permission_id
        )
    for grant in GroupCollectionPermission.objects.filter(group=editors):
        GroupCollectionPermission.objects.get_or_create(
            group=leads, collection_id=grant.collection_id, permission_id=grant.permission_id
        )

    # Editors and moderators choose a page's owner; leads keep the list of owners.
    for group in (roles.EDITORS, roles.MODERATORS):
        roles.grant(apps, group, ["content_review.view_owner"])
    roles.grant(
        apps,
        roles.LEADS,
        [f"content_review.{action}_owner" for action in ("add", "change", "delete", "view")],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("content_review", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailimages", "0002_initial_data"),
        ("wagtaildocs", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_leads, migrations.RunPython.noop)]
