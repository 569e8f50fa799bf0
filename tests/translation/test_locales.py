import pytest
from django.test import override_settings
from wagtail.models import Locale

from localoffer.translation.locales import create_missing_locales

pytestmark = pytest.mark.django_db


def test_every_configured_language_has_a_locale_after_migrate():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {
        "en-gb",
        "pl",
        "ar",
        "ur",
    }


def test_a_language_added_to_settings_gets_its_locale_and_existing_ones_are_kept():
    polish = Locale.objects.get(language_code="pl")
    languages = [("en-gb", "English"), ("pl", "Polski"), ("so", "Soomaali")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        create_missing_locales()
    assert Locale.objects.get(language_code="pl") == polish
    assert Locale.objects.filter(language_code="so").exists()
    # A language taken out of settings keeps its Locale: deleting it would delete its pages.
    assert Locale.objects.filter(language_code="ar").exists()
