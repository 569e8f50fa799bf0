"""Local development: `make run`. Never use these settings on a server."""

from .base import *

# A brand-new clone has no var/: SQLite cannot create its database file in a missing folder.
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-anyshire-local-offer")
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]

# Emails are written to files under var/mail so you can read what owners would receive.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"

# No worker to run locally: tasks (search indexing, reference index) run as they are queued.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Unhashed static files, served by runserver straight from the apps.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"

# Template and code changes show at once.
PAGE_CACHE_SECONDS = 0
SEARCH_CACHE_SECONDS = 0

LOCALOFFER_DEMO_USERS = True
