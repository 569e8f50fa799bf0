from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "localoffer.page_cache"
    label = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the system check)

        signals.connect()
