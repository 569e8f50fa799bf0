import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from feedback.models import PageFeedback, SurveyAnswer, SurveyContact
from feedback.tallying.counting import page_feedback_changed


class Command(BaseCommand):
    help = (
        "Delete what families typed once it is older than the retention period: comments on "
        "pages, free-text survey answers and survey contact details. Ratings and chosen answers "
        "are kept, so indicators keep their history. The default period is the "
        "FEEDBACK_COMMENT_RETENTION_DAYS setting. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-days",
            type=int,
            default=settings.FEEDBACK_COMMENT_RETENTION_DAYS,
            help="Remove text sent more than this many days ago "
            "(default: %(default)s, from FEEDBACK_COMMENT_RETENTION_DAYS).",
        )

    def handle(self, *args, older_than_days, **options):
        if older_than_days < 1:
            raise CommandError("--older-than-days must be 1 or more.")
        cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
        with transaction.atomic():
            purged = list(
                PageFeedback.objects.comments_older_than(cutoff).only("created_at", "page")
            )
            comments = PageFeedback.objects.comments_older_than(cutoff).update(comment="")
            page_feedback_changed(purged)  # their days' comment counts
            answers = SurveyAnswer.objects.text_older_than(cutoff).update(text="")
            contacts, _by_model = SurveyContact.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(
            f"Removed {comments} page comments, {answers} free-text survey answers and "
            f"{contacts} survey contact details older than {older_than_days} days."
        )
