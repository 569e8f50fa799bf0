"""Publishing, unpublishing or deleting an entry changes the public page and its feed, which the
page cache may hold: retire cached pages then, as publishing a page does. The page is also found
by search through its entries' words, so it is indexed again."""

from django.db.models.signals import post_delete
from wagtail.search import index
from wagtail.signals import published, unpublished

from feedback.models import YouSaidWeDidEntry, YouSaidWeDidPage
from localoffer.page_cache.signals import invalidate_after_commit


def reindex_pages(**kwargs):
    # Every language's page: one shows the source-language entries it has no translation of.
    for page in YouSaidWeDidPage.objects.live():
        index.insert_or_update_object(page)


def connect():
    for signal, name in ((published, "published"), (unpublished, "unpublished")):
        signal.connect(
            invalidate_after_commit,
            sender=YouSaidWeDidEntry,
            dispatch_uid=f"you_said_we_did.page_cache.{name}",
        )
        signal.connect(
            reindex_pages, sender=YouSaidWeDidEntry, dispatch_uid=f"you_said_we_did.index.{name}"
        )
    post_delete.connect(
        invalidate_after_commit,
        sender=YouSaidWeDidEntry,
        dispatch_uid="you_said_we_did.page_cache.deleted",
    )
    post_delete.connect(
        reindex_pages, sender=YouSaidWeDidEntry, dispatch_uid="you_said_we_did.index.deleted"
    )
