"""Each strategy priority indicators named in words becomes a Priority, linked from them; and
leads may manage priorities and service measures."""

from django.db import migrations

from localoffer import roles

LEAD_PERMISSIONS = [
    f"feedback.{action}_{model}"
    for model in ("priority", "servicemeasure")
    for action in ("add", "change", "delete", "view")
]


def link_priorities(apps, schema_editor):
    OutcomeIndicator = apps.get_model("feedback", "OutcomeIndicator")
    Priority = apps.get_model("feedback", "Priority")
    names = OutcomeIndicator.objects.order_by("priority").values_list("priority", flat=True)
    for order, name in enumerate(dict.fromkeys(names), start=1):
        priority, _created = Priority.objects.get_or_create(
            name=name, defaults={"sort_order": order}
        )
        OutcomeIndicator.objects.filter(priority=name).update(priority_link=priority)


def names_from_priorities(apps, schema_editor):
    OutcomeIndicator = apps.get_model("feedback", "OutcomeIndicator")
    for indicator in OutcomeIndicator.objects.select_related("priority_link"):
        indicator.priority = indicator.priority_link.name
        indicator.save(update_fields=["priority"])


def grant_leads(apps, schema_editor):
    roles.grant(apps, roles.LEADS, LEAD_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("feedback", "0006_priorities_and_service_measures")]

    operations = [
        migrations.RunPython(link_priorities, names_from_priorities),
        migrations.RunPython(grant_leads, migrations.RunPython.noop),
    ]
