"""The demo site's translations: PO files beside each page file, imported through
wagtail-localize as a translator uploads them in its translation editor.

`education/sen-support.pl.po` beside `education/sen-support.yaml` is that page in Polish. Each
entry is a string of the English page (msgid), where it is on the page (msgctxt) and its
translation (msgstr), as wagtail-localize's "Download PO file" gives them. When an English
sentence changes, its old entry no longer matches: wagtail-localize keeps the sentence in English
and shows it as untranslated in the translation editor, so a translator sees what to update. A
page already translated into a language is left alone, so loading again never undoes a
translator's work.
"""

import polib
from wagtail.models import Locale

from localoffer.translation.translate import (
    publish_translation,
    start_translation,
    untranslated_strings,
)


def po_files(page_file):
    """The PO files of a page file's translations, by language code."""
    stem = page_file.path.name.removesuffix(".yaml")
    return {
        path.suffixes[-2].lstrip("."): path
        for path in sorted(page_file.path.parent.glob(f"{stem}.*.po"))
    }


def translate(page, page_file, log):
    """Make the missing translations of `page` from its PO files; return how many were made."""
    made = 0
    for language_code, path in po_files(page_file).items():
        locale = Locale.objects.get(language_code=language_code)
        if page.has_translation(locale):
            continue
        translation = start_translation(page, locale)
        translation.import_po(polib.pofile(str(path)), tool_name="load_demo")
        publish_translation(translation)
        made += 1
        if missing := untranslated_strings(page, locale):
            log(
                f"Demo translations: {path.name} does not match {len(missing)} of the English "
                f"page's strings, kept in English until they are translated."
            )
    return made
