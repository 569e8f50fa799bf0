"""Benchmarks (`make bench`, see docs/performance.md): production settings, served on loopback
over plain HTTP, for a synthetic site in its own folder under var/bench/.

LOCALOFFER_VAR_DIR must name that folder: these settings never touch the working site's var/.
"""

import os

from django.core.exceptions import ImproperlyConfigured

if not os.environ.get("LOCALOFFER_VAR_DIR"):
    raise ImproperlyConfigured(
        "The benchmark settings need LOCALOFFER_VAR_DIR: the synthetic site's folder, "
        "e.g. var/bench/site-1000. Run the benchmarks with `make bench`."
    )
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")

from .production import *

ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]

# Plain HTTP on loopback: no redirect to HTTPS, no HTTPS-only cookies.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Always the synthetic site's own SQLite file, whatever DATABASE_URL says. Write-ahead logging lets
# the two workers read while the search page records what families search for.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "db.sqlite3",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;",
            "transaction_mode": "IMMEDIATE",
        },
    }
}
