"""Local Offer leads see and export the content review report (editors see only their own pages
due for review, on the dashboard)."""

from django.db import migrations

from localoffer import roles


def grant_leads(apps, schema_editor):
    roles.grant(apps, roles.LEADS, ["content_review.view_review_report"])


class Migration(migrations.Migration):
    dependencies = [
        ("content_review", "0002_review_status_reminders_snapshots"),
        ("home", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_leads, migrations.RunPython.noop)]
