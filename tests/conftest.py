"""Fixtures shared by every app's tests."""

import functools
import shutil

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from pytest_django.plugin import blocking_manager_key

from localoffer import roles
from search.backends.whoosh import WhooshSearchBackend, clear_synonyms_cache

from . import demo_database, migrated_database

# The browser fixtures, for every app's browser tests.
pytest_plugins = ["tests.browser.fixtures"]


def pytest_configure(config):
    migrated_database.name_the_run(config)


def pytest_unconfigure(config):
    # pytest-django blocks the database outside tests: dropping the template needs it.
    with config.stash[blocking_manager_key].unblock():
        migrated_database.remove_template(config)


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """pytest-django's test database, copied from one migrated for the whole run
    (`migrated_database`) instead of migrated in each worker."""
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        old_config = migrated_database.set_up_test_database(verbosity)
    yield
    with django_db_blocker.unblock():
        migrated_database.tear_down_test_database(old_config, verbosity)


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


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker):
    """The whole demo site (`tests/demo_database.py`), put in the test database once: the tests
    that use it run last, all together (see `pytest_collection_modifyitems`), so no other test
    sees it. Each still runs in a transaction of its own, rolled back, so they stay independent.
    The folder of its search index."""
    with django_db_blocker.unblock():
        index = demo_database.load()
    _demo_loaded.append(True)
    return index


# Holds True once this process has loaded the demo site (`_demo_database`).
_demo_loaded = []


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Once the demo site is loaded, every test after it must use it: any other would see it, and
    a transactional one would empty it. Only a scheduler that reorders the tests can break this
    (of pytest-xdist's, use `--dist load`): fail rather than let a test pass or fail by chance."""
    if _demo_loaded and "_demo_database" not in getattr(item, "fixturenames", ()):
        pytest.fail(
            f"{item.nodeid} runs after the demo site was loaded in this process: the tests that "
            "use `demo_site` must run last (run in order, or with pytest-xdist's `--dist load`).",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """For a module-scoped fixture that makes what several tests only read: made once, inside a
    transaction rolled back after the module's last test. Each test still runs in a savepoint of
    its own within it, so whatever a test changes is undone before the next."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_site(_demo_database, db):
    """The whole demo site, as `make run` loads it: its home page."""
    from localoffer.demo import DemoSite

    return DemoSite(log=lambda *_: None).home


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The tests that use the demo site run last, together, so that it is loaded once for all of
    them and no other test sees it (`_demo_database`). In parallel (`make test`), each worker
    process gets its tests in this order (pytest-xdist's `--dist load`), so each loads the demo
    once, after its other tests."""
    on_demo = {item for item in items if "_demo_database" in getattr(item, "fixturenames", ())}
    for item in on_demo:
        if {"transactional_db", "live_server"} & set(item.fixturenames):
            raise pytest.UsageError(
                f"{item.nodeid}: `demo_site` lives in a transaction that is never committed; "
                "a live server or transactional test cannot see it (use `demo_server`)."
            )
    items[:] = [item for item in items if item not in on_demo] + [
        item for item in items if item in on_demo
    ]


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
def search_index(request, settings, tmp_path):
    """Indexing on (the test settings turn it off: it is most of the time a page save takes),
    into an index folder of this test's own, with no synonyms cached from an earlier test. The
    folder starts empty, or with the demo site's pages for a test that uses `demo_site`."""
    path = tmp_path / "index"
    if "_demo_database" in request.fixturenames:
        shutil.copytree(request.getfixturevalue("_demo_database"), path)
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "PATH": path, "AUTO_UPDATE": True}
    }
    clear_synonyms_cache()
    yield
    clear_synonyms_cache()


@pytest.fixture(autouse=True)
def _searches_need_the_index(monkeypatch):
    """A test that searches without `search_index` fails: nothing it saved is indexed, so a search
    finding nothing would prove nothing. (The search backend's own tests, run with modelsearch's
    settings, turn indexing on and off themselves.)"""
    if not hasattr(django_settings, "WAGTAILSEARCH_BACKENDS"):
        return
    for name in ("_search", "suggest"):
        monkeypatch.setattr(
            WhooshSearchBackend, name, _with_indexing_on(getattr(WhooshSearchBackend, name))
        )


def _with_indexing_on(method):
    @functools.wraps(method)
    def guarded(*args, **kwargs):
        if not django_settings.WAGTAILSEARCH_BACKENDS["default"].get("AUTO_UPDATE", True):
            # An exception, not pytest.fail(): a live server thread must answer with an error.
            raise AssertionError(
                "This test searches: ask for the `search_index` fixture to index pages."
            )
        return method(*args, **kwargs)

    return guarded
