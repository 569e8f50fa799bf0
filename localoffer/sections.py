"""The site's sections: the pages just below a home page (depth 3: root, home, section).

Each language has its own home page and so its own sections; a section's translations share its
translation key. Reports that count or filter "by section" use these definitions only.
"""

from django.db.models import Q
from django.db.models.functions import Substr
from wagtail.models import Locale, Page

SECTION_DEPTH = 3
SECTION_PATH_LENGTH = SECTION_DEPTH * Page.steplen


def sections(locale=None):
    """Every section in site order: in every language, or only in `locale`."""
    pages = Page.objects.filter(depth=SECTION_DEPTH).order_by("path")
    return pages if locale is None else pages.filter(locale=locale)


def source_sections():
    """The sections in the default language, for a choice that covers their translations too
    (`in_section_or_translation`)."""
    return sections(locale=Locale.get_default())


def section_path(page_path_field):
    """An expression for the path of the section a page is in, from the page's path field."""
    return Substr(page_path_field, 1, SECTION_PATH_LENGTH)


def in_section_or_translation(section, page_path_field="path"):
    """A Q for pages under `section` or under any of its translations."""
    paths = Page.objects.filter(translation_key=section.translation_key).values_list(
        "path", flat=True
    )
    q = Q()
    for path in paths:
        q |= Q(**{f"{page_path_field}__startswith": path})
    return q
