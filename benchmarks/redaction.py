"""How many of the personal details in families' comments `redact()` takes out.

The corpus (tests/privacy/personal_details.txt) holds comments as families write them, each
personal detail marked [[like this]]. A detail is caught when none of its letters and digits
are left in the redacted comment, word for word (placeholders and linking words such as "of" and
"at" aside); a comment with no detail must come out unchanged. Takes well under a second, so
`make bench` runs it, quick or full.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from localoffer.privacy import redact

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "privacy" / "personal_details.txt"
MIN_SHARE_CAUGHT = 0.95
_DETAIL = re.compile(r"\[\[(.+?)\]\]")
_PLACEHOLDER = re.compile(r"\[[^\]]* removed\]")
# Words inside details that say nothing about anyone on their own.
_LINKING_WORDS = {"of", "the", "at", "dot", "on", "in", "and", "c", "e", "st", "flat", "number"}


@dataclass(frozen=True)
class Comment:
    text: str  # as the family wrote it
    details: tuple  # the personal details in it

    @classmethod
    def parse(cls, line):
        return cls(_DETAIL.sub(r"\1", line), tuple(_DETAIL.findall(line)))

    def missed(self):
        """The details `redact()` leaves in this comment."""
        redacted = redact(self.text)
        return [detail for detail in self.details if _left_in(detail, redacted)]


def _left_in(detail, redacted):
    """True if a word of `detail` is still in `redacted`, outside the placeholders."""
    redacted = _PLACEHOLDER.sub(" ", redacted).lower()
    words = set(re.findall(r"\w[\w'.@-]*\w|\w", detail.lower())) - _LINKING_WORDS
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", redacted) for word in words)


def comments():
    lines = CORPUS.read_text().splitlines()
    return [Comment.parse(line) for line in lines if line.strip() and not line.startswith("#")]


def measure():
    """{"comments", "details", "caught", "share", "missed", "changed"}: "changed" lists the
    comments without personal details that redaction altered."""
    corpus = comments()
    missed = [(comment.text, detail) for comment in corpus for detail in comment.missed()]
    details = sum(len(comment.details) for comment in corpus)
    return {
        "comments": len(corpus),
        "details": details,
        "caught": details - len(missed),
        "share": (details - len(missed)) / details,
        "missed": missed,
        "changed": [c.text for c in corpus if not c.details and redact(c.text) != c.text],
    }
