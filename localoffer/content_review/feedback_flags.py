"""Families' ratings bring reviews forward.

The feedback app decides which pages families rate poorly; this app only asks. A function
registered with the `content_review_feedback_flags` hook receives a queryset of ReviewStatus rows
(each with `page_id` and `last_reviewed_at`) and the CONTENT_REVIEW_FEEDBACK_THRESHOLD setting, and
returns the ids of pages whose ratings since their last review (and within the threshold's
window) fall below the threshold:

    @hooks.register("content_review_feedback_flags")
    def pages_rated_poorly(statuses, threshold):
        return {page_id, ...}  # ids of pages in statuses

A queryset rather than a list, so that the answer is one query for 10 pages or 10,000.

A function registered with `content_review_ratings` receives a page id and a moment and returns
{"ratings": n, "positive": m}, families' ratings of that page since then (for the review panel in
the page editor).

Counting only ratings since the last review means reviewing a page clears its flag until
families rate it poorly again. With no hook registered, no page is flagged.
"""

from django.conf import settings
from wagtail import hooks

HOOK_NAME = "content_review_feedback_flags"
RATINGS_HOOK_NAME = "content_review_ratings"


def requested_by_feedback(statuses):
    """The ids of the pages that families' feedback asks to be reviewed, among `statuses` (an
    unsliced ReviewStatus queryset)."""
    flagged = set()
    for flag_pages in hooks.get_hooks(HOOK_NAME):
        flagged.update(flag_pages(statuses, settings.CONTENT_REVIEW_FEEDBACK_THRESHOLD))
    return flagged


def ratings_since(page_id, since):
    """{"ratings": n, "positive": m}: families' ratings of one page since `since`."""
    totals = {"ratings": 0, "positive": 0}
    for count_ratings in hooks.get_hooks(RATINGS_HOOK_NAME):
        for key, value in count_ratings(page_id, since).items():
            totals[key] += value
    return totals
