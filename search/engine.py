"""What the site search asks of its search engine, the same whichever engine it is.

The site's own search behaviour sits here, above the backend: editors' synonyms, "Did you mean
…?" and highlighted excerpts. The Whoosh backend (search/backends/whoosh/, the default) does all
three inside its index, with its own stemming and typo tolerance, fed by the same synonyms
(its `SYNONYMS` option). For any other engine (PostgreSQL full-text search,
search/backends/postgres.py) the site does them:

- synonyms: the words and their equivalents become one modelsearch query
  (search/synonym_expansion.py), which every backend runs;
- highlights: the engine marks what that query matches if it can (`highlight_query`);
  otherwise an excerpt is the text's beginning;
- "Did you mean": the engine lists its words (`words`), the site corrects (search/suggestions.py).

Filters, promotions and insights never depended on the engine (search/site_search.py).
"""

from django.utils.html import escape
from django.utils.text import Truncator
from modelsearch.backends import get_search_backend

from search.backends.whoosh import WhooshSearchBackend
from search.suggestions import corrected_query, indexed_words
from search.synonym_expansion import expanded_query, site_synonyms


class SearchEngine:
    def __init__(self, backend=None):
        self.backend = backend or get_search_backend()

    @property
    def expands_synonyms(self):
        """Whether the backend applies the editors' synonyms itself."""
        return isinstance(self.backend, WhooshSearchBackend) and bool(self.backend.synonyms)

    def search(self, query_string, queryset):
        """The objects of `queryset` matching any of the words or their synonyms, best first."""
        if self.expands_synonyms:
            return self.backend.search(query_string, queryset)
        query = expanded_query(query_string)
        if query is None:
            return queryset.none()
        return self.backend.search(query, queryset)

    def highlight(self, text, query_string, max_chars):
        """Safe HTML: part of `text` with what the search matched in `<mark>` (search/excerpts.py
        calls this as it calls a backend's `highlight`)."""
        if isinstance(self.backend, WhooshSearchBackend):
            return self.backend.highlight(text, query_string, max_chars=max_chars)
        highlight_query = getattr(self.backend, "highlight_query", None)
        if highlight_query is None:
            return escape(Truncator(text).chars(max_chars))
        return highlight_query(text, expanded_query(query_string), max_chars)

    def suggest(self, query_string, model):
        """The words corrected ("Did you mean …?"), or None."""
        suggest = getattr(self.backend, "suggest", None)
        if suggest is not None:
            return suggest(query_string, model=model)
        if not hasattr(self.backend, "words"):
            return None
        known = indexed_words(self.backend, model)
        return corrected_query(query_string, known, site_synonyms().words)

    def __getattr__(self, name):
        # Anything else (such as text an index keeps for excerpts) is the backend's own.
        if name == "backend":
            raise AttributeError(name)
        return getattr(self.backend, name)
