"""The whole demo site in the test database, loaded once per test run.

`load_demo` takes about 30 seconds of CPU and indexing its pages about 10 more. The tests that
use the demo (`demo_site`, at the end of each worker's run, and `demo_server`, for the browser)
needed it once per worker and once per browser test. On SQLite, the first process to need it
loads and indexes it, then keeps a snapshot of its database (SQLite's backup API) and the index
in the run's shared folder; every other process restores the snapshot over its own test
database, which holds nothing else at that point (the tests that use the demo run last, and a
live server's test starts from the migrated contents). On PostgreSQL each process loads it.
"""

import io

from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.test import override_settings

from . import migrated_database


def load():
    """Put the demo site in the test database; the folder of an index of its pages (copy it
    before writing to it)."""
    connection = connections[migrated_database.ALIAS]
    shared = migrated_database.run_folder()
    index = shared / "demo-search-index"
    if not _in_memory(connection):
        index = shared / f"demo-search-index-{connection.settings_dict['NAME']}"
        _load_and_index(index)
        return index
    snapshot = shared / "demo.sqlite3"
    with migrated_database.lock(shared / "demo.lock"):
        if snapshot.exists():
            _restore(connection, snapshot)
        else:
            _load_and_index(index)
            _save(connection, snapshot)
    return index


def _in_memory(connection):
    return connection.vendor == "sqlite" and connection.creation.is_in_memory_db(
        connection.settings_dict["NAME"]
    )


def _load_and_index(index):
    """Loaded and indexed in one go, as `make run` does. Without the fallback backend's index,
    which lives in the database: searches in tests use Whoosh."""
    from wagtail.models import Page  # not at collection time, before Django is set up

    if not Page.objects.exists():
        # A transactional test before emptied the database: pytest-django puts the migrated
        # contents back only as the next such test starts.
        connection = connections[migrated_database.ALIAS]
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    call_command("load_demo", stdout=io.StringIO())
    backends = {
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "PATH": index,
            "FALLBACK_BACKEND": None,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        call_command("update_index", stdout=io.StringIO())


def _save(connection, snapshot):
    building = snapshot.with_suffix(".building")
    connection.ensure_connection()
    target = connection.Database.connect(building)
    connection.connection.backup(target)
    target.close()
    building.replace(snapshot)


def _restore(connection, snapshot):
    connection.ensure_connection()
    source = connection.Database.connect(f"file:{snapshot}?mode=ro", uri=True)
    source.backup(connection.connection)
    source.close()
