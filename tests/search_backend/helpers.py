"""Helpers for the Whoosh backend's tests: reading the index, and damaging it."""

import logging
import shutil
import threading

from search.backends.whoosh.index import QueuedWriter

LOGGER = "search.backends.whoosh"


def indexed_ids(backend, model):
    """The ids of the documents in `model`'s index, read from Whoosh itself."""
    with backend.get_index_for_model(model).searcher() as searcher:
        return {document["id"] for document in searcher.documents()}


def wait_for_queued_writes():
    """Wait for updates queued in the background because the index was locked."""
    for thread in threading.enumerate():
        if isinstance(thread, QueuedWriter):
            thread.join(timeout=30)


def logged_errors(caplog):
    return [
        record
        for record in caplog.records
        if record.name == LOGGER and record.levelno >= logging.ERROR
    ]


def remove_the_index(index_dir):
    shutil.rmtree(index_dir)


def truncate_the_segments(index_dir):
    for segment in index_dir.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])


def garble_the_segments(index_dir):
    for segment in index_dir.glob("*.seg"):
        segment.write_bytes(bytes(range(256)) * (segment.stat().st_size // 256 + 1))


def garble_the_table_of_contents(index_dir):
    for table in index_dir.glob("*.toc"):
        table.write_bytes(b"\x00garbage" * 64)
