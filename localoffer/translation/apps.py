from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TranslationConfig(AppConfig):
    name = "localoffer.translation"
    label = "translation"
    verbose_name = "Translation"

    def ready(self):
        from django.apps import apps

        from .locales import create_missing_locales

        # After every `migrate` (and after tests flush the database), so that adding a language to
        # settings.WAGTAIL_CONTENT_LANGUAGES is all it takes to offer it. Sent for Wagtail's app:
        # Django sends post_migrate only for apps with models, and this one has none.
        post_migrate.connect(create_missing_locales, sender=apps.get_app_config("wagtailcore"))
