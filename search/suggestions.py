"""'Did you mean …?' for engines that do not correct spelling themselves (search/engine.py).

The engine gives the words its index holds and how many entries hold each (`words(model)`);
each word of the search that is unknown, and is not one of the editors' synonyms, is replaced
by the closest indexed word: one typo away before two, the word in most entries first. The same
rule as the Whoosh backend's own (search/backends/whoosh/spelling.py).

The word list is read once per site version and kept in the shared cache, so a publish on any
server brings in the new page's words everywhere.
"""

from django.conf import settings
from django.core.cache import cache

from localoffer.page_cache.store import site_version
from search.synonym_expansion import words

# Longer "words" are pasted codes or noise.
MAX_CORRECTABLE_LENGTH = 30
# In the cache key: a release that changes what is kept numbers it anew.
WORDS_FORMAT = 1


def corrected_query(query_string, known_words, synonym_words=frozenset()):
    """`query_string` with each unknown word replaced by its closest known word, or None.

    `known_words` is {word: number of entries holding it}."""
    corrections = {}
    changed = False
    corrected = []
    for word in words(query_string):
        if word not in corrections:
            correctable = _is_correctable(word, known_words, synonym_words)
            corrections[word] = _closest_word(word, known_words) if correctable else None
        changed = changed or bool(corrections[word])
        corrected.append(corrections[word] or word)
    return " ".join(corrected) if changed else None


def indexed_words(backend, model):
    """`backend.words(model)`, kept in the shared cache under the site version."""
    key = f"search-words:{WORDS_FORMAT}:{site_version()}:{model._meta.label_lower}"
    known = cache.get(key)
    if known is None:
        known = backend.words(model)
        cache.set(key, known, settings.SEARCH_CACHE_SECONDS or None)
    return known


def _is_correctable(word, known_words, synonym_words):
    if not 3 <= len(word) <= MAX_CORRECTABLE_LENGTH or any(char.isdigit() for char in word):
        return False
    return word not in synonym_words and word not in known_words


def _closest_word(word, known_words):
    # Up to one typo in words of under five letters, two in longer ones; the first letter as typed.
    for edits in range(1, 2 if len(word) < 5 else 3):
        candidates = [
            candidate
            for candidate in known_words
            if candidate[:1] == word[:1]
            and abs(len(candidate) - len(word)) <= edits
            and _within(word, candidate, edits)
        ]
        if candidates:
            return max(sorted(candidates), key=known_words.__getitem__)
    return None


def _within(first, second, limit):
    """Whether the edit distance (insertions, deletions, substitutions, swaps of two letters
    side by side) between the words is at most `limit`."""
    previous_previous = None
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            cost = 0 if char == other else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous_previous is not None
                and j > 1
                and char == second[j - 2]
                and first[i - 2] == other
            ):
                best = min(best, previous_previous[j - 2] + 1)
            current.append(best)
        if min(current) > limit:
            return False
        previous_previous, previous = previous, current
    return previous[-1] <= limit
