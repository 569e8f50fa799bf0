"""Synonyms, expanded when a query is run so that editors' changes need no reindexing.

The backend option `SYNONYMS` is the dotted path of a callable returning an iterable of groups,
each an iterable of equivalent terms or phrases:

    [["ehcp", "ehc plan", "education health and care plan", "statement"], ...]

Each process keeps the callable's result for `SYNONYMS_CACHE_SECONDS` (default 60) so a search
does not cost a query; `clear_synonyms_cache()` forgets it at once (e.g. when editors save).
"""

import logging
import time

from django.utils.module_loading import import_string

from .schema import text_analyzer

logger = logging.getLogger(__package__)

# (dotted path, stemming) -> (monotonic expiry time, SynonymTable)
_cache = {}


def clear_synonyms_cache():
    """Forget the synonyms every backend in this process has loaded."""
    _cache.clear()


def load_synonyms(dotted_path, stemming, max_age):
    """The synonym table for `dotted_path`, analysed like the text it is matched against."""
    analyzer = text_analyzer(stemming)
    if not dotted_path:
        return SynonymTable([], analyzer)
    key = (dotted_path, stemming)
    now = time.monotonic()
    cached = _cache.get(key)
    if cached is not None and cached[0] > now:
        return cached[1]
    try:
        groups = [[str(phrase) for phrase in group] for group in import_string(dotted_path)()]
    except Exception:
        # Search must keep working when, say, the synonyms table is being migrated. The failure
        # is cached like a result, so the log gets one entry per period, not one per search.
        logger.exception(
            "Could not load search synonyms from %s; searching without them", dotted_path
        )
        groups = []
    table = SynonymTable(groups, analyzer)
    _cache[key] = (now + max_age, table)
    return table


class SynonymTable:
    """Groups of equivalent term sequences, each sequence as the analyser produces it."""

    def __init__(self, groups, analyzer):
        self._equivalents = {}
        for group in groups:
            phrases = list(dict.fromkeys(_terms(phrase, analyzer) for phrase in group))
            phrases = [phrase for phrase in phrases if phrase]
            for phrase in phrases:
                known = self._equivalents.get(phrase, ())
                self._equivalents[phrase] = tuple(dict.fromkeys([*known, *phrases]))
        self._longest = max(map(len, self._equivalents), default=0)
        self.words = {term for phrase in self._equivalents for term in phrase}

    def expand(self, terms):
        """Split analysed query `terms` into units, each a tuple of alternative term sequences.

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


def _terms(text, analyzer):
    return tuple(token.text for token in analyzer(text))
