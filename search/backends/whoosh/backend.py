"""The Whoosh backend: its options, and what it offers beyond modelsearch's API."""

import logging
from contextlib import ExitStack
from functools import cached_property
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import BaseSearchBackend, get_model_root
from whoosh.index import EmptyIndexError

from .highlight import EXCERPT_CHARS, highlighted_excerpt
from .index import WhooshIndex, WhooshIndexRebuilder
from .query import QueryText, WhooshAutocompleteQueryCompiler, WhooshSearchQueryCompiler
from .results import WhooshSearchResults
from .schema import text_analyzer
from .spelling import corrected_query
from .synonyms import load_synonyms

logger = logging.getLogger(__package__)


class WhooshSearchBackend(BaseSearchBackend):
    """A modelsearch backend keeping its index in Whoosh files on disk.

    Options (besides modelsearch's own, such as `AUTO_UPDATE`):

    - `PATH` (required): the folder holding the index; created when first written.
    - `STEMMING` (default True): match English word forms ("assessments" finds "assessment").
      Takes effect on the next rebuild.
    - `FUZZY` (default True): forgive a typo in words of 5 to 7 letters, two in longer ones.
      Results found only that way rank after all exact matches.
    - `SYNONYMS` (default None): dotted path of a callable returning groups of equivalent
      terms or phrases, applied at query time (see `synonyms.py`).
    - `SYNONYMS_CACHE_SECONDS` (default 60): how long each process keeps the synonyms.
    - `FALLBACK_BACKEND` (default "modelsearch.backends.database"): dotted path of the backend
      that answers searches when the index is missing or damaged. Every update of the index is
      also made to its index, so that it is ready. None disables the fallback: errors raise.
    - `LOCK_TIMEOUT` (default 10): seconds an update waits for the index's write lock before it
      is queued to be written in the background.
    """

    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    index_class = WhooshIndex
    results_class = WhooshSearchResults
    rebuilder_class = WhooshIndexRebuilder

    def __init__(self, params):
        super().__init__(params)
        if not params.get("PATH"):
            raise ImproperlyConfigured(
                "The Whoosh search backend needs a PATH option: the folder for its index."
            )
        self.path = Path(params["PATH"])
        self.stemming = params.get("STEMMING", True)
        self.fuzzy = params.get("FUZZY", True)
        self.synonyms = params.get("SYNONYMS")
        self.synonyms_cache_seconds = params.get("SYNONYMS_CACHE_SECONDS", 60)
        self.fallback_backend_path = params.get("FALLBACK_BACKEND", "modelsearch.backends.database")
        self.lock_timeout = params.get("LOCK_TIMEOUT", 10)

    def get_index_for_model(self, model):
        return self.index_class(self, get_model_root(model))

    @cached_property
    def fallback_backend(self):
        if not self.fallback_backend_path:
            return None
        return get_search_backend(self.fallback_backend_path)

    def query_text(self):
        """How queries' text becomes terms, with the synonyms as they are now."""
        synonyms = load_synonyms(self.synonyms, self.stemming, self.synonyms_cache_seconds)
        return QueryText(text_analyzer(self.stemming), synonyms, self.fuzzy)

    def highlight(self, text, query_string, max_chars=EXCERPT_CHARS):
        """An excerpt of `text` with the words `query_string` matches in `<mark>`, as safe HTML.

        For a search results page: `backend.highlight(page.search_description, query)`.
        """
        return highlighted_excerpt(text, query_string, self.query_text(), max_chars)

    def stored_texts(self, model, keys):
        """{key: ((field path, text), ...)}: the searchable text the index keeps for each of
        the objects of `model` that `keys` (primary keys) names, in the order of its
        `search_fields`, so that excerpts need not load the objects. Objects without kept text
        (indexed by an older release, or not at all) are left out; an unreadable index gives {}.
        """
        try:
            return self.get_index_for_model(model).stored_texts(keys)
        except Exception:
            logger.exception("Could not read the Whoosh index at %s for excerpts", self.path)
            return {}

    def suggest(self, query_string, model=None):
        """`query_string` with misspelt words corrected ("Did you mean …?"), or None.

        Corrections come from the words indexed for `model` (all models if None). The caller
        decides when to offer one, e.g. when a search finds little.
        """
        indexes = [self.get_index_for_model(model)] if model else list(self.all_indexes())
        try:
            with ExitStack() as stack:
                readers = []
                for index in indexes:
                    try:
                        readers.append(stack.enter_context(index.searcher()).reader())
                    except EmptyIndexError:
                        continue  # Nothing of this model is indexed yet.
                return corrected_query(query_string, readers, self.query_text())
        except Exception:
            logger.exception("Could not read the Whoosh index at %s for suggestions", self.path)
            return None
