import uuid

import django.db.models.deletion
from django.db import migrations, models


def locale_field():
    return models.ForeignKey(
        editable=False,
        on_delete=django.db.models.deletion.PROTECT,
        related_name="+",
        to="wagtailcore.locale",
        verbose_name="locale",
    )


class Migration(migrations.Migration):
    dependencies = [("pathways", "0003_translatable_entries_and_items")]

    operations = [
        migrations.AlterField(
            model_name="provisionentry",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(model_name="provisionentry", name="locale", field=locale_field()),
        migrations.AlterUniqueTogether(
            name="provisionentry", unique_together={("translation_key", "locale")}
        ),
        migrations.AlterField(
            model_name="pfaitem",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(model_name="pfaitem", name="locale", field=locale_field()),
        migrations.AlterUniqueTogether(
            name="pfaitem", unique_together={("translation_key", "locale")}
        ),
    ]
