"""Families' ratings bring reviews forward.

The feedback app decides which pages families rate poorly; this app only asks. A function
registered with the `content_review_feedback_flags` hook receives `{page_id: last_reviewed_at}`
and the CONTENT_REVIEW_FEEDBACK_THRESHOLD setting, and returns the ids of pages whose ratings
since their last review (and within the threshold's window) fall below the threshold:

    @hooks.register("content_review_feedback_flags")
    def pages_rated_poorly(last_reviewed, threshold):
        return {page_id, ...}  # ids from last_reviewed's keys

Counting only ratings since the last review means reviewing a page clears its flag until
families rate it poorly again. With no hook registered, no page is flagged.
"""

from django.conf import settings
from wagtail import hooks

HOOK_NAME = "content_review_feedback_flags"


def requested_by_feedback(last_reviewed):
    """The ids of the pages that families' feedback asks to be reviewed, among
    `last_reviewed` ({page_id: when it was last reviewed})."""
    if not last_reviewed:
        return set()
    flagged = set()
    for flag_pages in hooks.get_hooks(HOOK_NAME):
        flagged.update(flag_pages(last_reviewed, settings.CONTENT_REVIEW_FEEDBACK_THRESHOLD))
    return flagged & last_reviewed.keys()
