"""Which parts of the page tree need a login or a password, for lists of links that must leave
them out (the "Part of" sidebar, on every page a pathway links to).

Wagtail's `PageQuerySet.public()` reads every view restriction from the database each time it
is used. Restrictions change rarely, so their paths are kept in the cache until one is saved or
deleted or a page moves (the signal handlers in `connect_signals`)."""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

CACHE_KEY = "localoffer:restricted-paths"


def restricted_paths():
    """The tree paths of the pages with a view restriction (each covers the pages below it)."""
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, timeout=None)
    return paths


def public(pages):
    """`pages.public()`, with the restrictions read from the cache."""
    restricted = Q()
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return pages.exclude(restricted) if restricted else pages


def forget_restricted_paths(**kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    post_save.connect(forget_restricted_paths, sender=PageViewRestriction)
    post_delete.connect(forget_restricted_paths, sender=PageViewRestriction)
    post_page_move.connect(forget_restricted_paths)
