"""A cache that cannot be written or read slows the site down; it never breaks it."""

import logging

import pytest
from django.core.cache import caches

from localoffer import caching
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_cache(settings, tmp_path):
    """File caches in a folder that cannot be made (inside a file: refused even to root), as
    with a folder the site may not write to or a full disk."""
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    settings.CACHES = {
        name: {"BACKEND": "localoffer.caching.FileBasedCache", "LOCATION": str(blocked / name)}
        for name in ("default", "rate_limits")
    }
    caching._last_logged.clear()
    yield
    caching._last_logged.clear()


def test_family_pages_are_served_uncached_and_the_error_logged_once(
    broken_cache, home_page, client, caplog
):
    page = StandardPageFactory(parent=home_page, title="Short breaks")
    caching._last_logged.clear()  # making the page met the broken cache already
    with caplog.at_level(logging.ERROR, logger="localoffer.caching"):
        responses = [client.get(page.url, {"x": number}) for number in range(5)]

    assert [response.status_code for response in responses] == [200] * 5
    assert b"Short breaks" in responses[-1].content
    logged = [record for record in caplog.records if record.name == "localoffer.caching"]
    assert len(logged) == 1  # once in the minute, not once per request


def test_feedback_is_taken_without_the_rate_limit_cache(broken_cache, home_page, client):
    page = StandardPageFactory(parent=home_page, title="Short breaks")
    response = client.post(f"/feedback/page/{page.pk}/", {"rating": "4"})
    assert response.status_code == 303


def test_a_cache_that_answers_again_is_used_again(settings, tmp_path):
    settings.CACHES = {
        "default": {"BACKEND": "localoffer.caching.FileBasedCache", "LOCATION": str(tmp_path)}
    }
    caches["default"].set("key", "value")
    assert caches["default"].get("key") == "value"
