"""Publishing, unpublishing, moving or deleting a page retires every cached page (see `store`).
So does publishing or unpublishing anything else that has drafts, such as a "You said, we did"
entry: Wagtail's `published` and `unpublished` signals are sent for pages and snippets alike.
And so does adding, changing or removing a view restriction: cached pages list the pages they
link to ("Part of"), and cached searches (search.site_search) list the pages they found, leaving
out those behind a login or password.

And so does the search index taking in a saved object, which the task worker may do a moment
after the publish (`manage.py db_worker`, perhaps on another server): a search made in between
would otherwise keep what the old index found under the new version."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_tasks.signals import task_finished
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move, published, unpublished

from . import store


def invalidate_after_commit(**kwargs):
    # After the commit, so that no worker renders the old page again under the new version.
    transaction.on_commit(store.invalidate)


# The task modelsearch queues to index an object that was saved.
INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"


def invalidate_after_indexing(task_result, **kwargs):
    if task_result.task.module_path == INDEX_TASK:
        transaction.on_commit(store.invalidate)


def connect():
    published.connect(invalidate_after_commit, dispatch_uid="page_cache.published")
    unpublished.connect(invalidate_after_commit, dispatch_uid="page_cache.unpublished")
    post_page_move.connect(invalidate_after_commit, dispatch_uid="page_cache.moved")
    post_delete.connect(invalidate_after_commit, sender=Page, dispatch_uid="page_cache.deleted")
    restriction = {"sender": PageViewRestriction}
    post_save.connect(invalidate_after_commit, **restriction, dispatch_uid="page_cache.restricted")
    post_delete.connect(
        invalidate_after_commit, **restriction, dispatch_uid="page_cache.unrestricted"
    )
    task_finished.connect(invalidate_after_indexing, dispatch_uid="page_cache.indexed")
