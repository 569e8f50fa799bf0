import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def content_reviewed_when_last_reviewed(apps, schema_editor):
    ReviewStatus = apps.get_model("content_review", "ReviewStatus")
    ReviewStatus.objects.update(content_reviewed_at=models.F("last_reviewed_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("content_review", "0003_leads_see_report"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="reviewstatus",
            name="content_reviewed_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.RunPython(content_reviewed_when_last_reviewed, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="reviewstatus",
            name="content_reviewed_at",
            field=models.DateTimeField(),
        ),
        migrations.CreateModel(
            name="PartReview",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("reviewed_at", models.DateTimeField()),
                (
                    "owner",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="part_reviews",
                        to="content_review.owner",
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("page", "owner"), name="one_part_review_per_owner"
                    )
                ],
            },
        ),
        migrations.AlterField(
            model_name="reviewreminder",
            name="reason",
            field=models.CharField(
                choices=[
                    ("due_soon", "Due for review soon"),
                    ("overdue", "Overdue for review"),
                    ("feedback", "Review requested by feedback"),
                    ("no_owner", "No active owner"),
                    ("cover", "Sent to cover: not reviewed in 6 months"),
                    ("escalation", "Escalated to the leads"),
                ],
                max_length=20,
            ),
        ),
    ]
