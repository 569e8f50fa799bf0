from django.conf import settings
from django.core.checks import Error, register

MIDDLEWARE = "localoffer.page_cache.middleware.PageCacheMiddleware"
# The page cache reads the language and gives cached forms a CSRF token: these must run first.
MUST_COME_AFTER = (
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
)


@register()
def middleware_order_check(app_configs, **kwargs):
    if MIDDLEWARE not in settings.MIDDLEWARE:
        return []
    position = settings.MIDDLEWARE.index(MIDDLEWARE)
    misplaced = [name for name in MUST_COME_AFTER if name not in settings.MIDDLEWARE[:position]]
    if not misplaced:
        return []
    return [
        Error(
            f"{MIDDLEWARE} must come after {', '.join(misplaced)} in MIDDLEWARE.",
            hint="Cached pages would otherwise be kept under the wrong language, or carry a "
            "CSRF token without its cookie.",
            id="page_cache.E001",
        )
    ]
