"""How pages get reviewed and change hands. A review is a decision: an editor publishes a page with
"Content reviewed" ticked, or marks it as reviewed with no changes needed; publishing alone keeps
the review date. Leads can hand all of one owner's pages to another."""

import uuid

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page, Revision

from localoffer.pages import ContentPage

from . import reading_level
from .models import ReviewStatus

MARK_REVIEWED = "content_review.mark_reviewed"
CONTENT_REVIEWED = "content_review.content_reviewed"
HAND_OVER = "content_review.hand_over"
# Entries naming the version of the page that was reviewed.
REVIEW_ACTIONS = {MARK_REVIEWED, CONTENT_REVIEWED}


def register_log_actions(actions):
    """Called by the `register_log_actions` hook: how these actions read in page history."""

    @actions.register_action(MARK_REVIEWED)
    class MarkReviewedFormatter(LogFormatter):
        label = _("Mark as reviewed")

        def format_message(self, log_entry):
            if parts := log_entry.data.get("parts"):
                return _("Marked as reviewed: %(parts)s") % {"parts": "; ".join(parts)}
            return _("Marked as reviewed: no changes needed")

        def format_comment(self, log_entry):
            return log_entry.data.get("note", "")

    @actions.register_action(CONTENT_REVIEWED)
    class ContentReviewedFormatter(LogFormatter):
        label = _("Content reviewed")
        message = _("Published with its content reviewed")

    @actions.register_action(HAND_OVER)
    class HandOverFormatter(LogFormatter):
        label = _("Hand over pages")

        def format_message(self, log_entry):
            count = log_entry.data.get("pages", 0)
            return ngettext(
                "Handed %(count)d page over to %(owner)s",
                "Handed %(count)d pages over to %(owner)s",
                count,
            ) % {"count": count, "owner": log_entry.data.get("to", "")}


def record_publish(instance, **kwargs):
    """`page_published` receiver: publishing keeps a content page's status up to date (owner,
    cycle, parts' owners, reading level) but is not a review, except the first publish of a new
    page."""
    if isinstance(instance, ContentPage):
        ReviewStatus.objects.settle(instance)
        ReviewStatus.objects.filter(page_id=instance.pk).update(
            reading_grade=reading_level.reading_grade(instance)
        )


def record_content_reviewed(request, page):
    """`before_publish_page` hook: the editor ticked "Content reviewed" in the page's edit form
    (the form sets `content_reviewed` on the page it saves)."""
    if isinstance(page, ContentPage) and getattr(page, "content_reviewed", False):
        reviewed_at = timezone.now()
        ReviewStatus.objects.record_review(page, reviewed_at)
        # The version reviewed, so its history entry can compare it with later ones.
        log(
            page,
            CONTENT_REVIEWED,
            user=request.user,
            timestamp=reviewed_at,
            revision_id=page.latest_revision_id,
        )


def part_owner_for(page, user):
    """The owner of some of `page`'s parts who is this admin user (matched by email, as owners
    need no login), unless they own the page itself; None otherwise."""
    email = (user.email or "").lower()
    if not email or (page.content_owner and page.content_owner.email.lower() == email):
        return None
    return next((owner for owner in page.part_owners() if owner.email.lower() == email), None)


def mark_reviewed(pages, *, user, note=""):
    """Mark each live content page among `pages` as reviewed now, with no changes needed, and
    write each review to the audit log with the note. The owner of some of a page's parts (a
    pathway's steps) reviews only those parts. Returns how many were marked."""
    reviewed_at = timezone.now()
    marked = 0
    with transaction.atomic():
        pages = Page.objects.filter(pk__in=[page.pk for page in pages]).live().specific()
        for page in pages:
            if not isinstance(page, ContentPage):
                continue
            part_owner = part_owner_for(page, user)
            ReviewStatus.objects.record_review(page, reviewed_at, part_owner=part_owner)
            data = {"note": note}
            if part_owner:
                data["parts"] = page.part_owners()[part_owner]
            # Each page's entry has its own id: the history view shows one entry per id.
            log(
                page,
                MARK_REVIEWED,
                user=user,
                data=data,
                timestamp=reviewed_at,
                uuid=uuid.uuid4(),
                revision_id=page.live_revision_id,  # the version reviewed
            )
            marked += 1
    return marked


def hand_over_pages(old_owner, new_owner, *, user):
    """Make `new_owner` the owner of every page `old_owner` owns: the pages themselves, their
    latest drafts (so the next publish keeps the new owner) and their review status. Returns the
    number of pages handed over."""
    with transaction.atomic():
        page_ids = set()
        for model in _content_page_models():
            owned = model.objects.filter(content_owner=old_owner)
            page_ids.update(owned.values_list("pk", flat=True))
            owned.update(content_owner=new_owner)
        latest_drafts = Revision.objects.filter(
            pk__in=Page.objects.filter(pk__in=page_ids).values("latest_revision_id")
        )
        for revision in latest_drafts:
            if revision.content.get("content_owner") == old_owner.pk:
                revision.content["content_owner"] = new_owner.pk
                revision.save(update_fields=["content"])
        ReviewStatus.objects.filter(owner=old_owner).update(owner=new_owner)
        log(old_owner, HAND_OVER, user=user, data={"to": new_owner.name, "pages": len(page_ids)})
    return len(page_ids)


def _content_page_models():
    """Each concrete page model whose own table holds the ContentPage fields."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ContentPage) and model._meta.get_field("content_owner").model is model
    ]
