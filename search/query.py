"""What the site does to a family's search words before any backend sees them."""

import unicodedata

# Longer queries add nothing for a family and cost the index time.
MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Collapse whitespace, drop control characters and cap the length.

    Only control characters (category Cc) go: format characters such as the zero-width non-joiner
    are part of how Urdu and other scripts are written."""
    printable = "".join(" " if unicodedata.category(char) == "Cc" else char for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()
