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

from search.synonym_expansion import SynonymTable as SiteSynonymTable

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


def SynonymTable(groups, analyzer):
    """The site's synonym table (search/synonym_expansion.py), over terms as `analyzer` gives
    them, so that synonyms match what the index holds."""
    return SiteSynonymTable(groups, lambda text: _terms(text, analyzer))


def _terms(text, analyzer):
    return tuple(token.text for token in analyzer(text))
