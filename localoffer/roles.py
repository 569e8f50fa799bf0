"""The site's roles, as Django groups.

Wagtail creates "Editors" (add and edit pages) and "Moderators" (also publish). We add "Local Offer
leads": everything editors can do, plus the reports, feedback, indicators and "You said, we did"
screens. Apps grant their own permissions to a role from a data migration with `grant()`.
"""

from django.contrib.auth.management import create_permissions

EDITORS = "Editors"
MODERATORS = "Moderators"
LEADS = "Local Offer leads"


def grant(apps, group_name, permissions):
    """Give `group_name` each permission named as "app_label.codename" (for data migrations)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for dotted in permissions:
        app_label, codename = dotted.split(".")
        _ensure_permissions_exist(apps, app_label)
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def _ensure_permissions_exist(apps, app_label):
    # Django creates permissions after all migrations have run (post_migrate), which is too late
    # for a data migration on a fresh database; create them now. Historical app configs have no
    # models module, which makes create_permissions skip them, so lend them one for the call.
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
