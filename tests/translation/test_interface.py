"""The interface around the content: language and direction, and strings in the visitor's
language (from localoffer/locale, compiled by `make compilemessages`)."""

import datetime
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from localoffer.translation.translate import translate_page
from tests.translation.conftest import soup

pytestmark = pytest.mark.django_db

PREFIXES = {"en-gb": "/", "pl": "/pl/", "ar": "/ar/", "ur": "/ur/"}


@pytest.fixture
def home_in_every_language(home_page, locales):
    for code in ("pl", "ar", "ur"):
        translate_page(home_page, locales[code], {})
    return home_page


@pytest.mark.parametrize(
    ("language", "direction"), [("en-gb", "ltr"), ("pl", "ltr"), ("ar", "rtl"), ("ur", "rtl")]
)
def test_lang_and_dir_follow_the_language(client, home_in_every_language, language, direction):
    html = soup(client.get(PREFIXES[language])).html
    assert (html["lang"], html["dir"]) == (language, direction)


@pytest.mark.parametrize(
    ("language", "skip_link", "search_button"),
    [
        ("en-gb", "Skip to main content", "Search"),
        ("pl", "Przejdź do głównej treści", "Szukaj"),
        ("ar", "انتقل إلى المحتوى الرئيسي", "بحث"),
        ("ur", "مرکزی مواد پر جائیں", "تلاش"),
    ],
)
def test_interface_strings_come_out_translated(
    client, home_in_every_language, language, skip_link, search_button
):
    page = soup(client.get(PREFIXES[language]))
    assert page.select_one("a.skip-link").get_text(strip=True) == skip_link
    assert page.select_one(".site-search__button").get_text(strip=True) == search_button


def test_error_pages_are_translated(client, home_in_every_language):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").h1.get_text() == "الصفحة غير موجودة"


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en-gb", "24 November 2026"),
        ("pl", "24 listopada 2026"),  # the month in the genitive, as Polish dates need
        ("ar", "24 نوفمبر، 2026"),
        ("ur", "24 نومبر 2026"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(language, written):
    template = Template('{{ day|date:"DATE_FORMAT" }}')
    with translation.override(language):
        assert template.render(Context({"day": datetime.date(2026, 11, 24)})) == written


@pytest.mark.parametrize("language", ["pl", "ar", "ur"])
def test_every_interface_string_has_a_translation(language):
    """Catches a string added to a template or model and not translated: run `make makemessages`,
    then translate the new entries."""
    path = Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert (untranslated, fuzzy) == ([], [])
    assert path.with_suffix(".mo").exists(), "Run `make compilemessages`."
