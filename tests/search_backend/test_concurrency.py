"""Several processes write to one index: no update is lost and no save fails on the lock."""

import multiprocessing

from modelsearch.test.testapp.models import Book, MPAnimal
from whoosh.filedb.filestore import FileStorage

from search.backends.whoosh import WhooshSearchBackend

from .helpers import indexed_ids, wait_for_queued_writes

DOCUMENTS_PER_PROCESS = 40


def _backend(index_dir):
    # No fallback: its index is in the database, which only the test process may use.
    return WhooshSearchBackend({"PATH": index_dir, "FALLBACK_BACKEND": None})


def _index_animals(index_dir, first_pk, start):
    """Index animals one save at a time, as a web or task worker process does."""
    index = _backend(index_dir).get_index_for_model(MPAnimal)
    start.wait()
    for pk in range(first_pk, first_pk + DOCUMENTS_PER_PROCESS):
        index.add_item(MPAnimal(pk=pk, name=f"Animal {pk}"))


def test_two_processes_writing_at_once_lose_nothing(index_dir):
    backend = _backend(index_dir)
    backend.get_index_for_model(MPAnimal).reset()  # so that both start by writing documents
    context = multiprocessing.get_context("fork")
    start = context.Event()
    workers = [
        context.Process(target=_index_animals, args=(index_dir, first_pk, start))
        for first_pk in (1, 1 + DOCUMENTS_PER_PROCESS)
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)

    assert [worker.exitcode for worker in workers] == [0, 0]
    expected_ids = {str(pk) for pk in range(1, 1 + 2 * DOCUMENTS_PER_PROCESS)}
    assert indexed_ids(backend, MPAnimal) == expected_ids


def test_a_save_while_the_index_is_locked_succeeds_and_is_indexed_later(
    configure_backend, make_book, index_dir
):
    backend = configure_backend(LOCK_TIMEOUT=0.1)
    make_book("Short breaks")  # creates the index
    lock = FileStorage(str(index_dir)).lock("searchtests_book_WRITELOCK")
    assert lock.acquire()  # as a long rebuild in another process would

    book = make_book("Sensory processing")

    assert str(book.pk) not in indexed_ids(backend, Book)
    lock.release()
    wait_for_queued_writes()
    assert str(book.pk) in indexed_ids(backend, Book)
