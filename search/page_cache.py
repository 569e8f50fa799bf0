"""A search made before, answered as fast as a cached family page.

A search page a visitor without a session sees is the same for every such visitor, like the
family pages `localoffer.page_cache` keeps. It is kept the same way (under the site version,
the language and the full address, in the shared cache and in each process's memory), but here
rather than in that middleware, because every search still has to be counted for search
insights: what is kept beside the page is the search term as the insights count it (personal
details already removed) and whether the search found anything, so that counting a search made
before is one database write.

Publishing, unpublishing or moving a page, a view restriction and the synonyms retire the kept
pages with every cached page (a new site version); so do the promoted results and the search
help a page shows (`retire_after_commit`, connected in `apps.py`).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.cache import has_vary_header
from wagtail.models import Locale

from localoffer.page_cache import store
from search.models import SearchTermCount

# In every key: a release that changes `KeptSearch` numbers it anew.
KEPT_FORMAT = 1


@dataclass(frozen=True)
class KeptSearch:
    page: store.CachedPage
    term: str  # as insights count it; "" when the request is not a new search
    locale_id: int
    found: bool

    @property
    def expires(self):
        return self.page.expires


def key_for(request):
    """The key of the search page `request` asks for, or None when it may not come from the
    cache (a visitor with a session, or caching turned off)."""
    if not settings.SEARCH_CACHE_SECONDS or not store.may_serve_from_cache(request):
        return None
    return f"search-page:{KEPT_FORMAT}:{store.key_for(request)}"


def served_from_cache(request, key):
    """The kept page's response, the search counted; None when no page is kept under `key`."""
    kept = store.fetch(key)
    if kept is None:
        return None
    if kept.term:
        SearchTermCount.objects.record_search(
            kept.term, Locale(pk=kept.locale_id), found=kept.found
        )
    return kept.page.response_for(request)


def keep(request, key, response, *, term, locale, found):
    """Keep the search page just rendered, when it is the same for every visitor without a
    session (no cookie set, no session begun, nothing that varies with a cookie)."""
    if (
        response.status_code != 200
        or response.cookies
        or request.session.modified
        or has_vary_header(response, "Cookie")
    ):
        return
    seconds = min(settings.SEARCH_CACHE_SECONDS, settings.PAGE_CACHE_SECONDS)
    page = store.CachedPage.of(response, seconds)
    store.keep_value(key, KeptSearch(page, term, locale.pk, found), seconds)


def retire_after_commit(**kwargs):
    """Retire every kept search page (and cached page) once the change is committed."""
    transaction.on_commit(store.invalidate)
