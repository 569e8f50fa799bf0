"""The home page's audience routes become translatable (wagtail-localize), so each language's home
page has routes in its own words. Each existing route gets its own translation key and its home
page's locale; 0004 then makes both required (a separate migration, as PostgreSQL cannot alter a
table with row updates pending in the same transaction)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def give_routes_a_locale_and_key(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    AudienceRoute = apps.get_model("home", "AudienceRoute")
    home_locale = Page.objects.filter(pk=OuterRef("page_id")).values("locale_id")
    AudienceRoute.objects.update(locale_id=Subquery(home_locale))
    for pk in AudienceRoute.objects.values_list("pk", flat=True):
        AudienceRoute.objects.filter(pk=pk).update(translation_key=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="audienceroute",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="audienceroute",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_routes_a_locale_and_key, migrations.RunPython.noop),
    ]
