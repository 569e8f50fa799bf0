"""Two app servers, as a council runs the site for resilience: two gunicorns, each with its own
local var/ folder, one PostgreSQL database, one Redis, search on PostgreSQL.

- A page published through one is served with its new text by the other at once (no stale
  cached page in any worker), is found by its search, and the search cached before is retired.
- A client blocked by the rate limit on one is blocked on the other.
- A server killed (SIGKILL) during a burst of feedback loses none of the answers it accepted.

It needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL, default redis://127.0.0.1:6379/0):
without them it is skipped, except in CI (CI=true) on the PostgreSQL pass, where it fails.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from urllib.parse import urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests.production.conftest import (
    PROXY_HEADERS,
    ROOT,
    ServedSite,
    _free_port,
    _uses_postgresql,
)
from tests.production.test_load import Family
from tests.search.conftest import result_titles

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
WORKERS = 2
BURST_FAMILIES = 20
START_SECONDS = 120

PAGE = """
import json
from home.models import StandardPage
from localoffer.demo import DemoSite

demo = DemoSite(log=lambda *_: None)
page = demo.page(
    demo.home,
    StandardPage,
    "holiday-clubs",
    title="Holiday clubs",
    summary="Clubs in the school holidays with xylophone lessons.",
)
print(json.dumps({"id": page.pk, "url": page.url}))
"""

# What an editor does in the page editor's "Publish": a new revision, published.
PUBLISH = """
import json
from home.models import StandardPage

page = StandardPage.objects.get(pk={page_id})
page.summary = "Clubs in the school holidays with trampoline sessions."
page.save_revision().publish()
print(json.dumps(True))
"""

COMMENTS = """
import json
from feedback.models import PageFeedback

print(json.dumps(list(PageFeedback.objects.values_list("comment", flat=True))))
"""


def _answers(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _services_or_why_not():
    if not _uses_postgresql():
        return "DATABASE_URL is not PostgreSQL"
    redis = urlsplit(REDIS_URL)
    if not _answers(redis.hostname or "127.0.0.1", redis.port or 6379):
        return f"Redis does not answer at {REDIS_URL}"
    return None


@pytest.fixture
def shared_services():
    """PostgreSQL and Redis, or the test is skipped (failed in CI's PostgreSQL pass)."""
    missing = _services_or_why_not()
    if missing:
        ci_on_postgres = os.environ.get("CI") == "true" and "postgres" in os.environ.get(
            "DATABASE_URL", ""
        )
        if ci_on_postgres:
            pytest.fail(f"CI's PostgreSQL pass runs the two-server test: {missing}")
        pytest.skip(missing)


class AppServer(ServedSite):
    """One app server: its own var/ folder, the shared database and the shared Redis."""

    def __init__(self, folder, database_url, key_prefix):
        super().__init__(folder, database_url)
        self.key_prefix = key_prefix
        self.process = None

    def environment(self):
        return {
            **super().environment(),
            "REDIS_URL": REDIS_URL,
            "CACHE_KEY_PREFIX": self.key_prefix,
            "SEARCH_BACKEND": "postgres",
        }

    def start(self):
        self.port = _free_port()
        # A session of its own, so that the master and its workers can be killed together.
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "localoffer.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={WORKERS}",
                "--threads=2",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=self.environment(),
            start_new_session=True,
        )
        self._wait_until_answering(self.process)

    def _wait_until_answering(self, server):
        # Two servers start at once on a busy CI machine: give them longer than one.
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail(f"gunicorn stopped while starting (exit code {server.returncode})")
            if _answers("127.0.0.1", self.port):
                return
            time.sleep(0.2)
        pytest.fail(f"gunicorn did not answer within {START_SECONDS} s")

    def kill(self):
        """Stopped as a crash stops it: SIGKILL to the master and every worker at once."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def get(self, path, client="203.0.113.1"):
        connection = self.connection()
        try:
            headers = {**PROXY_HEADERS, "X-Forwarded-For": client}
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            return response.status, response.read().decode()
        finally:
            connection.close()


@contextmanager
def two_servers(served_site, tmp_path):
    """Servers A and B on the served site's database, each with a copy of its static files."""
    prefix = f"two-servers-{uuid.uuid4().hex[:8]}"
    servers = []
    for name in ("a", "b"):
        folder = tmp_path / f"var-{name}"
        shutil.copytree(served_site.folder / "static", folder / "static")
        servers.append(AppServer(folder, served_site.database_url, prefix))
    with ExitStack() as stack:
        for server in servers:
            # Stopped however the test ends, even when it fails while the server starts.
            stack.callback(server.stop)
            server.start()
        yield servers


def search_titles(server, words):
    status, body = server.get(f"/search/?{urlencode({'q': words})}")
    assert status == 200
    return result_titles(BeautifulSoup(body, "html.parser"))


def run_task_worker(site):
    """The task worker (`db_worker`, on any server) takes the queued index updates."""
    site.manage("db_worker", "--batch")


def test_two_servers_share_pages_searches_limits_and_feedback(
    shared_services, served_site, tmp_path
):
    started = time.monotonic()
    with two_servers(served_site, tmp_path) as (server_a, server_b):
        page = server_a.run_python(PAGE)
        run_task_worker(server_a)

        # Both servers' workers hold the page, in Redis and in their own memory.
        for _ in range(2 * WORKERS):
            for server in (server_a, server_b):
                assert "xylophone" in server.get(page["url"])[1]
        assert search_titles(server_b, "xylophone") == ["Holiday clubs"]
        assert search_titles(server_b, "trampoline") == []

        # Published through A (its editor's request, its task worker).
        server_a.run_python(PUBLISH.format(page_id=page["id"]))
        for _ in range(2 * WORKERS):
            status, body = server_b.get(page["url"])
            assert status == 200
            assert "trampoline" in body
            assert "xylophone" not in body
        run_task_worker(server_a)
        assert search_titles(server_b, "trampoline") == ["Holiday clubs"]
        assert search_titles(server_b, "xylophone") == []

        # One client's allowance of feedback, used up on A, is used up on B too.
        client = Family(server_a, 90)
        form, cookie = client._open(page["url"])
        for answer in range(settings.FEEDBACK_RATE_LIMIT["requests"]):
            assert client._send(form, cookie, rating=4, comment=client.comment(answer)) == 303
        client.site = server_b
        form, cookie = client._open(page["url"])
        assert client._send(form, cookie, rating=4, comment="One too many.") == 429

        # A burst of feedback to both servers; B is killed in the middle of it.
        families = [
            Family(server_a if number % 2 else server_b, number) for number in range(BURST_FAMILIES)
        ]
        with ThreadPoolExecutor(max_workers=BURST_FAMILIES + 1) as pool:
            sent = [pool.submit(_answer_until_refused, family, page["url"]) for family in families]
            time.sleep(1)
            server_b.kill()
            answers = [future.result() for future in sent]

    accepted = [comment for comments, _cut_off in answers for comment in comments]
    assert any(cut_off for _comments, cut_off in answers), "B was killed after the burst ended"
    stored = served_site.run_python(COMMENTS)
    assert set(accepted) <= set(stored), "an accepted answer was lost"
    print(f"Two servers: {time.monotonic() - started:.0f} s")


def _answer_until_refused(family, page_url):
    """The comments the family's server accepted (a 2xx or 3xx answer), answering until it stops
    answering; and whether it stopped before the family was done."""
    accepted = []
    try:
        form, cookie = family._open(page_url)
        for answer in range(settings.FEEDBACK_RATE_LIMIT["requests"]):
            comment = f"Burst: {family.comment(answer)}"
            if 200 <= family._send(form, cookie, rating=3, comment=comment) < 400:
                accepted.append(comment)
    except (OSError, AssertionError):
        return accepted, True  # the server was killed: what it accepted before is what counts
    return accepted, False
