"""Editors, moderators and leads keep the search synonyms. Leads also see the search insights
report and choose the results promoted for a search (Wagtail's "Promoted search results")."""

from django.db import migrations

from localoffer import roles

SYNONYM_PERMISSIONS = [
    f"search.{action}_synonymgroup" for action in ("add", "change", "delete", "view")
]
LEAD_PERMISSIONS = [
    "search.view_searchtermcount",
    *(
        f"wagtailsearchpromotions.{action}_searchpromotion"
        for action in ("add", "change", "delete")
    ),
]


def grant(apps, schema_editor):
    for group in (roles.EDITORS, roles.MODERATORS, roles.LEADS):
        roles.grant(apps, group, SYNONYM_PERMISSIONS)
    roles.grant(apps, roles.LEADS, LEAD_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_starting_synonyms"),
        ("home", "0002_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
