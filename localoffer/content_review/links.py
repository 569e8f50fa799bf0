"""Links to the "Mark as reviewed" confirmation page, importable from models and panels (the bulk
action itself needs Wagtail's admin views, which cannot load while models do)."""

from django.urls import reverse
from django.utils.http import urlencode

MARK_REVIEWED_ACTION = "mark_reviewed"


def mark_reviewed_url(page_ids, next_url=None):
    """The admin path of the confirmation page for marking these pages as reviewed."""
    params = [("id", page_id) for page_id in page_ids]
    if next_url:
        params.append(("next", next_url))
    path = reverse("wagtail_bulk_action", args=("wagtailcore", "page", MARK_REVIEWED_ACTION))
    return f"{path}?{urlencode(params)}"
