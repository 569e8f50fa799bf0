import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("home", "0003_translatable_audience_routes")]

    operations = [
        migrations.AlterField(
            model_name="audienceroute",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="audienceroute",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="audienceroute", unique_together={("translation_key", "locale")}
        ),
        migrations.AlterModelOptions(
            name="audienceroute",
            options={"ordering": ["sort_order"], "verbose_name": "audience route"},
        ),
    ]
