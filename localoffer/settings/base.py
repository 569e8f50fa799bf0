"""Settings shared by every environment.

Safe for production on their own: no secrets, DEBUG off. Everything secret or site-specific comes
from the environment (see the configuration table in README.md). Every file the site writes lives
under VAR_DIR unless the environment says otherwise.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("LOCALOFFER_VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# A form sent after its page was open too long: a page that explains and keeps the answer.
CSRF_FAILURE_VIEW = "localoffer.security.csrf.csrf_failure"

INSTALLED_APPS = [
    # Our apps first, so their templates override Wagtail's.
    "localoffer",
    "home",
    "pathways",
    "feedback",
    "search",
    "localoffer.content_review",
    "localoffer.security",
    "localoffer.accessibility",
    "localoffer.translation",
    "localoffer.page_cache",
    "localoffer.directory",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    # Site settings: Search help (search.models.SearchHelp).
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Background work: Wagtail 8 indexes pages and updates references in tasks.
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",  # the sitemap templates wagtail.contrib.sitemaps renders
]

MIDDLEWARE = [
    "localoffer.security.proxy.TrustedProxyMiddleware",
    # Before anything reads a form: refuses bodies that cannot be read as one.
    "localoffer.security.request_bodies.UnreadableBodyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "localoffer.security.headers.SecurityHeadersMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "localoffer.security.login_throttle.LoginThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: it needs the language and the CSRF cookie, and a cached page skips only the view.
    "localoffer.page_cache.middleware.PageCacheMiddleware",
]

# How many reverse proxies stand in front of the site (each appends to X-Forwarded-For).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# The site uses none of these browser features; saying so stops embedded content from asking.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Nothing may frame the site (Wagtail's own preview views allow same-origin frames themselves).
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "localoffer.urls"
WSGI_APPLICATION = "localoffer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches shared by every worker process on this server. Several app servers share one Redis
# instead: REDIS_URL (e.g. redis://cache.internal:6379/0) puts both caches there, the rate limits
# in the next database number, so that clearing one never empties the other. CACHE_BACKEND and
# RATE_LIMIT_CACHE_BACKEND (with their LOCATIONs) still name any other backend. The site's own
# backends (localoffer/caching.py) carry on without a cache that fails, and log it once a minute.
REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_database(url, offset):
    """`url` with its database number moved on by `offset` (redis://host:6379/0 -> /1)."""
    base, _, number = url.rstrip("/").rpartition("/")
    if number.isdigit() and base.count("/") >= 2:
        return f"{base}/{int(number) + offset}"
    return f"{url.rstrip('/')}/{offset}"


def cache_settings(prefix, file_folder, redis_offset):
    if REDIS_URL and not os.environ.get(f"{prefix}BACKEND"):
        return {
            "BACKEND": "localoffer.caching.RedisCache",
            "LOCATION": redis_database(REDIS_URL, redis_offset),
            # Several sites on one Redis each set their own.
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", ""),
            # A Redis that stops answering costs a request half a second, not a worker's timeout.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    return {
        "BACKEND": os.environ.get(f"{prefix}BACKEND", "localoffer.caching.FileBasedCache"),
        "LOCATION": os.environ.get(f"{prefix}LOCATION", str(VAR_DIR / file_folder)),
    }


CACHES = {
    # Pages, searches and restrictions: anything here can be dropped and made again.
    "default": cache_settings("CACHE_", "cache", 0),
    # Rate limits and the sign-in throttle (localoffer/security/rate_limits.py), apart so that no
    # amount of page traffic can push a blocked client's count out. Entries last minutes.
    "rate_limits": cache_settings("RATE_LIMIT_CACHE_", "rate-limits", 1),
}
if CACHES["rate_limits"]["BACKEND"].endswith("FileBasedCache"):
    CACHES["rate_limits"]["OPTIONS"] = {"MAX_ENTRIES": 100_000}

# Family pages are kept in that cache for visitors without a session, for at most this long, and
# all retired whenever a page is published, unpublished, moved or deleted (localoffer/page_cache).
# 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 10 * 60))
# Which pages a search finds is kept as long, under the same site version (search.site_search):
# families make the same searches again and again ("ehcp", "short breaks"), and the search page
# is then only rendered. 0 turns it off.
SEARCH_CACHE_SECONDS = int(os.environ.get("SEARCH_CACHE_SECONDS", 10 * 60))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the one list of locales the site offers. English is the source language. To offer
# another, add it here: `migrate` gives it a Wagtail Locale (localoffer.translation), and
# `manage.py makemessages -l <code>` a .po file for its interface strings.
LANGUAGE_CODE = "en-gb"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en-gb", "English"),
    ("pl", "Polski"),
    ("ar", "العربية"),
    ("ur", "اردو"),
]
LOCALE_PATHS = [BASE_DIR / "localoffer" / "locale"]
# Dates in each language's own format: templates write `{{ date|date:"DATE_FORMAT" }}`.
FORMAT_MODULE_PATH = ["localoffer.translation.formats"]
WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft, even of a live page, and goes through moderation like any
# edit: wagtail-localize would otherwise publish it at once, still in English.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Fingerprinted, compressed files that can be cached for a year.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: real email through Django's email framework; SMTP unless the environment says otherwise.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Anyshire Local Offer <localoffer@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks: the database backend, drained by `manage.py db_worker` (see README).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Search: SEARCH_BACKEND chooses the engine; the site's synonyms, "Did you mean", highlighted
# excerpts, filters and promotions work the same on each (search/engine.py).
# - "whoosh" (default, one server): an index on this server's disk. Every update is also written
#   to the database backend, which answers if the index is missing or damaged.
# - "postgres" (several servers): PostgreSQL's full-text search in the site's own database, so
#   every server sees one index (needs DATABASE_URL to be PostgreSQL).
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh")
SEARCH_INDEX_DIR = Path(os.environ.get("SEARCH_INDEX_DIR", VAR_DIR / "search-index"))
if SEARCH_BACKEND == "whoosh":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": SEARCH_INDEX_DIR,
            # Acronyms and other equivalent terms, kept by editors in the admin (search app).
            "SYNONYMS": "search.synonyms.synonym_groups",
        },
    }
elif SEARCH_BACKEND == "postgres":
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            "SEARCH_BACKEND=postgres searches the site's database: DATABASE_URL must be PostgreSQL."
        )
    INSTALLED_APPS.append("django.contrib.postgres")
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.postgres"}}
else:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND is {SEARCH_BACKEND!r}: it must be 'whoosh' or 'postgres' (see README)."
    )

WAGTAIL_SITE_NAME = "Anyshire Local Offer"
# After signing in to a page that needs a login without a page to go back to: the home page, not
# Django's default /accounts/profile/, which this site does not have.
LOGIN_REDIRECT_URL = "/"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True
# Complex page models can exceed Django's default of 1,000 fields per form in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
# "plain" for people reading a terminal, "json" for a log collector.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "localoffer.logging.JSONFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        # One line per background task is noise at INFO; failures still show.
        "django_tasks": {"level": "WARNING"},
    },
}

# Family feedback (see feedback/README.md).
# Free-text comments and survey contact details are deleted after this many days by
# `manage.py purge_feedback` (run it daily); ratings are kept for trends.
FEEDBACK_COMMENT_RETENTION_DAYS = 365
# An indicator value from fewer answers than this is shown as "too few responses".
FEEDBACK_MIN_RESPONSES = 10
# Most feedback forms one browser may send in a window; more get a friendly 429 page.
FEEDBACK_RATE_LIMIT = {"requests": 10, "seconds": 10 * 60}

# The directory's Open Referral UK API (/api/oruk/) is open without keys; each client (a keyed
# hash of its address, never stored) may make this many requests: enough for another council to
# harvest every page of a large directory, not enough to flood the site.
DIRECTORY_API_RATE_LIMIT = os.environ.get("DIRECTORY_API_RATE_LIMIT", "300/min")

# Demo users with published passwords exist only where this is switched on (dev settings).
LOCALOFFER_DEMO_USERS = False

# Content review (localoffer/content_review). `manage.py send_review_reminders`, run daily from
# cron, emails owners about pages due for review once CONTENT_REVIEW_REMINDERS is on, and escalates
# pages not reviewed in 12 months to the leads' shared mailbox (a system check warns if it is
# missing). A page is flagged "review requested by feedback" when, of the ratings families gave it
# since its last review and within `days`, there are at least `min_ratings` and fewer than
# `min_positive_percent` are positive (the feedback app applies this through a hook).
CONTENT_REVIEW_REMINDERS = env_bool("CONTENT_REVIEW_REMINDERS")
CONTENT_REVIEW_LEADS_EMAIL = os.environ.get("CONTENT_REVIEW_LEADS_EMAIL", "")
CONTENT_REVIEW_FEEDBACK_THRESHOLD = {"min_positive_percent": 50, "days": 90, "min_ratings": 5}
