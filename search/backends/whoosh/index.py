"""The Whoosh indexes on disk, and how they are written safely by several processes at once.

There is one Whoosh index per root model (`wagtailcore_page`, `wagtailimages_image`, ...), all in
the backend's `PATH` folder. Each has its own write lock, so saving a page never waits for an
image upload; and since a model and its subclasses share primary keys, an object's primary key
identifies its document.

Only one writer may hold an index's lock. Every update waits up to `LOCK_TIMEOUT` seconds for
it; if another process still holds it (a rebuild, say), the update is queued in memory and a
background thread commits it as soon as the lock is free (Whoosh's `AsyncWriter`). A save never
fails, or loses its update, because the index is busy.
"""

import logging
import os
from contextlib import contextmanager
from functools import cached_property
from typing import NamedTuple

from modelsearch.backends.base import BaseIndex
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError
from whoosh.query import Term
from whoosh.util.filelock import try_for
from whoosh.writing import CLEAR, AsyncWriter, LockError

from .query import each_match, matching_context, scored_units
from .schema import CONTENT_TYPES, ID, TEXTS, build_document, build_schema, content_type
from .searchers import shared_searcher

logger = logging.getLogger(__package__)

# How often a waiting writer retries the lock, in seconds.
LOCK_RETRY_DELAY = 0.05
# A rebuild is run by hand or by cron and can afford to wait for in-flight updates.
REBUILD_LOCK_TIMEOUT = 300
# How many times opening the index is tried when a commit deletes its table of contents meanwhile.
OPEN_ATTEMPTS = 5


class Hit(NamedTuple):
    found_by_typo: bool  # found only thanks to typo tolerance
    score: float


class WhooshIndex(BaseIndex):
    def __init__(self, backend, root_model):
        super().__init__(backend)
        self.root_model = root_model
        self.name = f"{root_model._meta.app_label}_{root_model._meta.model_name}"

    def __str__(self):
        return self.name

    def get_key(self):
        return self.name

    @cached_property
    def mirror(self):
        """The fallback backend's index, kept up to date so it is ready when Whoosh is not."""
        fallback = self.backend.fallback_backend
        return fallback.get_index_for_model(self.root_model) if fallback else None

    # Searching

    def search(self, compiled_query, model, among=None):
        """The `Hit` for each document of `model` the query matches, by document id; only
        among the documents of the primary keys `among`, if given."""
        with self.searcher() as searcher:
            document_id = _document_ids(searcher)
            allowed = None
            if among is not None:
                allowed = {searcher.document_number(**{ID: str(key)}) for key in among}
                allowed.discard(None)
            hits = {}
            for docnum, found_by_typo, score in self._matches(
                searcher, compiled_query, model, allowed
            ):
                # A document may be in twice if two models' indexed objects overlap.
                hits.setdefault(document_id(docnum), Hit(found_by_typo, score))
            return hits

    def _matches(self, searcher, compiled_query, model, allowed=None):
        """(document number, found only by typo tolerance, score) of each match in `allowed`
        (document numbers, None for all), best first. Only the allowed documents are scored."""
        # Every document of the index is of the root model: only a subclass needs a filter
        # (reading which documents are of a kind is a pass over all of them).
        if content_type(model) != content_type(self.root_model):
            of_kind = set(searcher.docs_for_query(Term(CONTENT_TYPES, content_type(model))))
            allowed = of_kind if allowed is None else allowed & of_kind
        if compiled_query.units:
            matches = scored_units(searcher, compiled_query.units, compiled_query.boost, allowed)
            ranked = sorted(matches.items(), key=lambda item: (-item[1].score, item[0]))
            return [(docnum, not match.exact, match.score) for docnum, match in ranked]
        if allowed is None:
            scored = searcher.search(compiled_query.query, limit=None).top_n
        else:
            scored = _scored_among(searcher, compiled_query.query, allowed)
        exact = None
        if compiled_query.exact_query is not None:
            exact = set(_matching(searcher, compiled_query.exact_query, allowed))
        return [
            (docnum, exact is not None and docnum not in exact, score) for score, docnum in scored
        ]

    def stored_texts(self, keys):
        """{key: ((path, text), ...)}: the searchable text kept in the index for each of the
        documents `keys` (primary keys) names, in the order of the model's `search_fields`. A
        document indexed before the index kept text (or not indexed at all) is left out."""
        texts = {}
        with self.searcher() as searcher:
            for key in keys:
                docnum = searcher.document_number(**{ID: str(key)})
                if docnum is not None:
                    stored = searcher.stored_fields(docnum).get(TEXTS)
                    if stored is not None:
                        texts[key] = stored
        return texts

    def searcher(self):
        """A context manager giving a searcher of the index as it is now: opened once per thread
        and reused while the index is unchanged (see `searchers`)."""
        return shared_searcher(self.backend.path, self.name, self._open)

    # Writing: updates from saves and deletes. A broken index must not break saving, so Whoosh
    # errors are logged (search falls back to the database until a rebuild repairs the index).

    def add_items(self, model, items):
        documents = [build_document(item) for item in items]
        if documents:
            action = f"index {len(documents)} {model.__name__} objects"
            with self._logged_failure(action), self._writer() as writer:
                for document in documents:
                    writer.update_document(**document)
        if self.mirror:
            self.mirror.add_items(model, items)

    def delete_item(self, item):
        with self._logged_failure(f"remove {item!r}"), self._writer() as writer:
            writer.delete_by_term(ID, str(item.pk))
        if self.mirror:
            self.mirror.delete_item(item)

    def reset(self):
        self._create(replace=True)
        if self.mirror:
            self.mirror.reset()

    def open_for_rebuild(self):
        """A locked writer that replaces the whole index, with the current schema, on commit."""
        try:
            index = self._open()
        except Exception as error:
            if not isinstance(error, EmptyIndexError):
                logger.warning("Replacing the unreadable Whoosh index %s", self.name, exc_info=True)
            index = self._create(replace=True)
        writer = index.writer(timeout=REBUILD_LOCK_TIMEOUT, delay=LOCK_RETRY_DELAY)
        # A rebuild is when schema changes (the STEMMING option) take effect: the new segment is
        # written with the current schema, and the CLEAR commit drops every segment written with
        # the old one.
        writer.schema = build_schema(self.backend.stemming)
        writer.mergetype = CLEAR
        return writer

    def _open(self):
        # Opening finds the newest table of contents, then reads it; a commit in between writes a
        # newer one and deletes it. Trying again reads the newer one (Whoosh does the same when
        # it opens a reader, but not when it opens the index).
        storage = FileStorage(str(self.backend.path))
        for _ in range(OPEN_ATTEMPTS - 1):
            try:
                return storage.open_index(self.name)
            except FileNotFoundError:
                continue
        return storage.open_index(self.name)

    def _open_or_create(self):
        try:
            return self._open()
        except EmptyIndexError:
            return self._create(replace=False)

    def _create(self, *, replace):
        """Create the index, empty and with the current schema, holding its lock meanwhile."""
        storage = FileStorage(str(self.backend.path)).create()
        lock = storage.lock(f"{self.name}_WRITELOCK")
        if not try_for(lock.acquire, timeout=REBUILD_LOCK_TIMEOUT, delay=LOCK_RETRY_DELAY):
            raise LockError(f"The Whoosh index {self.name} stayed locked; try again later.")
        try:
            # Another process may have created it while this one waited for the lock.
            if not replace and storage.index_exists(self.name):
                return storage.open_index(self.name)
            return storage.create_index(build_schema(self.backend.stemming), indexname=self.name)
        finally:
            lock.release()

    @contextmanager
    def _writer(self):
        writer = QueuedWriter(
            self._open_or_create(),
            delay=LOCK_RETRY_DELAY,
            writerargs={"timeout": self.backend.lock_timeout, "delay": LOCK_RETRY_DELAY},
        )
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    @contextmanager
    def _logged_failure(self, action):
        try:
            yield
        except Exception:
            logger.exception(
                "Could not %s in the Whoosh index %s at %s. Searches use the database until the "
                "index is rebuilt.",
                action,
                self.name,
                os.fspath(self.backend.path),
            )


def _scored_among(searcher, query, allowed):
    """(score, document number) of the documents in `allowed` that `query` matches, best
    first, as Whoosh's search gives them."""
    scored = [(score, docnum) for docnum, score in _matches_among(searcher, query, allowed)]
    return sorted(scored, key=lambda item: (-item[0], item[1]))


def _matching(searcher, query, allowed):
    """The numbers of the documents in `allowed` (None for all) that `query` matches."""
    if allowed is None:
        return searcher.docs_for_query(query)
    return (docnum for docnum, _score in _matches_among(searcher, query, allowed))


def _matches_among(searcher, query, allowed):
    """(document number, score) of each document in `allowed` that `query` matches, segment
    by segment as Whoosh's own search goes (a query may expand to other words in each)."""
    context = matching_context(searcher, allowed)
    for leaf, offset in searcher.leaf_searchers():
        end = offset + leaf.doc_count_all()
        in_leaf = {docnum - offset for docnum in allowed if offset <= docnum < end}
        if in_leaf:
            matcher = query.matcher(leaf, context)
            for docnum in each_match(matcher, in_leaf):
                yield docnum + offset, matcher.score()


def _document_ids(searcher):
    """docnum -> the document's id, read from the id column (an index built before there was
    one: from its stored fields, which is slower)."""
    reader = searcher.reader()
    if reader.has_column(ID):
        return reader.column_reader(ID).__getitem__
    return lambda docnum: searcher.stored_fields(docnum)[ID]


class QueuedWriter(AsyncWriter):
    """Whoosh's AsyncWriter, logging a failure of its background commit instead of printing it."""

    def run(self):
        try:
            super().run()
        except Exception:
            logger.exception("A queued update of the Whoosh index %s failed", self.index.indexname)


class WhooshIndexRebuilder:
    """Rebuilds an index while searches keep using the old one.

    All documents go into one writer, whose commit replaces every old segment at once; updates
    made meanwhile wait for its lock (or are queued, see the module docstring) and land after.
    The fallback backend's index is rebuilt alongside.
    """

    def __init__(self, index):
        self.index = index
        # A fallback that keeps no index of its own (the plain database backend) has no rebuilder.
        rebuilder_class = getattr(index.backend.fallback_backend, "rebuilder_class", None)
        self.mirror_rebuilder = rebuilder_class(index.mirror) if rebuilder_class else None

    def start(self):
        self.writer = self.index.open_for_rebuild()
        mirror = self.mirror_rebuilder.start() if self.mirror_rebuilder else None
        return _IndexBeingRebuilt(self.writer, mirror)

    def finish(self):
        self.writer.commit()
        if self.mirror_rebuilder:
            self.mirror_rebuilder.finish()


class _IndexBeingRebuilt:
    """What the rebuild command fills: the rebuild's writer, and the fallback's index."""

    def __init__(self, writer, mirror):
        self.writer = writer
        self.mirror = mirror

    def add_model(self, model):
        if self.mirror:
            self.mirror.add_model(model)

    def add_items(self, model, items):
        for item in items:
            self.writer.add_document(**build_document(item))
        if self.mirror:
            self.mirror.add_items(model, items)
