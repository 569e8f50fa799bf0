"""Test databases copied from one migrated template, instead of migrated again by every process.

Migrating a new database applies some 250 migrations (Wagtail's, wagtail-localize's and ours):
about 40 seconds of CPU on SQLite. Every pytest-xdist worker did it, and so did the production
tests' served site. Now the first process to need it migrates a template database, under a file
lock the others wait on, and each copies it: SQLite's backup API into the worker's in-memory
database, or PostgreSQL's `CREATE DATABASE … TEMPLATE`. Django then finds every migration
applied (its `keepdb` path) and `migrate` confirms it, so a copy is the same as a database
migrated here, only sooner.

On SQLite the template is a file kept between runs in the temporary folder, named by a digest of
every installed app's migration files (and what else decides their outcome), so an edited or new
migration makes a new one. On PostgreSQL it is a database of this run's own, dropped at its end.
"""

import fcntl
import functools
import hashlib
import os
import shutil
import sqlite3
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.db import connections
from django.test.utils import setup_databases, teardown_databases

# Set by the controller before its workers start; they inherit it, and so find one template.
RUN_VARIABLE = "LOCALOFFER_TEST_RUN"
ALIAS = "default"
SQLITE_TEMPLATES = Path(tempfile.gettempdir()) / "localoffer-test-databases"


def name_the_run(config):
    """In the controller (or a run without workers): a name for this run's template."""
    if not hasattr(config, "workerinput"):
        os.environ[RUN_VARIABLE] = uuid.uuid4().hex[:12]


def set_up_test_database(verbosity):
    """What pytest-django's `django_db_setup` does, from the template: returns what
    `tear_down_test_database` needs."""
    connection = connections[ALIAS]
    ensure_template(verbosity)
    kept_open = _copy_template(connection)
    try:
        # keepdb: the database exists and is migrated; `migrate` confirms it, then the contents
        # are serialized for the tests that roll back by reloading them.
        return setup_databases(
            verbosity, interactive=False, keepdb=True, aliases={ALIAS}, serialized_aliases={ALIAS}
        )
    finally:
        if kept_open is not None:
            kept_open.close()


def tear_down_test_database(old_config, verbosity):
    teardown_databases(old_config, verbosity=verbosity, keepdb=False)


def ensure_template(verbosity=0):
    """The migrated template, made if no process has made it yet: a file path on SQLite, a
    database name on PostgreSQL."""
    connection = connections[ALIAS]
    name = _template_name(connection)
    with lock(_lock_path(connection, name)):
        if not _template_exists(connection, name):
            _migrate(connection, name, verbosity)
    return name


def run_folder():
    """A folder for this run's processes to share (removed at the end of the run)."""
    folder = Path(tempfile.gettempdir()) / f"localoffer-test-run-{os.environ[RUN_VARIABLE]}"
    folder.mkdir(exist_ok=True)
    return folder


def remove_template(config):
    """In the controller, once every worker has finished: this run's folder and PostgreSQL
    template (the SQLite one is kept for later runs)."""
    if hasattr(config, "workerinput") or RUN_VARIABLE not in os.environ:
        return
    shutil.rmtree(run_folder(), ignore_errors=True)
    connection = connections[ALIAS]
    if connection.vendor == "postgresql":
        name = _template_name(connection)
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)}")
        _lock_path(connection, name).unlink(missing_ok=True)


@functools.cache
def _template_name(connection):
    """Worked out once per process: before the test database is set up, while the connection's
    settings still hold the database's own name (Django then puts the test database's there)."""
    if connection.vendor == "sqlite":
        return str(SQLITE_TEMPLATES / f"migrated-{_migrations_digest()}.sqlite3")
    # From the database's own name, which every process sees alike (pytest-django gives each
    # worker's test database a suffix of its own).
    return f"test_{connection.settings_dict['NAME']}_template_{os.environ[RUN_VARIABLE]}"


def _migrations_digest():
    """Names the migrated database: every installed app's migration files, and the settings
    and versions their outcome depends on."""
    digest = hashlib.sha256()
    languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None)  # not in the search suite's
    for part in (django.get_version(), settings.LANGUAGE_CODE, languages):
        digest.update(repr(part).encode())
    for app in apps.get_app_configs():
        digest.update(app.name.encode())
        for path in sorted(Path(app.path).glob("migrations/*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _lock_path(connection, name):
    """Beside a SQLite template file; in the temporary folder for a PostgreSQL database."""
    if connection.vendor == "sqlite":
        return Path(f"{name}.lock")
    return Path(tempfile.gettempdir()) / f"{name}.lock"


@contextmanager
def lock(path):
    """Held by one process of any run at a time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def _template_exists(connection, name):
    if connection.vendor == "sqlite":
        return Path(name).exists()
    with connection.creation._nodb_cursor() as cursor:
        return connection.creation._database_exists(cursor, name)


def _migrate(connection, name, verbosity):
    """Migrate a new database under the template's name, then point the connection back. A
    SQLite file is migrated under another name and renamed, so that no process ever finds half
    of one."""
    building = f"{name}.{os.getpid()}.building" if connection.vendor == "sqlite" else name
    settings_dict = connection.settings_dict
    original = settings_dict["NAME"], settings_dict["TEST"].get("NAME")
    settings_dict["TEST"]["NAME"] = building
    try:
        connection.creation.create_test_db(verbosity, autoclobber=True, serialize=False)
    finally:
        connection.close()
        # create_test_db renamed the database in the settings too.
        settings_dict["NAME"], settings_dict["TEST"]["NAME"] = original
        settings.DATABASES[ALIAS]["NAME"] = original[0]
    if connection.vendor == "sqlite":
        os.replace(building, name)


def _copy_template(connection):
    """Copy the template to this process's test database. On SQLite that is in memory and lives
    only while a connection holds it: returns that connection, to close once Django has its own."""
    template = _template_name(connection)
    target_name = connection.creation._get_test_db_name()
    if connection.vendor == "sqlite":
        if not connection.creation.is_in_memory_db(target_name):
            shutil.copyfile(template, target_name)
            return None
        target = sqlite3.connect(target_name, uri=True)
        source = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
        source.backup(target)
        source.close()
        return target
    quote = connection.ops.quote_name
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target_name)}")
        cursor.execute(f"CREATE DATABASE {quote(target_name)} TEMPLATE {quote(template)}")
    return None
