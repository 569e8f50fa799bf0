"""Settings for the test suite: fast and deterministic, with real parts (database, index, email)."""

import tempfile

from .base import *

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
    for name in ("default", "rate_limits")
}
# The local-memory cache outlives each test's database: tests of the page cache turn it on.
PAGE_CACHE_SECONDS = 0
SEARCH_CACHE_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Run tasks at once, inside the test's transaction, so tests see what Wagtail indexes.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "ENQUEUE_ON_COMMIT": False,
    }
}

STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"

# Each test run writes into its own temporary folder, never into the working tree's var/.
VAR_DIR = Path(tempfile.mkdtemp(prefix="localoffer-test-"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["NAME"] = VAR_DIR / "db.sqlite3"
MEDIA_ROOT = VAR_DIR / "media"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir()  # WhiteNoise expects it; files come from the app finders in tests.
WHITENOISE_USE_FINDERS = True
SEARCH_INDEX_DIR = VAR_DIR / "search-index"
WAGTAILSEARCH_BACKENDS["default"]["PATH"] = SEARCH_INDEX_DIR
# Saving a page does not index it: writing the index is most of the time every page save takes.
# Tests that search ask for the `search_index` fixture (tests/conftest.py), which turns it on.
WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False

LOCALOFFER_DEMO_USERS = True

# Keep test output to failures: Wagtail logs every page created and published at INFO.
LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}
