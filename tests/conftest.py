"""Fixtures shared by every app's tests."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from localoffer import roles
from search.backends.whoosh import clear_synonyms_cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches: rate limits and cached pages never leak."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_page(db):
    """The site's home page (replacing Wagtail's placeholder), with nothing under it."""
    from localoffer.demo import DemoSite  # imports Wagtail models: not at collection time

    return DemoSite(log=lambda *_: None).home


@pytest.fixture(scope="module")
def _demo_database(django_db_setup, django_db_blocker):
    """The whole demo site, loaded once per test module (it takes a while) inside a transaction
    that is rolled back when the module's tests are done. Each test still runs in its own
    savepoint within it, so tests stay independent."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=_Discard())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_site(_demo_database, db):
    """The whole demo site, as `make run` loads it: its home page."""
    from localoffer.demo import DemoSite

    return DemoSite(log=lambda *_: None).home


def _user_in(group_name, username):
    user = get_user_model().objects.create_user(
        username=username, password="not-a-real-password", email=f"{username}@anyshire.example"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return _user_in(roles.EDITORS, "test-editor")


@pytest.fixture
def moderator(db):
    return _user_in(roles.MODERATORS, "test-moderator")


@pytest.fixture
def lead(db):
    return _user_in(roles.LEADS, "test-lead")


class _Discard:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass


@pytest.fixture
def search_index(settings, tmp_path):
    """A fresh search index folder for this test (the pages it publishes are indexed into it),
    and no synonyms cached from an earlier test."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "PATH": tmp_path / "index"}
    }
    clear_synonyms_cache()
    yield
    clear_synonyms_cache()
