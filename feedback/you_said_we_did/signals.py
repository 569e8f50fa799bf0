"""Publishing, unpublishing or deleting an entry changes the public page and its feed, which the
page cache may hold: retire cached pages then, as publishing a page does."""

from django.db.models.signals import post_delete
from wagtail.signals import published, unpublished

from feedback.models import YouSaidWeDidEntry
from localoffer.page_cache.signals import invalidate_after_commit


def connect():
    for signal, name in ((published, "published"), (unpublished, "unpublished")):
        signal.connect(
            invalidate_after_commit,
            sender=YouSaidWeDidEntry,
            dispatch_uid=f"you_said_we_did.page_cache.{name}",
        )
    post_delete.connect(
        invalidate_after_commit,
        sender=YouSaidWeDidEntry,
        dispatch_uid="you_said_we_did.page_cache.deleted",
    )
