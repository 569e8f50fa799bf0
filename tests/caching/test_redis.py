"""The caches in Redis, as several servers run them (REDIS_URL): shared by every process, and
when Redis cannot be reached the site still serves its pages and /healthz names the cache."""

import socket
import subprocess
import sys
import uuid

import pytest
from django.core.cache import caches

from localoffer import caching
from localoffer.page_cache import store
from localoffer.settings.base import redis_database
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/0"


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends


def _redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def redis_caches(url, prefix=""):
    return {
        name: {
            "BACKEND": "localoffer.caching.RedisCache",
            "LOCATION": redis_database(url, offset),
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
        for offset, name in enumerate(("default", "rate_limits"))
    }


def test_the_rate_limits_get_the_next_redis_database():
    assert redis_database("redis://cache:6379/0", 1) == "redis://cache:6379/1"
    assert redis_database("redis://cache:6379/4", 1) == "redis://cache:6379/5"
    assert redis_database("redis://cache:6379", 1) == "redis://cache:6379/1"
    assert redis_database("redis://cache:6379/", 0) == "redis://cache:6379/0"


def test_with_redis_unreachable_pages_are_served_and_healthz_names_the_cache(
    settings, home_page, client
):
    page = StandardPageFactory(parent=home_page, title="Short breaks")
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{_closed_port()}/0")
    settings.PAGE_CACHE_SECONDS = 600
    caching._last_logged.clear()

    responses = [client.get(page.url) for _ in range(3)]
    health = client.get("/healthz")

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert b"Short breaks" in responses[-1].content
    assert health.status_code == 503
    assert health.json()["checks"]["cache"] == "error"
    assert health.json()["checks"]["database"] == "ok"


@pytest.mark.skipif(not _redis_answers(), reason="No Redis on 127.0.0.1:6379")
def test_a_publish_in_another_process_retires_this_workers_copy_in_memory(
    settings, home_page, client
):
    """A page kept in this worker's memory is not served after another server's publish: its
    key holds the site version, read from Redis on every request."""
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    settings.CACHES = redis_caches(REDIS_URL, prefix)
    settings.PAGE_CACHE_SECONDS = 600
    page = StandardPageFactory(parent=home_page, title="Short breaks", summary="Old words.")
    client.get(page.url)
    cached_key = store.key_for(client.get(page.url).wsgi_request)
    assert store._memory.get(cached_key) is not None

    # Another server publishes: it sets a new version in the same Redis.
    other_server = (
        "import django, os; django.setup(); from localoffer.page_cache import store; "
        "store.invalidate()"
    )
    subprocess.run(
        [sys.executable, "-c", other_server],
        check=True,
        env={
            **__import__("os").environ,
            "DJANGO_SETTINGS_MODULE": "localoffer.settings.base",
            "REDIS_URL": REDIS_URL,
            "CACHE_KEY_PREFIX": prefix,
        },
        timeout=120,
    )
    page.summary = "New words."
    page.save_revision().publish()  # in this test's transaction: no version change of its own

    assert b"New words." in client.get(page.url).content
    caches["default"].delete(store.VERSION_KEY)
