"""Demonstration translations: part of the demo site in Polish, Arabic and Urdu (see
`demo_content`), made through wagtail-localize as a translator would make them.

Runs last, after every other app has added its pages. A page already translated into a language is
left alone, so running `load_demo` again never undoes a translator's work; a page the demo site
does not have is reported and skipped.
"""

from wagtail.models import Locale

from .demo_content import DEMO_NOTE, LANGUAGES, PAGES
from .translate import translate_page, untranslated_strings


def load(demo):
    for index, language_code in enumerate(LANGUAGES, start=1):
        locale = Locale.objects.get(language_code=language_code)
        note = DEMO_NOTE[index]
        for spec in PAGES:
            page = _page_at(demo.home, spec["path"])
            if page is None:
                demo.log(f"Demo translations: no page at /{spec['path']}, so none made.")
                continue
            if page.has_translation(locale):
                continue
            strings = {english: texts[index - 1] for english, *texts in spec["strings"]}
            strings[spec["note_after"]] += f" {note}"
            strings[page.slug] = page.slug  # the address stays the same apart from its prefix
            translate_page(page, locale, strings)
            demo.created += 1
            if missing := untranslated_strings(page, locale):
                demo.log(
                    f"Demo translations: {len(missing)} strings of /{spec['path']} kept in English."
                )


def _page_at(home, path):
    """The page at `path` (slugs under the home page, "" for the home page itself), or None."""
    page = home
    for slug in filter(None, path.split("/")):
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            return None
    return page.specific
