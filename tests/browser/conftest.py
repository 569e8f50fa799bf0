"""Fixtures for tests that drive real headless Chromium (mark their modules `browser`).

Without Chromium these tests are skipped, except on CI (env CI set), where that fails them: CI
must prove the site in a real browser.

Pages are served by pytest-django's live server from another thread, which sees only committed
data: these tests commit to the test database (transactional_db) and put its migrated contents
back afterwards (serialized rollback), so later tests still find Wagtail's root page and groups.

Playwright's synchronous API runs an asyncio loop in the test's thread while a browser is open,
and Django then refuses database queries there (SynchronousOnlyOperation). So each test builds
its data first and opens its browser after: `browser_page` and `axe_checker` come after the
database fixtures a test asks for, and close before the database is reset."""

import io
import os

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from localoffer.accessibility.checker import AxeChecker, chromium_path, launch_chromium

from .keyboard import Keyboard


@pytest.fixture(scope="session")
def require_chromium():
    if not chromium_path().exists():
        message = f"Chromium is not at {chromium_path()}: run scripts/ensure-chromium."
        if os.environ.get("CI"):
            pytest.fail(f"Browser tests must run on CI. {message}")
        pytest.skip(message)


@pytest.fixture
def axe_checker(require_chromium):
    with AxeChecker() as checker:
        yield checker


@pytest.fixture
def browser_page(require_chromium):
    """A fresh browser tab, 1280 pixels wide."""
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser.new_page(viewport={"width": 1280, "height": 800})
        browser.close()


@pytest.fixture
def keyboard(browser_page):
    return Keyboard(browser_page)


@pytest.fixture
def site_server(django_db_serialized_rollback, live_server):
    """The live server's base URL, with a database the server sees: add pages with factories."""
    return live_server.url


@pytest.fixture
def demo_server(request, site_server):
    """The live server's base URL, serving the whole demo site, searchable."""
    call_command("load_demo", stdout=io.StringIO())
    # Indexed in one go once loaded, as `make run` does: quicker than page by page.
    request.getfixturevalue("search_index")
    call_command("update_index", stdout=io.StringIO())
    return site_server
