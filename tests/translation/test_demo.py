"""The demonstration translations `load_demo` makes from the PO files beside the demo's page files
(localoffer/demo/translations.py)."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from localoffer.translation.translate import untranslated_strings
from tests.translation.conftest import soup

pytestmark = pytest.mark.django_db

MIN_PAGES_PER_LANGUAGE = 5
# Every translated demo page says it is a demonstration.
DEMO_NOTES = {
    "pl": "To jest tłumaczenie demonstracyjne.",
    "ar": "هذه ترجمة للعرض التوضيحي.",
    "ur": "یہ ایک نمائشی ترجمہ ہے۔",  # noqa: RUF001 (an Urdu full stop)
}


def test_each_demo_language_has_its_pages_translated_in_full_and_marked_as_a_demo(
    demo_site, client
):
    for language_code, note in DEMO_NOTES.items():
        locale = Locale.objects.get(language_code=language_code)
        pages = Page.objects.live().filter(locale=locale).specific()
        assert len(pages) >= MIN_PAGES_PER_LANGUAGE, language_code
        for page in pages:
            source = page.get_translation(Locale.get_default())
            assert untranslated_strings(source, locale) == [], page.url
            assert note in soup(client.get(page.url)).main.get_text(), page.url


def test_the_demo_pathway_offers_every_language(demo_site, client):
    switcher = soup(client.get("/step-by-step-guides/asking-for-an-ehc-needs-assessment/"))
    names = [item.get_text(strip=True) for item in switcher.select("nav.language-switcher li")]
    assert names == ["English", "Polski", "العربية", "اردو"]


def test_loading_the_demo_again_changes_no_translation(demo_site):
    translations = Page.objects.exclude(locale=Locale.get_default())
    before = dict(translations.values_list("pk", "latest_revision_id"))
    call_command("load_demo", stdout=io.StringIO())
    assert dict(translations.values_list("pk", "latest_revision_id")) == before
