"""Translating modelsearch's query objects into Whoosh queries.

People's text never reaches Whoosh's query-language parser: it is only ever split into terms by
the same analyser that indexed the documents, so `AND (`, `title:` or a stray quote are just
words (or nothing) and can't raise.
"""

from collections import Counter
from dataclasses import dataclass
from itertools import islice

from modelsearch.backends.base import BaseSearchQueryCompiler
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import matching
from whoosh import query as wq
from whoosh.query.compound import PreloadedOr
from whoosh.support.levenshtein import distance

from .schema import AUTOCOMPLETE_ANALYZER, SPELLING, indexed_fields

# A search box needs no more words than this; the rest are ignored rather than slowing the
# search down (each term becomes a clause, or two with typo tolerance, per field).
MAX_QUERY_TERMS = 16
# Longer "words" are pasted codes or noise; typo tolerance on them costs much and finds nothing.
MAX_FUZZY_TERM_LENGTH = 30
# How much a typo-tolerant match counts next to an exact one within the same ranking tier.
FUZZY_WEIGHT = 0.1
# How strongly a page matching only some of a query's words ranks below one matching all of them:
# its score is multiplied by (share of the words matched) to this power. Families type sentences
# ("my daughter is anxious and won't go to school"), so any word may find a page, but the pages
# about all of them come first.
COORDINATION_POWER = 2


def max_edits(term):
    """How many typos to forgive in `term` (a stem): none in short words or numbers."""
    if len(term) < 5 or len(term) > MAX_FUZZY_TERM_LENGTH or any(c.isdigit() for c in term):
        return 0
    return 1 if len(term) < 8 else 2


def is_typo_of(word, term):
    """Whether `word` (lowercase, as written) is within the typos forgiven in `term` (a stem)."""
    edits = max_edits(term)
    return bool(edits) and word[:1] == term[:1] and distance(word, term, edits) <= edits


@dataclass(frozen=True)
class QueryText:
    """How the backend turns people's text into terms (see `WhooshSearchBackend.query_text`)."""

    analyzer: object
    synonyms: object
    fuzzy: bool

    def terms(self, text):
        return [token.text for token in islice(self.analyzer(text), MAX_QUERY_TERMS)]

    def units(self, text):
        """The distinct units of a query, as `SynonymTable.expand` returns them."""
        return list(dict.fromkeys(self.synonyms.expand(self.terms(text))))


class Boosted(wq.WrappingQuery):
    """Multiplies the scores of the wrapped query by `boost`.

    Whoosh drops the `boost` of a compound or multi-term query that ends up with a single
    clause, so every boost here is applied by this wrapper instead.
    """

    def __init__(self, child, boost):
        super().__init__(child)
        self.boost = boost

    def __eq__(self, other):
        return type(other) is type(self) and (other.child, other.boost) == (self.child, self.boost)

    def __hash__(self):
        return hash((type(self), self.child, self.boost))

    def _rewrap(self, child):
        return type(self)(child, self.boost)

    def matcher(self, searcher, context=None):
        child_matcher = self.child.matcher(searcher, context)
        if isinstance(child_matcher, matching.NullMatcherClass):
            return child_matcher
        return matching.WrappingMatcher(child_matcher, boost=self.boost)


class Any(wq.Or):
    """Whoosh's `Or`, matched by loading the matches of every clause into one array whenever
    the search does not need to step through them in order.

    Every search here collects all its matches (the database then filters and orders them).
    Above 5,000 documents Whoosh would otherwise build a tree of unions, which pays off only
    when it can stop at the best few: at 10,000 pages the array halves a broad search's time.
    """

    def _matcher(self, subs, searcher, context):
        if context is not None and context.needs_current:
            return super()._matcher(subs, searcher, context)
        preloaded = PreloadedOr(subs, boost=self.boost, minmatch=self.minmatch, scale=self.scale)
        return preloaded._matcher(subs, searcher, context)


def boosted(query, boost):
    return query if boost == 1 else Boosted(query, boost)


class Typos(wq.Query):
    """Matches the words up to `edits` typos away from `term` (a stem), in all of `fields`.

    Whoosh's `FuzzyTerm` walks each field's word list with an automaton, and a search of pages
    covers dozens of fields. This walks the list of every indexed word (the `spelling` field)
    once, then searches the stems of the words found as ordinary terms, weighted down by
    FUZZY_WEIGHT, so field boosts and rarity rank typo matches as they rank exact ones.
    """

    def __init__(self, term, edits, fields, analyzer):
        self.term = term
        self.edits = edits
        self.fields = tuple(fields)
        self.analyzer = analyzer
        self._expansion = (None, None)  # (reader, query) of the last expansion

    def __eq__(self, other):
        return type(other) is type(self) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"{type(self).__name__}({self.term!r}, edits={self.edits})"

    def _key(self):
        return (self.term, self.edits, self.fields)

    def matcher(self, searcher, context=None):
        return self._expand(searcher.reader()).matcher(searcher, context)

    def estimate_size(self, ixreader):
        return self._expand(ixreader).estimate_size(ixreader)

    def _expand(self, reader):
        # Whoosh sizes up a query before matching it: expand once per reader (i.e. per segment).
        if self._expansion[0] is not reader:
            words = reader.terms_within(SPELLING, self.term, self.edits, prefix=1)
            stems = {token.text for word in words for token in self.analyzer(word)}
            stems.discard(self.term)
            query = Any(
                [
                    boosted(wq.Term(field.name, stem), field.boost * FUZZY_WEIGHT)
                    for field in self.fields
                    for stem in sorted(stems)
                ]
            )
            self._expansion = (reader, query)
        return self._expansion[1]


@dataclass(frozen=True)
class CompiledQuery:
    """A Whoosh query, and, when typo tolerance widened it, the query without typo tolerance.

    Results that only the wider query finds rank after all those the exact query finds. With
    several words matched by "any of them", `units` holds, for each word (or phrase of
    synonyms), its query without typo tolerance and the query of its typos (or None), so that
    pages matching more of them rank first (see COORDINATION_POWER) and the whole search is
    made in one pass over the matches (`scored_units`).
    """

    query: wq.Query
    exact_query: wq.Query | None
    units: tuple = ()
    boost: float = 1.0


@dataclass(frozen=True)
class UnitMatch:
    """How a document matched a search made of units (see `scored_units`)."""

    score: float
    exact: bool  # matched without typo tolerance


def scored_units(searcher, units, boost=1.0, allowed=None):
    """{document number: UnitMatch} for the documents matching any of `units` (the pairs of
    `CompiledQuery.units`), in `allowed` (a set of document numbers, None for all).

    The score is the sum of the units' scores, times (share of the units matched) to the power
    COORDINATION_POWER. This is what the whole query, the query without typos and each unit
    would give if run one after the other, in a single pass over each unit's matches.
    """
    context = matching_context(searcher, allowed)
    scores = {}
    exact = set()
    matched = Counter()
    for exact_query, typos_query in units:
        in_unit = set()
        for query, is_exact in ((exact_query, True), (typos_query, False)):
            if query is None:
                continue
            matcher = query.matcher(searcher, context)
            for docnum in each_match(matcher, allowed):
                scores[docnum] = scores.get(docnum, 0.0) + matcher.score()
                in_unit.add(docnum)
                if is_exact:
                    exact.add(docnum)
        matched.update(in_unit)
    total = len(units)
    return {
        docnum: UnitMatch(
            score * boost * (matched[docnum] / total) ** COORDINATION_POWER, docnum in exact
        )
        for docnum, score in scores.items()
    }


def matching_context(searcher, allowed):
    """The search context for matching among `allowed` documents (None for all). Among some
    documents, matchers must be able to skip to each (`each_match`), so "any of" is not
    loaded in full (see `Any`)."""
    return searcher.context(needs_current=allowed is not None)


def each_match(matcher, allowed=None):
    """Move `matcher` to each document it matches that is in `allowed` (a set of document
    numbers, None for all), giving the document's number; `matcher.score()` scores it.
    Among a few documents, the matcher skips to each instead of stepping through (and reading)
    every match in the index."""
    if allowed is None:
        while matcher.is_active():
            yield matcher.id()
            matcher.next()
        return
    for docnum in sorted(allowed):
        if matcher.is_active() and matcher.id() < docnum:
            matcher.skip_to(docnum)
        if not matcher.is_active():
            return
        if matcher.id() == docnum:
            yield docnum


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    # The database orders results (see WhooshSearchResults), so any expression Django can order
    # by is fine.
    HANDLES_ORDER_BY_EXPRESSIONS = True
    field_kind = SearchField
    is_autocomplete = False

    def compile(self, text):
        """Compile the query for the `QueryText` settings of the backend running it."""
        fields = indexed_fields(self.queryset.model, self.field_kind, self.fields)
        translator = _Translator(self, fields, text, typos=True)
        query = translator.translate(self.query)
        # Coordination ranks the words of one search box; in a tree of queries, each has its own.
        units = ()
        if isinstance(self.query, PlainText | Fuzzy) and translator.any_units:
            units = tuple(translator.any_units)
        boost = getattr(self.query, "boost", 1.0)
        if units or not translator.used_typos:
            return CompiledQuery(query, None, units, boost)
        exact_query = _Translator(self, fields, text, typos=False).translate(self.query)
        return CompiledQuery(query, exact_query, units, boost)

    def match_text(self, query, translator):
        """The Whoosh query for a text query (`PlainText`, `Phrase` or `Fuzzy`)."""
        if isinstance(query, PlainText):
            return translator.match_units(query.query_string, query.operator)
        if isinstance(query, Fuzzy):
            return translator.match_units(query.query_string, query.operator, always_fuzzy=True)
        if isinstance(query, Phrase):
            return translator.match_phrase(query.query_string)
        raise NotImplementedError(
            f"`{type(query).__name__}` is not supported by the Whoosh search backend."
        )


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    field_kind = AutocompleteField
    is_autocomplete = True

    def match_text(self, query, translator):
        if isinstance(query, PlainText):
            return translator.match_prefixes(query.query_string, query.operator)
        raise NotImplementedError(
            f"`{type(query).__name__}` is not supported for autocomplete by the Whoosh search "
            "backend."
        )


class _Translator:
    """Translates one modelsearch query tree for one set of fields."""

    def __init__(self, compiler, fields, text, *, typos):
        self.compiler = compiler
        self.fields = fields
        self.text = text
        self.typos = typos  # False to translate without any typo tolerance
        self.used_typos = False
        # Each unit's (exact query, typos query or None), when the query is "any of these words".
        self.any_units = []

    def translate(self, query, boost=1.0):
        if isinstance(query, MatchAll):
            return wq.Every()
        if isinstance(query, Boost):
            return self.translate(query.subquery, boost * query.boost)
        if isinstance(query, Not):
            return wq.AndNot(wq.Every(), self.translate(query.subquery))
        if isinstance(query, And):
            return wq.And([self.translate(subquery, boost) for subquery in query.subqueries])
        if isinstance(query, Or):
            return Any([self.translate(subquery, boost) for subquery in query.subqueries])
        boost *= getattr(query, "boost", 1.0)
        return boosted(self.compiler.match_text(query, self), boost)

    def match_units(self, text, operator, always_fuzzy=False):
        parts = [self._match_unit(unit, always_fuzzy) for unit in self.text.units(text)]
        if operator != "and":
            self.any_units = parts
        units = [Any([exact, typos]) if typos else exact for exact, typos in parts]
        return self._combine(units, operator)

    def match_phrase(self, text):
        terms = self.text.terms(text)
        if not terms:
            return wq.NullQuery
        return Any([self._match_sequence(field, terms) for field in self.fields])

    def match_prefixes(self, text, operator):
        tokens = islice(AUTOCOMPLETE_ANALYZER(text), MAX_QUERY_TERMS)
        terms = dict.fromkeys(token.text for token in tokens)
        clauses = [
            Any([wq.Prefix(field.name, term, constantscore=False) for field in self.fields])
            for term in terms
        ]
        return self._combine(clauses, operator)

    def _match_unit(self, alternatives, always_fuzzy):
        """(the query of the unit's words and synonyms, the query of its typos or None)."""
        clauses = [
            self._match_sequence(field, terms) for field in self.fields for terms in alternatives
        ]
        typed = alternatives[0]
        typos = None
        if self.typos and (self.text.fuzzy or always_fuzzy) and len(typed) == 1:
            typos = next(self._match_typos(typed[0], always_fuzzy), None)
        return Any(clauses), typos

    def _match_sequence(self, field, terms):
        if len(terms) == 1:
            return boosted(wq.Term(field.name, terms[0]), field.boost)
        return boosted(wq.Phrase(field.name, list(terms)), field.boost)

    def _match_typos(self, term, always_fuzzy):
        edits = max_edits(term)
        if always_fuzzy and len(term) <= MAX_FUZZY_TERM_LENGTH:
            edits = max(edits, 1)
        if edits:
            self.used_typos = True
            yield Typos(term, edits, self.fields, self.text.analyzer)

    def _combine(self, clauses, operator):
        if not clauses or not self.fields:
            return wq.NullQuery
        return wq.And(clauses) if operator == "and" else Any(clauses)
