"""The link from a review's entry in a page's history to what has changed since."""

from django import template
from django.contrib.admin.utils import quote
from django.urls import reverse

from localoffer.content_review.reviews import REVIEW_ACTIONS

register = template.Library()


@register.simple_tag
def changes_since_review_url(log_entry, obj):
    """The comparison of the version a review entry names with the page's current version;
    None for other entries, or when the page has not changed since (Wagtail's own menu offers
    comparisons on edit entries)."""
    if (
        log_entry.action not in REVIEW_ACTIONS
        or not log_entry.revision_id
        or log_entry.revision_id == getattr(obj, "latest_revision_id", None)
    ):
        return None
    return reverse(
        "wagtailadmin_pages:revisions_compare",
        args=(quote(obj.pk), log_entry.revision_id, "latest"),
    )
