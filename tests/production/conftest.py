"""The site as production runs it: gunicorn on loopback, production settings, its own database.

The served site never shares the test's database: gunicorn's workers are other processes, and
the test's own database lives in a transaction (or, on SQLite, in memory) they cannot see. So the
site gets a fresh database of the same kind as the suite's (a SQLite file, or a PostgreSQL
database created and dropped here when DATABASE_URL names PostgreSQL), migrated by `manage.py`
with the same settings and environment gunicorn then runs with.
"""

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from django.conf import settings
from psycopg import sql

from tests import migrated_database

ROOT = Path(__file__).resolve().parent.parent.parent
SERVER_START_SECONDS = 30
SERVER_STOP_SECONDS = 15
# Generous: migrating a new PostgreSQL database on a busy machine takes minutes.
COMMAND_SECONDS = 300
# Left to the settings' defaults, whatever the environment running the tests says: everything the
# site writes then lives in its own folder, and it caches as production does.
SETTINGS_LEFT_TO_DEFAULTS = (
    "CACHE_BACKEND",
    "CACHE_KEY_PREFIX",
    "CACHE_LOCATION",
    "MEDIA_ROOT",
    "PAGE_CACHE_SECONDS",
    "RATE_LIMIT_CACHE_BACKEND",
    "RATE_LIMIT_CACHE_LOCATION",
    "REDIS_URL",
    "SEARCH_BACKEND",
    "SEARCH_CACHE_SECONDS",
    "SEARCH_INDEX_DIR",
    "SECURE_SSL_REDIRECT",
    "STATIC_ROOT",
)
# Behind the council's proxy: it adds the family's address and says the request came over HTTPS.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


class ServedSite:
    """A folder (index, cache, static files) and a database, run with production settings."""

    def __init__(self, folder, database_url):
        self.folder = folder
        self.database_url = database_url
        self.port = None

    def environment(self):
        inherited = {
            name: value
            for name, value in os.environ.items()
            if name not in SETTINGS_LEFT_TO_DEFAULTS
        }
        return {
            **inherited,
            "DJANGO_SETTINGS_MODULE": "localoffer.settings.production",
            "SECRET_KEY": "production-test-only-not-secret",
            "DATABASE_URL": self.database_url,
            "LOCALOFFER_VAR_DIR": str(self.folder),
            # One proxy in front, as on the council's servers: families are told apart by the
            # address it forwards, not by the proxy's own.
            "TRUSTED_PROXY_COUNT": "1",
            "LOG_LEVEL": "WARNING",
        }

    def manage(self, *args):
        """`manage.py <args>` against this site; its standard output (its errors go to the test's
        output, shown if the test fails)."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.environment(),
            stdout=subprocess.PIPE,
            text=True,
            check=True,
            timeout=COMMAND_SECONDS,
        ).stdout

    def run_python(self, code):
        """Run `code` in this site's Django shell; the JSON it prints on its last line."""
        return json.loads(self.manage("shell", "--no-imports", "-c", code).strip().splitlines()[-1])

    def set_up(self):
        # The suite runs the system checks itself (`make check-project`); here they cost seconds.
        self.manage("migrate", "--noinput", "--skip-checks", "--verbosity", "0")
        # Family pages are drawn with fingerprinted static files, as in production.
        self.manage("collectstatic", "--noinput", "--verbosity", "0")

    @contextmanager
    def serving(self, workers, threads):
        """gunicorn serving the site on a free loopback port until the block ends."""
        self.port = _free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "localoffer.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={workers}",
                f"--threads={threads}",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=self.environment(),
        )
        try:
            self._wait_until_answering(server)
            yield self
        finally:
            server.terminate()
            try:
                server.wait(timeout=SERVER_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    @property
    def origin(self):
        """The site's address as a family's browser sees it, through the proxy."""
        return f"https://127.0.0.1:{self.port}"

    def _wait_until_answering(self, server):
        deadline = time.monotonic() + SERVER_START_SECONDS
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail(f"gunicorn stopped while starting (exit code {server.returncode})")
            connection = self.connection()
            try:
                connection.request("GET", "/healthz", headers=PROXY_HEADERS)
                connection.getresponse().read()
                return
            except OSError:
                time.sleep(0.2)
            finally:
                connection.close()
        pytest.fail(f"gunicorn did not answer within {SERVER_START_SECONDS} s")


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _uses_postgresql():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


@contextmanager
def _postgresql_database(server_url, template):
    """A new database on the suite's PostgreSQL server, copied from `template` and dropped
    afterwards; its URL."""
    name = f"localoffer_served_{uuid.uuid4().hex[:12]}"
    maintenance = psycopg.connect(
        urlsplit(server_url)._replace(path="/postgres").geturl(), autocommit=True
    )
    create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    # A copy of the suite's migrated template: `migrate` then has nothing to do.
    create = sql.SQL("{} TEMPLATE {}").format(create, sql.Identifier(template))
    with maintenance:
        maintenance.execute(create)
        try:
            yield urlsplit(server_url)._replace(path=f"/{name}").geturl()
        finally:
            # FORCE: a worker that was killed rather than stopped may leave a session behind.
            maintenance.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(scope="session")
def served_site(tmp_path_factory, django_db_setup, django_db_blocker):
    """A migrated site with production settings, ready to serve; its database is of the kind the
    suite runs on, copied from the suite's migrated template (tests/migrated_database.py). One
    for the whole run (collecting its static files takes a while): each test adds what it needs
    and expects nothing else of its contents."""
    folder = tmp_path_factory.mktemp("served-site")
    with django_db_blocker.unblock():  # on PostgreSQL, asks the server whether it exists
        template = migrated_database.ensure_template()
    if not _uses_postgresql():
        shutil.copyfile(template, folder / "db.sqlite3")
        site = ServedSite(folder, f"sqlite:///{folder / 'db.sqlite3'}")
        site.set_up()
        yield site
        return
    with _postgresql_database(os.environ["DATABASE_URL"], template) as database_url:
        site = ServedSite(folder, database_url)
        site.set_up()
        yield site
