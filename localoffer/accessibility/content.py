"""Accessibility rules that need no browser, for what editors write and what templates contain.

Screen reader users move around a page by its headings and hear links out of context, so
headings must not skip a level and link text must say where it goes."""

import re
from html import unescape

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import expand_db_html

HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
LINK = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
# Link text that says nothing about where the link goes (GOV.UK and WCAG 2.4.4).
VAGUE_LINK_TEXTS = {
    "click here",
    "click",
    "here",
    "read more",
    "more",
    "find out more",
    "learn more",
    "more information",
    "this link",
    "link",
}
# Arrows and dots often follow "Read more"; they do not make it say more.
LINK_TEXT_PUNCTUATION = " .,:;!>\u2026\u00bb\u203a"
# The page's title is its one h1; the body starts below it.
PAGE_TITLE_LEVEL = 1


def heading_problems(html, *, previous_level=PAGE_TITLE_LEVEL):
    """Headings in `html` that skip a level (an h4 straight after an h2) or repeat the h1.

    Going back up any number of levels is fine: that is how a new section starts."""
    problems = []
    for match in HEADING.finditer(html):
        level, text = int(match[1]), _text(match[2])
        if level == 1:
            problems.append(
                _('"%(text)s" is a main heading; the page title is the only one.') % {"text": text}
            )
        elif level > previous_level + 1:
            problems.append(
                _(
                    '"%(text)s" is a level %(level)s heading after a level %(previous)s '
                    "heading. Make it level %(expected)s."
                )
                % {
                    "text": text,
                    "level": level,
                    "previous": previous_level,
                    "expected": previous_level + 1,
                }
            )
        previous_level = level
    return problems


def is_vague_link_text(text):
    return " ".join(text.split()).strip(LINK_TEXT_PUNCTUATION).lower() in VAGUE_LINK_TEXTS


def vague_link_problems(html):
    return [
        _('A link says "%(text)s". Say where it goes, such as "EHC plan guidance".')
        % {"text": text}
        for text in (_text(match[1]) for match in LINK.finditer(html))
        if is_vague_link_text(text)
    ]


def page_content_problems(page):
    """Heading and link problems in what editors wrote on `page` (its rich text and body blocks),
    as families would get it."""
    html = page_body_html(page)
    return [*heading_problems(html), *vague_link_problems(html)]


def page_body_html(page):
    """The page's rich text and StreamField content, rendered with the blocks' own templates
    (a callout's heading counts, not just the headings typed into rich text)."""
    parts = []
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            parts.append(str(getattr(page, field.name)))
        elif isinstance(field, RichTextField):
            parts.append(expand_db_html(getattr(page, field.name) or ""))
    return "".join(parts)


def _text(html):
    return " ".join(unescape(strip_tags(html)).split())
