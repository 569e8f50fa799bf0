import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from localoffer.security.login_throttle import MAX_FAILURES

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_user(db):
    return get_user_model().objects.create_user(
        username="priya", password="correct-horse-battery", is_staff=True
    )


def _login(client, password, username="priya"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_repeated_failures_are_refused_with_429_even_with_the_right_password(staff_user, client):
    for _ in range(MAX_FAILURES):
        assert _login(client, "wrong").status_code == 200  # the form again, with an error
    refused = _login(client, "correct-horse-battery")
    assert refused.status_code == 429
    assert b"Too many sign-in attempts" in refused.content
    assert "_auth_user_id" not in client.session


def test_a_successful_login_clears_the_count(staff_user, client):
    for _ in range(MAX_FAILURES - 1):
        _login(client, "wrong")
    assert _login(client, "correct-horse-battery").status_code == 302
    client.logout()
    for _ in range(MAX_FAILURES - 1):
        assert _login(client, "wrong").status_code == 200


def test_guessing_many_usernames_from_one_client_is_throttled(staff_user, client):
    for number in range(MAX_FAILURES):
        _login(client, "wrong", username=f"someone{number}")
    assert _login(client, "correct-horse-battery").status_code == 429


def test_nothing_identifying_is_stored_in_the_cache_keys(staff_user, client):
    from django.core.cache import caches

    _login(client, "wrong")
    keys = list(caches["rate_limits"]._cache.keys())  # locmem cache in tests
    assert keys, "the failure was not counted"
    assert not any("priya" in key or "127.0.0.1" in key for key in keys)


@pytest.mark.parametrize("path", ["/_util/login/", "/pl/_util/login/"])
def test_the_sign_in_for_pages_that_need_a_login_is_throttled_too(staff_user, client, path):
    for _ in range(MAX_FAILURES):
        client.post(path, {"username": "priya", "password": "wrong"})

    refused = client.post(path, {"username": "priya", "password": "correct-horse-battery"})

    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session
