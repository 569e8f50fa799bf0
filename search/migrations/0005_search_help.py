"""Search help (a site setting): the pages a search that finds nothing sends families to. Leads
choose them."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from localoffer import roles


def grant(apps, schema_editor):
    roles.grant(apps, roles.LEADS, ["search.change_searchhelp"])


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_families_words'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchHelp',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('advice_service_page', models.ForeignKey(blank=True, help_text='The independent advice service for families (SENDIASS).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='independent advice page')),
                ('send_team_page', models.ForeignKey(blank=True, help_text="How to contact the council's SEND team.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='SEND team contact page')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'search help',
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
