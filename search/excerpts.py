"""The excerpt under each search result, with the words the search matched highlighted.

A backend that keeps each page's searchable text in its index (Whoosh's `stored_texts`) gives
the text of the results shown without a page being loaded; for any other backend, or a page
indexed before the index kept text, the text is read from the page itself."""

from django.utils.html import escape
from django.utils.text import Truncator
from wagtail.models import Page
from wagtail.search import index

EXCERPT_CHARS = 240
# Written to be read on their own, so an excerpt starts with them when nothing matched.
FIRST_FIELDS = ("summary", "search_description")
# Shown as the result's heading, so never repeated in its excerpt.
HEADING_FIELD = "title"


def excerpts(page_ids, query, backend):
    """{page id: safe HTML excerpt} for the pages of a page of results (see `excerpt`)."""
    texts = {}
    stored_texts = getattr(backend, "stored_texts", None)
    if stored_texts is not None:
        texts = {
            pk: stored_excerpt_text(pairs) for pk, pairs in stored_texts(Page, page_ids).items()
        }
    missing = [pk for pk in page_ids if pk not in texts]
    if missing:
        texts.update((page.pk, excerpt_text(page)) for page in _specific_pages(missing))
    return {pk: highlighted(texts[pk], query, backend) for pk in page_ids if pk in texts}


def excerpt(page, query, backend):
    """Safe HTML: part of the page's text around what `query` matched, the matches in `<mark>`.
    A backend that cannot highlight gives the text's escaped beginning."""
    return highlighted(excerpt_text(page), query, backend)


def highlighted(text, query, backend):
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
            HEADING_FIELD,
            *FIRST_FIELDS,
        ):
            parts.extend(_strings(field.get_value(page)))
    return _joined(parts)


def stored_excerpt_text(pairs):
    """`excerpt_text` from the (field path, text) pairs an index keeps for a page, in the
    order of its `search_fields`: the first fields first, the heading left out."""
    texts = dict(pairs)
    rest = [text for path, text in pairs if path not in (HEADING_FIELD, *FIRST_FIELDS)]
    return _joined([*(texts.get(name, "") for name in FIRST_FIELDS), *rest])


def _joined(parts):
    return "\n".join(part.strip() for part in parts if part and part.strip())


def _specific_pages(page_ids):
    return Page.objects.filter(pk__in=page_ids).specific()


def _strings(value):
    # Rich text and stream fields give a list of strings, other fields a single value.
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return [str(value)] if value else []
