"""Search results: Whoosh finds and scores, the database filters and orders.

Whoosh returns the primary keys of every matching object of the searched model, with scores.
The searched queryset is then filtered to those keys, so every filter Django can express works
exactly as it does without search (locale, live status, related fields, tree queries, subqueries).
A queryset limited to a short list of keys (`filter(pk__in=[...])`, see `listed_keys`) is searched
among those documents only: a search among the few objects the database chose scores only them.
Ranked results are sorted by score: first everything found without typo tolerance, then what only
typo tolerance found. A count costs one query; a page of ranked results two (the keys that pass
the filters, then the page's objects), and all of them one.

When the index can't be read (missing or damaged), the search is logged and answered by the
fallback backend (modelsearch's database backend by default), which the index keeps up to date.
"""

import logging
from collections import OrderedDict
from functools import cached_property

from django.db.models import Count
from django.db.models.expressions import Col
from django.db.models.lookups import In
from django.db.models.sql.where import AND
from modelsearch.backends.base import BaseSearchResults, FilterFieldError

logger = logging.getLogger(__package__)


class WhooshSearchResults(BaseSearchResults):
    supports_facet = True

    def _do_search(self):
        hits = self._hits
        if hits is None:
            return list(self._fallback_results())
        if self.query_compiler.order_by_relevance:
            results = self._ranked_objects(hits)
        else:
            results = list(self._ordered_queryset(hits)[self.start : self.stop])
        if self._score_field:
            for obj in results:
                setattr(obj, self._score_field, hits[obj.pk].score)
        return results

    def _do_count(self):
        hits = self._hits
        if hits is None:
            return self._fallback_results().count()
        count = max(self._matching_queryset(hits).values("pk").distinct().count() - self.start, 0)
        return count if self.stop is None else min(count, self.stop - self.start)

    def values_list(self, *fields):
        """Tuples of `fields` (as Django's `values_list` names them) of every result, in the
        results' order, without loading any object: what a list of thousands of matches needs
        to count and filter them, before only the page of results shown is loaded."""
        hits = self._hits
        if hits is None:
            return [
                tuple(getattr(obj, name) for name in fields) for obj in self._fallback_results()
            ]
        if not self.query_compiler.order_by_relevance:
            return list(self._ordered_queryset(hits).values_list(*fields)[self.start : self.stop])
        # The primary key ranks the rows: asked for once, whether or not `fields` name it.
        names = ("pk", *(name for name in fields if name != "pk"))
        rows = {
            row[0]: dict(zip(names, row, strict=True))
            for row in self._matching_queryset(hits).values_list(*names)
        }
        ranked = sorted(rows, key=_ranking(hits))[self.start : self.stop]
        return [tuple(rows[pk][name] for name in fields) for pk in ranked]

    def facet(self, field_name):
        compiler = self.query_compiler
        if compiler._get_filterable_field(field_name) is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f"index.FilterField('{field_name}') to "
                f"{compiler.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        hits = self._hits
        if hits is None:
            return self._fallback_results().facet(field_name)
        counts = (
            self._matching_queryset(hits)
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return OrderedDict((row[field_name], row["count"]) for row in counts)

    def _clone(self):
        clone = super()._clone()
        if "_hits" in self.__dict__:
            # Slices share the search already made (a paginator counts, then takes a slice).
            clone._hits = self._hits
        return clone

    @cached_property
    def _hits(self):
        """The `index.Hit` of each match, by primary key; None if Whoosh failed."""
        return self._search_index()

    def _search_index(self):
        compiler = self.query_compiler
        model = compiler.queryset.model
        compiled_query = compiler.compile(self.backend.query_text())
        index = self.backend.get_index_for_model(model)
        among = listed_keys(compiler.queryset)
        try:
            document_hits = index.search(compiled_query, model, among=among)
        except Exception:
            # Whoosh reports a missing or damaged index with many exception types (EmptyIndexError,
            # struct.error, EOFError, zlib.error, ...): any failure here means it can't be trusted.
            if self.backend.fallback_backend is None:
                raise
            logger.exception(
                "Could not search the Whoosh index %s at %s; using the fallback search backend. "
                "Rebuild the index to repair it.",
                index,
                self.backend.path,
            )
            return None
        to_python = model._meta.pk.to_python
        return {to_python(key): hit for key, hit in document_hits.items()}

    def _matching_queryset(self, hits):
        return self.query_compiler.queryset.filter(pk__in=list(hits))

    def _ordered_queryset(self, hits):
        queryset = self._matching_queryset(hits)
        if not queryset.query.order_by:
            # A stable order keeps results consistent across pages (wagtail/wagtail#3729).
            queryset = queryset.order_by("-pk")
        return queryset.distinct()

    def _ranked_objects(self, hits):
        rank = _ranking(hits)
        if self.stop is None:
            # Every match from `start` on: one query fetches them all.
            objects = {obj.pk: obj for obj in self._matching_queryset(hits)}
            return [objects[pk] for pk in sorted(objects, key=rank)[self.start :]]
        matching_keys = set(self._matching_queryset(hits).values_list("pk", flat=True))
        page_keys = sorted(matching_keys, key=rank)[self.start : self.stop]
        objects = {obj.pk: obj for obj in self.query_compiler.queryset.filter(pk__in=page_keys)}
        return [objects[pk] for pk in page_keys if pk in objects]

    def _fallback_results(self):
        compiler = self.query_compiler
        backend = self.backend.fallback_backend
        search = backend.autocomplete if compiler.is_autocomplete else backend.search
        results = search(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )[self.start : self.stop]
        return results.annotate_score(self._score_field) if self._score_field else results


# Up to this many listed keys are looked up in the index one by one (about 20 microseconds each);
# a search among more scores every match, which is cheaper than looking them all up.
MAX_LISTED_KEYS = 500


def listed_keys(queryset):
    """The primary keys `queryset` is limited to by a short list (`filter(pk__in=[...])`), or
    None: a search among a few objects the database chose need only score those. The
    database still filters the results, so the keys only ever narrow the search."""
    where = queryset.query.where
    if where.connector != AND or where.negated:
        return None
    for condition in where.children:
        if (
            isinstance(condition, In)
            and isinstance(condition.lhs, Col)
            and condition.lhs.target.primary_key
            and condition.lhs.alias == queryset.query.get_initial_alias()
            and condition.rhs_is_direct_value()
            and len(condition.rhs) <= MAX_LISTED_KEYS
        ):
            return condition.rhs
    return None


def _ranking(hits):
    """The sort key of a primary key among `hits`: exact matches first, then by score. Ties are
    broken by primary key so that pages of results never overlap."""

    def rank(pk):
        return (hits[pk].found_by_typo, -hits[pk].score, pk)

    return rank
