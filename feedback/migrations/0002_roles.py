"""Give "Local Offer leads" the feedback screens: the comments inbox (read and triage), survey
results and contact details, and the outcome indicators they define and report. Editors and
moderators get none of these: they never see families' raw comments."""

from django.db import migrations

from localoffer import roles

LEAD_PERMISSIONS = [
    "feedback.view_pagefeedback",
    "feedback.change_pagefeedback",
    "feedback.view_surveyresponse",
    "feedback.view_surveycontact",
    "feedback.delete_surveycontact",
    *(f"feedback.{action}_outcomeindicator" for action in ("add", "change", "delete", "view")),
]


def grant_leads(apps, schema_editor):
    roles.grant(apps, roles.LEADS, LEAD_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("home", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_leads, migrations.RunPython.noop)]
