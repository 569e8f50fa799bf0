"""A Whoosh search backend for modelsearch, Wagtail's search layer.

Use it by naming this module as a backend, e.g. in Wagtail's settings:

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": SEARCH_INDEX_DIR,
            "SYNONYMS": "myapp.synonyms.synonym_groups",
        },
    }

Its options are described on `WhooshSearchBackend`. Beyond modelsearch's API the backend offers
`highlight(text, query_string)` (excerpts with matches in `<mark>`) and
`suggest(query_string, model=None)` ("Did you mean …?"). `clear_synonyms_cache()` makes edited
synonyms apply at once in this process.

The package follows modelsearch's database fallback backend: an index (`index.py`), a query
compiler (`query.py`), a results class (`results.py`) and a rebuilder (`index.py`).
"""

from .backend import WhooshSearchBackend
from .index import WhooshIndex, WhooshIndexRebuilder
from .query import WhooshAutocompleteQueryCompiler, WhooshSearchQueryCompiler
from .results import WhooshSearchResults
from .synonyms import clear_synonyms_cache

__all__ = [
    "SearchBackend",
    "WhooshAutocompleteQueryCompiler",
    "WhooshIndex",
    "WhooshIndexRebuilder",
    "WhooshSearchBackend",
    "WhooshSearchQueryCompiler",
    "WhooshSearchResults",
    "clear_synonyms_cache",
]

SearchBackend = WhooshSearchBackend
