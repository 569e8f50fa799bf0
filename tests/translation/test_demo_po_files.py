"""Demo translations live in PO files beside the English page files, imported through
wagtail-localize. When an English sentence is edited after the PO files were written, loading the
demo on a new site keeps each translation and shows that sentence as needing translating (as
wagtail-localize's translation editor does), rather than silently losing the translation."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from localoffer.demo import pages
from localoffer.translation.translate import untranslated_strings
from tests.translation.conftest import soup

pytestmark = pytest.mark.django_db

PAGE_FILE = "step-by-step-guides.yaml"
SENTENCE = "Open a step to see who does it and how long it may take."
EDITED = "Open any step to see who does it and how long it may take."
EDITED_PARAGRAPH = (
    f"Each guide shows the steps in order. {EDITED} Some steps have time limits set by law."
)
TRANSLATED_TITLES = {
    "pl": "Przewodniki krok po kroku",
    "ar": "أدلة خطوة بخطوة",
    "ur": "مرحلہ وار رہنمائی",
}


@pytest.fixture
def edited_english(monkeypatch):
    """The demo's English text with one sentence of one page edited, its PO files unchanged."""
    read = pages.read

    def read_edited(path):
        data = read(path)
        if Path(path).name == PAGE_FILE:
            assert SENTENCE in data["intro"]
            data["intro"] = data["intro"].replace(SENTENCE, EDITED)
        return data

    monkeypatch.setattr(pages, "read", read_edited)


def test_an_edited_english_sentence_shows_as_needing_translation_not_missing(
    edited_english, client
):
    output = io.StringIO()
    call_command("load_demo", stdout=output)

    english = Page.objects.get(
        locale=Locale.get_default(), url_path__endswith=f"/{PAGE_FILE[:-5]}/"
    )
    for language_code, title in TRANSLATED_TITLES.items():
        locale = Locale.objects.get(language_code=language_code)
        translated = english.get_translation(locale)
        assert translated.live
        assert untranslated_strings(english, locale) == [EDITED_PARAGRAPH]
        total, translated_count = Translation.objects.get(
            source__object_id=english.translation_key, target_locale=locale
        ).get_progress()
        assert translated_count == total - 1
        # Families read the rest in their language, and the edited sentence in English.
        main = soup(client.get(translated.url)).main.get_text()
        assert title in main
        assert EDITED in main
    assert "step-by-step-guides.pl.po does not match 1 of the English page's strings" in (
        output.getvalue()
    )
