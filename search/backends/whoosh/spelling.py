"""'Did you mean …?' corrections from the words in the index (see `WhooshSearchBackend.suggest`)."""

from collections import Counter
from itertools import islice

from .query import MAX_FUZZY_TERM_LENGTH, MAX_QUERY_TERMS
from .schema import SPELLING, SPELLING_ANALYZER


def corrected_query(query_string, readers, query_text):
    """`query_string` with each unknown word replaced by its closest indexed word, or None.

    A word is known if any of the readers' indexes holds it, or if it is a synonym. Among the
    closest words (one typo away before two) the one in most documents wins.
    """
    corrections = {}
    replacements = []
    for token in islice(SPELLING_ANALYZER(query_string, chars=True), MAX_QUERY_TERMS):
        word = token.text
        if word not in corrections:
            known = not _is_correctable(word, readers, query_text)
            corrections[word] = None if known else _closest_word(word, readers)
        if corrections[word]:
            replacements.append((token.startchar, token.endchar, corrections[word]))
    if not replacements:
        return None
    parts = []
    end = 0
    for start, stop, correction in replacements:
        parts += [query_string[end:start], correction]
        end = stop
    parts.append(query_string[end:])
    return "".join(parts)


def _is_correctable(word, readers, query_text):
    if not 3 <= len(word) <= MAX_FUZZY_TERM_LENGTH or any(char.isdigit() for char in word):
        return False
    if set(query_text.terms(word)) <= query_text.synonyms.words:
        return False
    return not any(reader.doc_frequency(SPELLING, word) for reader in readers)


def _closest_word(word, readers):
    # Up to one typo in words of under five letters, two in longer ones.
    for edits in range(1, 2 if len(word) < 5 else 3):
        frequency = Counter()
        for reader in readers:
            for candidate in reader.terms_within(SPELLING, word, edits, prefix=1):
                frequency[candidate] += reader.doc_frequency(SPELLING, candidate)
        if frequency:
            return max(sorted(frequency), key=frequency.__getitem__)
    return None
