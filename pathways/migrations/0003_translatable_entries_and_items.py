"""Provision entries and preparing for adulthood items become translatable (wagtail-localize), so a
translated page has entries and items in its own language. Each existing row gets its own
translation key and its page's locale; 0004 then makes both required (a separate migration, as
PostgreSQL cannot alter a table with row updates pending in the same transaction)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def give_rows_a_locale_and_key(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for model_name in ("ProvisionEntry", "PfaItem"):
        model = apps.get_model("pathways", model_name)
        page_locale = Page.objects.filter(pk=OuterRef("page_id")).values("locale_id")
        model.objects.update(locale_id=Subquery(page_locale))
        for pk in model.objects.values_list("pk", flat=True):
            model.objects.filter(pk=pk).update(translation_key=uuid.uuid4())


def locale_field():
    return models.ForeignKey(
        editable=False,
        null=True,
        on_delete=django.db.models.deletion.PROTECT,
        related_name="+",
        to="wagtailcore.locale",
        verbose_name="locale",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pathways", "0002_areas_of_need"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="provisionentry",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(model_name="provisionentry", name="locale", field=locale_field()),
        migrations.AddField(
            model_name="pfaitem",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(model_name="pfaitem", name="locale", field=locale_field()),
        migrations.RunPython(give_rows_a_locale_and_key, migrations.RunPython.noop),
    ]
