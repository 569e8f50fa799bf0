"""How pages get reviewed and change hands: publishing counts as a review, editors can mark pages
as reviewed with no changes needed, and leads can hand all of one owner's pages to another."""

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page, Revision

from localoffer.pages import ContentPage

from .models import ReviewStatus

MARK_REVIEWED = "content_review.mark_reviewed"
HAND_OVER = "content_review.hand_over"


def register_log_actions(actions):
    """Called by the `register_log_actions` hook: how these actions read in page history."""

    @actions.register_action(MARK_REVIEWED)
    class MarkReviewedFormatter(LogFormatter):
        label = _("Mark as reviewed")
        message = _("Marked as reviewed: no changes needed")

        def format_comment(self, log_entry):
            return log_entry.data.get("note", "")

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
    """`page_published` receiver: publishing a content page counts as reviewing it."""
    if isinstance(instance, ContentPage):
        ReviewStatus.objects.record_review(instance, timezone.now())


def mark_reviewed(pages, *, user, note=""):
    """Mark each live content page among `pages` as reviewed now, with no changes needed, and
    write each review to the audit log with the note. Returns how many were marked."""
    reviewed_at = timezone.now()
    marked = 0
    with transaction.atomic():
        for page in Page.objects.filter(pk__in=[page.pk for page in pages]).live().specific():
            if not isinstance(page, ContentPage):
                continue
            ReviewStatus.objects.record_review(page, reviewed_at)
            log(page, MARK_REVIEWED, user=user, data={"note": note}, timestamp=reviewed_at)
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
