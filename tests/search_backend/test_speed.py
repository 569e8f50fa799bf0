"""What keeps a search fast: the index opened once per thread and reused until it changes, the
text of excerpts kept in the index, and the keys of thousands of matches read without loading
an object."""

from modelsearch.test.testapp.models import Book

from search.backends.whoosh.index import WhooshIndex


def count_opens(monkeypatch):
    opened = []
    original = WhooshIndex._open

    def counted(self):
        opened.append(self.name)
        return original(self)

    monkeypatch.setattr(WhooshIndex, "_open", counted)
    return opened


def test_the_index_is_opened_once_and_again_only_when_it_changes(backend, make_book, monkeypatch):
    make_book("Sensory processing")
    opened = count_opens(monkeypatch)

    for _ in range(3):
        assert len(backend.search("sensory", Book)) == 1
    assert len(opened) == 1

    # A commit (here by this process; another process's commit changes the same files).
    make_book("Sensory rooms")
    assert len(backend.search("sensory", Book)) == 2


def test_a_reset_index_is_seen_at_once(backend, make_book):
    make_book("Sensory processing")
    assert len(backend.search("sensory", Book)) == 1

    backend.get_index_for_model(Book).reset()

    assert len(backend.search("sensory", Book)) == 0


def test_the_searchable_text_is_kept_in_the_index_in_the_order_of_search_fields(backend, make_book):
    book = make_book("Sensory processing", summary="Help with noise and light.")

    texts = backend.stored_texts(Book, [book.pk, 999_999])

    assert list(texts) == [book.pk]
    assert dict(texts[book.pk])["title"] == "Sensory processing"
    assert ("summary", "Help with noise and light.") in texts[book.pk]


def test_values_of_every_match_without_loading_objects(
    backend, make_book, django_assert_num_queries
):
    first = make_book("Sensory sensory sensory")
    second = make_book("Sensory processing and other things to read about")

    results = backend.search("sensory", Book.objects.all())
    with django_assert_num_queries(1):
        rows = results.values_list("pk", "title")

    assert rows == [(first.pk, first.title), (second.pk, second.title)]
