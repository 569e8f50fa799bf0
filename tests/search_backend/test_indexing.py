"""The index follows saves, deletes and rebuilds, and the fallback's index follows it."""

from io import StringIO

from django.core.management import call_command
from modelsearch.backends import get_search_backend
from modelsearch.test.testapp.models import Author, Book, Novel

from .helpers import indexed_ids


def rebuild():
    call_command("rebuild_modelsearch_index", stdout=StringIO())


def test_saving_an_object_indexes_it(backend, make_book, index_dir):
    book = make_book("Sensory processing")

    assert [result.pk for result in backend.search("sensory", Book)] == [book.pk]
    assert (index_dir / "searchtests_book_WRITELOCK").exists()


def test_editing_an_object_updates_its_document(backend, make_book):
    book = make_book("Sensory processing")

    book.title = "Speech and language therapy"
    book.save()

    assert not backend.search("sensory", Book)
    assert [result.pk for result in backend.search("speech", Book)] == [book.pk]
    assert indexed_ids(backend, Book) == {str(book.pk)}


def test_deleting_an_object_removes_its_document(backend, make_book):
    kept = make_book("Short breaks")
    make_book("Sensory processing").delete()

    assert indexed_ids(backend, Book) == {str(kept.pk)}


def test_a_model_and_its_subclasses_share_an_index_other_models_have_their_own(backend):
    book_index = backend.get_index_for_model(Book)

    assert (
        backend.get_index_for_model(Novel).get_key() == book_index.get_key() == "searchtests_book"
    )
    assert backend.get_index_for_model(Author).get_key() == "searchtests_author"


def test_rebuild_indexes_what_saving_did_not(configure_backend, make_book, index_dir):
    backend = configure_backend(AUTO_UPDATE=False)
    book = make_book("Sensory processing")
    assert not index_dir.exists()

    rebuild()

    assert [result.pk for result in backend.search("sensory", Book)] == [book.pk]


def test_rebuild_drops_documents_of_objects_deleted_meanwhile(configure_backend, make_book):
    backend = configure_backend()
    kept = make_book("Short breaks")
    gone = make_book("Sensory processing")
    gone_id = str(gone.pk)
    configure_backend(AUTO_UPDATE=False)
    gone.delete()
    assert indexed_ids(backend, Book) == {str(kept.pk), gone_id}

    rebuild()

    assert indexed_ids(backend, Book) == {str(kept.pk)}


def test_a_rebuild_applies_a_changed_stemming_option(configure_backend, make_book):
    make_book("Needs assessment")
    unstemmed = configure_backend(STEMMING=False, FUZZY=False)
    rebuild()
    assert not unstemmed.search("assessments", Book)

    stemmed = configure_backend(STEMMING=True, FUZZY=False)
    rebuild()

    assert [book.title for book in stemmed.search("assessments", Book)] == ["Needs assessment"]


def test_reset_empties_the_index(backend, make_book):
    make_book("Sensory processing")

    backend.reset_indexes()

    assert not indexed_ids(backend, Book)


def test_the_fallback_backend_is_kept_up_to_date(backend, make_book):
    database = get_search_backend("modelsearch.backends.database")
    book = make_book("Sensory processing")
    assert [result.pk for result in database.search("sensory", Book)] == [book.pk]

    book.delete()

    assert not database.search("sensory", Book)
