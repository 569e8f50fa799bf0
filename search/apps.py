from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from django.core import checks

        from search.categories import check_search_categories
        from search.checks import check_whoosh_backends
        from search.models import SynonymGroup
        from search.synonyms import forget_synonyms

        checks.register(check_whoosh_backends)
        checks.register(check_search_categories)
        post_save.connect(forget_synonyms, sender=SynonymGroup)
        post_delete.connect(forget_synonyms, sender=SynonymGroup)
