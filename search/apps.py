from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from django.core import checks
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from search.categories import check_search_categories
        from search.checks import check_whoosh_backends
        from search.models import SearchHelp, SynonymGroup
        from search.page_cache import retire_after_commit
        from search.synonyms import forget_synonyms

        checks.register(check_whoosh_backends)
        checks.register(check_search_categories)
        post_save.connect(forget_synonyms, sender=SynonymGroup)
        post_delete.connect(forget_synonyms, sender=SynonymGroup)
        # What a kept search page shows besides its results (search.page_cache).
        for model in (SearchPromotion, Query, SearchHelp):
            post_save.connect(retire_after_commit, sender=model, dispatch_uid=f"search.{model}")
            post_delete.connect(retire_after_commit, sender=model, dispatch_uid=f"search.{model}-")
