"""The synonyms editors keep in the admin, given to the search backend (its `SYNONYMS` option).

The backend keeps them for a short while in each process (`SYNONYMS_CACHE_SECONDS`); saving or
deleting a group makes this process forget them, so the next search here uses the edit. Other
server processes pick it up when their copy expires. Saving or deleting a group also retires the
cached searches (search.site_search), which were found with the old groups.
"""

from django.db import transaction

from localoffer.page_cache.store import invalidate
from search.backends.whoosh import clear_synonyms_cache
from search.models import SynonymGroup


def synonym_groups():
    return [group.term_list() for group in SynonymGroup.objects.all()]


def forget_synonyms(**kwargs):
    # After the commit: a search made before it would otherwise cache the old groups again.
    transaction.on_commit(clear_synonyms_cache)
    transaction.on_commit(invalidate)
