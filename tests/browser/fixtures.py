"""Fixtures for tests that drive real headless Chromium (mark their modules `browser`), in any
app's tests (tests/conftest.py loads them).

Without Chromium these tests are skipped, except on CI (env CI set), where that fails them: CI
must prove the site in a real browser.

Pages are served by pytest-django's live server from another thread, which sees only committed
data: these tests commit to the test database (transactional_db) and put its migrated contents
back afterwards (serialized rollback), so later tests still find Wagtail's root page and groups.

One Chromium serves a whole test module (starting one takes seconds); each test gets tabs in
browser contexts of their own, so no cookies or storage pass between tests. Playwright's
synchronous API keeps an asyncio event loop marked as running in the test's thread while it is
open, though the loop only runs inside Playwright's own calls. Django would then refuse
database queries there (SynchronousOnlyOperation), and would look its database connections up
per asyncio context, finding new ones: `browser` lets it query (DJANGO_ALLOW_ASYNC_UNSAFE) and
hands it the thread's own connections, so tests and their database fixtures work as without a
browser."""

import os
import shutil
from contextlib import contextmanager

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

from localoffer.accessibility.checker import AxeChecker, chromium_path, launch_chromium
from tests import demo_database

from .keyboard import Keyboard


@pytest.fixture(scope="session")
def require_chromium():
    if not chromium_path().exists():
        message = f"Chromium is not at {chromium_path()}: run scripts/ensure-chromium."
        if os.environ.get("CI"):
            pytest.fail(f"Browser tests must run on CI. {message}")
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser(require_chromium):
    """One headless Chromium for the test module."""
    thread_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # Playwright's loop now counts as running: connections are looked up per asyncio
        # context, so this context is given the thread's own.
        for alias, connection in thread_connections.items():
            connections[alias] = connection
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def axe_checker(browser):
    with AxeChecker(browser=browser) as checker:
        yield checker


@pytest.fixture
def browser_tab(browser):
    """Opens a tab in a browser context of its own: `with browser_tab(javascript=False) as tab:`."""

    @contextmanager
    def open_tab(javascript=True, **options):
        context = browser.new_context(java_script_enabled=javascript, **options)
        try:
            yield context.new_page()
        finally:
            context.close()

    return open_tab


@pytest.fixture
def browser_page(browser_tab):
    """A fresh browser tab, 1280 pixels wide."""
    with browser_tab(viewport={"width": 1280, "height": 800}) as tab:
        yield tab


@pytest.fixture
def keyboard(browser_page):
    return Keyboard(browser_page)


@pytest.fixture
def site_server(django_db_serialized_rollback, live_server):
    """The live server's base URL, with a database the server sees: add pages with factories."""
    return live_server.url


@pytest.fixture
def demo_server(request, site_server, settings):
    """The live server's base URL, serving the whole demo site, searchable."""
    demo_index = demo_database.load()
    request.getfixturevalue("search_index")
    shutil.copytree(
        demo_index, settings.WAGTAILSEARCH_BACKENDS["default"]["PATH"], dirs_exist_ok=True
    )
    return site_server
