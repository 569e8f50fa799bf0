"""The excerpt under each search result, with the words the search matched highlighted."""

from django.utils.html import escape
from django.utils.text import Truncator
from wagtail.search import index

EXCERPT_CHARS = 240
# Written to be read on their own, so an excerpt starts with them when nothing matched.
FIRST_FIELDS = ("summary", "search_description")


def excerpt(page, query, backend):
    """Safe HTML: part of the page's text around what `query` matched, the matches in `<mark>`.
    A backend that cannot highlight gives the text's escaped beginning."""
    text = excerpt_text(page)
    highlight = getattr(backend, "highlight", None)
    if highlight is None:
        return escape(Truncator(text).chars(EXCERPT_CHARS))
    return highlight(text, query, max_chars=EXCERPT_CHARS)


def excerpt_text(page):
    """The page's summary and description, then the rest of the text it is searched by (its
    body, steps or intro, whatever its type indexes), without markup."""
    parts = [getattr(page, name, "") for name in FIRST_FIELDS]
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in (
            "title",
            *FIRST_FIELDS,
        ):
            parts.extend(_strings(field.get_value(page)))
    return "\n".join(part.strip() for part in parts if part and part.strip())


def _strings(value):
    # Rich text and stream fields give a list of strings, other fields a single value.
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return [str(value)] if value else []
