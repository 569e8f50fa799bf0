from django.conf import settings
from django.core.management.base import BaseCommand

from localoffer import calendar
from localoffer.content_review import reminders
from localoffer.content_review.models import BandSnapshot


class Command(BaseCommand):
    help = (
        "Email content owners about their pages due for review, escalate pages not reviewed in 12 "
        "months, and store today's band counts. Run daily from cron; running it again on the same "
        "day sends nothing new."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print the emails that would be sent; send, record and store nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        today = calendar.today()
        planned = reminders.plan_reminders(today)
        if dry_run:
            for reminder in planned:
                self.stdout.write(reminder.as_text())
            self.stdout.write(f"Dry run: {len(planned)} emails would be sent.")
            return
        BandSnapshot.objects.take(today)
        if not settings.CONTENT_REVIEW_REMINDERS:
            self.stdout.write(
                "Stored today's band counts. Reminders are switched off "
                "(set CONTENT_REVIEW_REMINDERS to send them)."
            )
            return
        reminders.send(planned)
        self.stdout.write(self.style.SUCCESS(f"Sent {len(planned)} reminder emails."))
