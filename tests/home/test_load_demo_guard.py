"""`load_demo` never runs on a server's database: only with development settings, and not over
content people made unless told `--force`."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from home.models import StandardPage
from tests.factories import StandardPageFactory


def test_it_refuses_without_development_settings(home_page, settings):
    settings.LOCALOFFER_DEMO_USERS = False
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="development settings"):
        call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == pages


def test_it_refuses_a_database_with_other_peoples_content(home_page, editor):
    page = StandardPageFactory(parent=home_page, title="Our real Local Offer")
    page.save_revision(user=editor)
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert not StandardPage.objects.filter(slug="short-breaks").exists()
