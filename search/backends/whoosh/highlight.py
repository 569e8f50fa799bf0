"""Highlighted excerpts for search results (see `WhooshSearchBackend.highlight`)."""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from whoosh.analysis import Token
from whoosh.highlight import (
    FIRST,
    BasicFragmentScorer,
    ContextFragmenter,
    HtmlFormatter,
    WholeFragmenter,
    top_fragments,
)

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
    without a match gives its escaped beginning, so a result always has an excerpt. The text is
    analysed once, and the fragments chosen from that one analysis.
    """
    if not text:
        return ""
    units = query_text.units(query_string)
    # (term, start, end, stopped) of every word: Whoosh reuses one token object as it analyses.
    words = [
        (token.text, token.startchar, token.endchar, token.stopped)
        for token in query_text.analyzer(text, chars=True, removestops=False)
    ]
    wanted = _wanted_terms(units, [term for term, _start, _end, stopped in words if not stopped])
    typed = {unit[0][0] for unit in units if len(unit[0]) == 1} if query_text.fuzzy else set()
    matched = {term for term, _start, _end, stopped in words if term in wanted and not stopped}
    if typed:
        # Each distinct word as written is measured once against the words typed.
        written = {
            text[start:end].lower(): term for term, start, end, stopped in words if not stopped
        }
        matched.update(
            term
            for word, term in written.items()
            if term not in matched and any(is_typo_of(word, typed_term) for typed_term in typed)
        )
    if matched:
        if len(text) <= max_chars:
            fragmenter = WholeFragmenter()
        else:
            fragmenter = ContextFragmenter(
                maxchars=max_chars // EXCERPT_FRAGMENTS, surround=EXCERPT_CONTEXT_CHARS
            )
        fragments = fragmenter.fragment_tokens(text, _tokens(words, matched))
        fragments = top_fragments(fragments, EXCERPT_FRAGMENTS, BasicFragmentScorer(), FIRST)
        excerpt = MarkFormatter(between=" … ")(text, fragments)
        if excerpt:
            # MarkFormatter has escaped all of the text: only its <mark> tags are markup.
            return mark_safe(excerpt)
    return escape(Truncator(text).chars(max_chars))


def _tokens(words, matched):
    """The analysed words again as Whoosh's fragmenters read them: one token, reused."""
    token = Token(positions=False, chars=True)
    for term, start, end, stopped in words:
        token.text, token.startchar, token.endchar, token.stopped = term, start, end, stopped
        token.matched = term in matched and not stopped
        yield token


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
