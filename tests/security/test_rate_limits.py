"""Rate limits and the sign-in throttle hold, whatever else fills the page cache.

The caches here are the file caches a single server runs with (base settings), the page cache
at Django's default size: before the rate limits had a cache of their own, a few hundred page
addresses pushed a blocked client's count out.
"""

import uuid

import pytest
from django.core.cache import caches
from django.urls import reverse

from feedback.models import PageFeedback
from localoffer.security.login_throttle import MAX_FAILURES
from tests.factories import StandardPageFactory

FILE_CACHE = "django.core.cache.backends.filebased.FileBasedCache"
PAGES_FILLING_THE_CACHE = 3_000


@pytest.fixture
def file_caches(settings, tmp_path):
    settings.CACHES = {
        "default": {"BACKEND": FILE_CACHE, "LOCATION": str(tmp_path / "cache")},
        "rate_limits": {"BACKEND": FILE_CACHE, "LOCATION": str(tmp_path / "rate-limits")},
    }
    yield
    for cache in caches.all():
        cache.clear()


def fill_the_page_cache():
    """What thousands of requests for /about/?x=<random> leave in the page cache."""
    page_cache = caches["default"]
    for _ in range(PAGES_FILLING_THE_CACHE):
        page_cache.set(f"page-cache:{uuid.uuid4().hex}", b"<html>" * 100, 600)


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="priya", password="correct-horse-battery", is_staff=True
    )


def sign_in(client, password, username="priya"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_a_client_blocked_from_signing_in_stays_blocked(file_caches, staff_user, client):
    for number in range(MAX_FAILURES):
        sign_in(client, "wrong", username=f"guess{number}")

    fill_the_page_cache()

    assert sign_in(client, "correct-horse-battery").status_code == 429


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Short breaks")


def rate(client, page, rating, **headers):
    url = reverse("feedback:page_feedback", args=[page.pk])
    return client.post(url, {"rating": rating}, **headers)


def test_a_client_over_the_feedback_limit_stays_limited(file_caches, settings, client, page):
    settings.FEEDBACK_RATE_LIMIT = {"requests": 2, "seconds": 600}
    for rating in ("1", "2"):
        assert rate(client, page, rating).status_code == 303

    fill_the_page_cache()

    assert rate(client, page, "3").status_code == 429
    assert PageFeedback.objects.count() == 2


def test_a_new_user_agent_does_not_reset_the_feedback_limit(settings, client, page):
    settings.FEEDBACK_RATE_LIMIT = {"requests": 2, "seconds": 600}
    statuses = [
        rate(client, page, str(rating), HTTP_USER_AGENT=f"Browser/{rating}").status_code
        for rating in (1, 2, 3, 4)
    ]
    assert statuses == [303, 303, 429, 429]
