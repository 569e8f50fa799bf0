"""Editors' synonyms applied to a family's words, above any search engine.

A `SynonymTable` splits a query's terms into units, each the words typed and their equivalents
("ehcp" -> "ehcp", "ehc plan", "education health and care plan"). How text becomes terms is the
caller's: the Whoosh backend gives its own stemming analyser (search/backends/whoosh/synonyms.py,
so that synonyms match what its index holds); the site search gives `words` for engines that do
their own stemming (PostgreSQL), and turns the units into a modelsearch query any engine runs
(`expanded_query`).

The groups come from the admin (`search.synonyms.synonym_groups`), kept in the shared cache
under the page cache's site version: saving a group retires it on every server at once.
"""

import re

from django.conf import settings
from django.core.cache import cache
from modelsearch.query import Or, Phrase, PlainText

from localoffer.page_cache.store import site_version

# A search box needs no more words than this (the Whoosh backend keeps as many).
MAX_QUERY_TERMS = 16
# Words as families type them: letters and digits, with an apostrophe inside ("won't").
_WORD = re.compile(r"\w+(?:'\w+)*")
# In the cache key: a release that changes what is kept numbers it anew.
GROUPS_FORMAT = 1


class SynonymTable:
    """Groups of equivalent term sequences, each sequence as `terms(phrase)` gives it."""

    def __init__(self, groups, terms):
        self._equivalents = {}
        for group in groups:
            phrases = list(dict.fromkeys(tuple(terms(phrase)) for phrase in group))
            phrases = [phrase for phrase in phrases if phrase]
            for phrase in phrases:
                known = self._equivalents.get(phrase, ())
                self._equivalents[phrase] = tuple(dict.fromkeys([*known, *phrases]))
        self._longest = max(map(len, self._equivalents), default=0)
        self.words = {term for phrase in self._equivalents for term in phrase}

    def expand(self, terms):
        """Split query `terms` into units, each a tuple of alternative term sequences.

        The first alternative is always what was typed. The longest synonym wins: with a group
        holding "ehc plan", the terms "ehc", "plan" form one unit, not two.
        """
        units = []
        start = 0
        while start < len(terms):
            for size in range(min(self._longest, len(terms) - start), 0, -1):
                typed = tuple(terms[start : start + size])
                if typed in self._equivalents:
                    others = [phrase for phrase in self._equivalents[typed] if phrase != typed]
                    units.append((typed, *others))
                    start += size
                    break
            else:
                units.append(((terms[start],),))
                start += 1
        return units

    def units(self, terms):
        """The distinct units of `terms`, in order."""
        return list(dict.fromkeys(self.expand(terms)))


def words(text):
    """`text` as lowercase words, for an engine that stems them itself."""
    return tuple(match.lower() for match in _WORD.findall(text)[:MAX_QUERY_TERMS])


def site_synonyms():
    """The editors' synonym table over plain `words`, as it is now on every server."""
    return SynonymTable(synonym_groups(), words)


def synonym_groups():
    """The groups from the admin, kept as long as searches are (SEARCH_CACHE_SECONDS) in the
    shared cache under the site version, which saving a group changes."""
    from search.synonyms import synonym_groups as from_database  # models: not at import time

    if not settings.SEARCH_CACHE_SECONDS:
        return from_database()
    key = f"search-synonyms:{GROUPS_FORMAT}:{site_version()}"
    groups = cache.get(key)
    if groups is None:
        groups = from_database()
        cache.set(key, groups, settings.SEARCH_CACHE_SECONDS)
    return groups


def expanded_query(query_string, table=None):
    """A modelsearch query matching any of the words of `query_string` or their synonyms: each
    unit is the word typed, or any of its equivalents (a phrase matched as a phrase).

    None when there are no words."""
    table = site_synonyms() if table is None else table
    clauses = []
    for unit in table.units(words(query_string)):
        alternatives = [_match(alternative) for alternative in unit]
        clauses.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else Or(clauses)


def _match(terms):
    text = " ".join(terms)
    return PlainText(text, operator="or") if len(terms) == 1 else Phrase(text)
