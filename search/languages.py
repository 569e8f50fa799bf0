"""Which of the site's languages a search was typed in, when its letters say so: a family who
types Arabic, Urdu or Polish into the English search is offered the search in that language.

Only letters that belong to one language count: Urdu's own letters (its retroflex letters, bari
ye, do-chashmi he, its kaf and ye) before the rest of the Arabic script, and Polish's letters
with diacritics.
Polish typed without them looks like English, and is left alone.
"""

import unicodedata

URDU_LETTERS = frozenset("ٹڈڑںےۓہۂھکیگپچژ")
POLISH_LETTERS = frozenset("ąćęłńśźż")


def written_language(text):
    """ "ur", "ar", "pl", or None when the letters do not say."""
    letters = {char for char in text.casefold() if char.isalpha()}
    if letters & URDU_LETTERS:
        return "ur"
    if any(unicodedata.name(char, "").startswith("ARABIC") for char in letters):
        return "ar"
    if letters & POLISH_LETTERS:
        return "pl"
    return None
