"""How hard an English page is to read, so leads can plan rewrites as well as reviews.

The measure is the Flesch-Kincaid grade level (textstat's), the standard readability formula,
shown as a reading age (grade + 5, the usual UK conversion: grade 4 is a reading age of 9, the
plain English target in DOMAIN.md). It is worked out when a page is published, from the text
families read (summary, introduction, body as the blocks' own templates render it) and kept on the
page's ReviewStatus, so the report never measures anything itself. Formulas of this kind are
for English only: other languages' pages have no reading level.
"""

import math
import re
from decimal import Decimal
from html import unescape

import textstat
from django.utils.html import strip_tags

from localoffer.accessibility.content import page_body_html

# The usual plain English target for public information (a reading age of 9).
PLAIN_ENGLISH_READING_AGE = 9
# A US school grade is a reading age five years older (grade 1 is age 6).
GRADE_TO_AGE = 5
# Grades from this one on round to a reading age above the target.
ABOVE_TARGET_FROM_GRADE = Decimal(PLAIN_ENGLISH_READING_AGE - GRADE_TO_AGE) + Decimal("0.5")
# Below this many words a readability formula says little (a listing page, a form).
MIN_WORDS = 40
# Fields of plain text families read before the body, where a page type has them.
TEXT_FIELDS = ("summary", "intro", "introduction")

# Where one piece of text ends and the next begins in rendered HTML: each block-level element
# (a heading, a list item, a table cell) is its own sentence, even without a full stop.
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|td|th|dt|dd|div|blockquote|summary)\s*>|<br\s*/?>", re.I)
SENTENCE_END = (".", "!", "?", ":")


def reading_age(grade):
    """The reading age a Flesch-Kincaid grade stands for, in whole years."""
    if grade is None:
        return None
    return max(GRADE_TO_AGE, math.floor(Decimal(grade) + GRADE_TO_AGE + Decimal("0.5")))


def is_english(page):
    return page.locale.language_code.split("-")[0].lower() == "en"


def page_text(page):
    """The words families read on `page`, one sentence per paragraph, heading or list item."""
    html = "".join(
        f"<p>{getattr(page, field)}</p>" for field in TEXT_FIELDS if getattr(page, field, "")
    )
    html += page_body_html(page)
    pieces = (" ".join(unescape(strip_tags(piece)).split()) for piece in BLOCK_END.split(html))
    return " ".join(
        piece if piece.endswith(SENTENCE_END) else f"{piece}." for piece in pieces if piece
    )


def reading_grade(page):
    """The page's Flesch-Kincaid grade level, or None: not English, or too little text."""
    if not is_english(page):
        return None
    text = page_text(page)
    if textstat.lexicon_count(text) < MIN_WORDS:
        return None
    return round(textstat.flesch_kincaid_grade(text), 1)
