"""Highlighted excerpts for search results (see `WhooshSearchBackend.highlight`)."""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from whoosh.highlight import ContextFragmenter, HtmlFormatter, WholeFragmenter
from whoosh.highlight import highlight as whoosh_highlight

from .query import is_typo_of

EXCERPT_CHARS = 240
EXCERPT_FRAGMENTS = 2
# Words shown before and after a match, in characters.
EXCERPT_CONTEXT_CHARS = 40


class MarkFormatter(HtmlFormatter):
    """Escapes all the text (as Django does) and wraps each match in a bare `<mark>`."""

    template = "<mark>%(t)s</mark>"

    def _text(self, text):
        return escape(text)


def highlighted_excerpt(text, query_string, query_text, max_chars=EXCERPT_CHARS):
    """Up to `max_chars` of `text` around the words the query matches, as safe HTML.

    The words are found as a search finds them: stems, synonyms and typos included. Text
    without a match gives its escaped beginning, so a result always has an excerpt.
    """
    if not text:
        return ""
    units = query_text.units(query_string)
    # Whoosh reuses one token object as it analyses: keep a copy of each.
    tokens = [token.copy() for token in query_text.analyzer(text, chars=True)]
    wanted = _wanted_terms(units, [token.text for token in tokens])
    typed = {unit[0][0] for unit in units if len(unit[0]) == 1} if query_text.fuzzy else set()
    matched = {
        token.text
        for token in tokens
        if token.text in wanted or any(is_typo_of(_written(text, token), term) for term in typed)
    }
    if len(text) <= max_chars:
        fragmenter = WholeFragmenter()
    else:
        fragmenter = ContextFragmenter(
            maxchars=max_chars // EXCERPT_FRAGMENTS, surround=EXCERPT_CONTEXT_CHARS
        )
    excerpt = whoosh_highlight(
        text,
        matched,
        query_text.analyzer,
        fragmenter,
        MarkFormatter(between=" … "),
        top=EXCERPT_FRAGMENTS,
    )
    if excerpt:
        # MarkFormatter has escaped all of the text: only its <mark> tags are markup.
        return mark_safe(excerpt)
    return escape(Truncator(text).chars(max_chars))


def _wanted_terms(units, terms):
    """The terms to mark: every word of the query and of its one-word synonyms, and the words
    of a phrase (typed, or a synonym) only where the text has the whole phrase, so that a
    synonym such as "social, emotional and mental health" does not mark every "health"."""
    wanted = set()
    for alternative in (alternative for unit in units for alternative in unit):
        size = len(alternative)
        if size == 1 or any(
            tuple(terms[start : start + size]) == alternative
            for start in range(len(terms) - size + 1)
        ):
            wanted.update(alternative)
    return wanted


def _written(text, token):
    # Typos are measured against words as written, as the search measures them (see query.Typos).
    return text[token.startchar : token.endchar].lower()
