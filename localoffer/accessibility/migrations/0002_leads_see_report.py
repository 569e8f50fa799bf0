"""Local Offer leads see the Accessibility report."""

from django.db import migrations

from localoffer import roles


def grant_leads(apps, schema_editor):
    roles.grant(apps, roles.LEADS, ["accessibility.view_accessibilitycheck"])


class Migration(migrations.Migration):
    dependencies = [
        ("accessibility", "0001_initial"),
        ("home", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_leads, migrations.RunPython.noop)]
