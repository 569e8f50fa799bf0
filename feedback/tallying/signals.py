"""One PageFeedback saved or deleted (a family's answer, a lead's "mark as" in the editor, a
deletion): its day's tallies are counted again. Changes made in bulk call
`counting.page_feedback_changed` themselves."""

from django.db.models.signals import post_delete, post_save

from feedback.models import PageFeedback
from feedback.tallying.counting import page_feedback_changed


def recount(sender, instance, **kwargs):
    page_feedback_changed([instance])


def connect():
    for signal in (post_save, post_delete):
        signal.connect(recount, sender=PageFeedback, dispatch_uid=f"tallies.{signal}")
