import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("feedback", "0007_priorities_from_names")]

    operations = [
        migrations.RemoveField(model_name="outcomeindicator", name="priority"),
        migrations.RenameField(
            model_name="outcomeindicator", old_name="priority_link", new_name="priority"
        ),
        migrations.AlterField(
            model_name="outcomeindicator",
            name="priority",
            field=models.ForeignKey(
                help_text="The strategy priority this reports on to the Board.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="indicators",
                to="feedback.priority",
                verbose_name="strategy priority",
            ),
        ),
        migrations.AlterModelOptions(
            name="outcomeindicator",
            options={"ordering": ["priority__sort_order", "priority__name", "name"]},
        ),
    ]
