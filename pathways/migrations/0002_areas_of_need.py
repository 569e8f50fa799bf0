"""One row per broad area of need, from the taxonomy, so pathways can be tagged with several."""

from django.db import migrations

from localoffer.taxonomy import AreaOfNeed


def add_areas(apps, schema_editor):
    AreaOfNeedChoice = apps.get_model("pathways", "AreaOfNeedChoice")
    for area in AreaOfNeed:
        AreaOfNeedChoice.objects.get_or_create(value=area.value)


class Migration(migrations.Migration):
    dependencies = [("pathways", "0001_initial")]

    operations = [migrations.RunPython(add_areas, migrations.RunPython.noop)]
