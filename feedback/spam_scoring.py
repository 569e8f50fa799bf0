"""Scoring a family's comment for the marks of spam as it arrives, so that spam is set aside
for a lead to glance at instead of waiting in the inbox as "not read".

A plain function of the text: no IP address or anything else about the sender is used. Each
marker adds to the score; a comment scoring `SPAM_FROM` or more is set aside. A single link is
not enough on its own, since families do paste the address of a page they could not use.
"""

import re

#: The score from which a comment is set aside as spam.
SPAM_FROM = 3

# A whole address is one link, however it starts; BBCode and HTML links count too.
_LINK = re.compile(r"(?:https?://|www\.)\S+|\[url|<a\s", re.IGNORECASE)
# The same character five or more times in a row ("!!!!!", "aaaaa"), a filler spammers use.
_REPEATED = re.compile(r"(.)\1{4,}")
# Words that appear in advertising, almost never in a family's comment on a council page.
SPAM_WORDS = (
    "casino",
    "crypto",
    "bitcoin",
    "viagra",
    "cialis",
    "loan",
    "seo",
    "backlink",
    "porn",
    "dating",
    "forex",
    "buy now",
    "click here",
    "free money",
    "discount",
)
_SPAM_WORD = re.compile(r"\b(" + "|".join(map(re.escape, SPAM_WORDS)) + r")\b", re.IGNORECASE)


def spam_score(comment):
    """How spam-like `comment` looks: 2 for a link and 2 more for each further link (capped),
    1 for a run of one repeated character, and 2 for each known spam word."""
    links = len(_LINK.findall(comment))
    score = 2 * min(links, 3)
    if _REPEATED.search(comment):
        score += 1
    score += 2 * len(_SPAM_WORD.findall(comment))
    return score


def is_spam(comment):
    return spam_score(comment) >= SPAM_FROM
