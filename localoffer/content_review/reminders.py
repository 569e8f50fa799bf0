"""Review reminders: one digest a week at most to each owner while they have pages due within
DUE_SOON_DAYS, overdue, or asked for by feedback; and, for pages not reviewed in 12 months, an
escalation to the leads' address and the owner's cover contact.

An owner who has had no digest for a week gets one as soon as something is due; the digest lists
everything of theirs that is due, so it repeats weekly while anything stays overdue. Which owners
were written to this week is read from ReviewReminder, so a second run on the same day sends
nothing new.
"""

import copy
import datetime
from dataclasses import dataclass
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from .bands import Band, due_soon_until
from .bulk_actions import mark_reviewed_url
from .feedback_flags import requested_by_feedback
from .models import Owner, ReviewReminder, ReviewStatus

REPEAT_AFTER_DAYS = 7

Reason = ReviewReminder.Reason


@dataclass
class Reminder:
    """One email about some of one owner's pages: a digest to the owner, or an escalation."""

    owner: Owner | None  # None for pages nobody owns
    recipients: list[str]
    statuses: list[ReviewStatus]  # each with `reason` and `requested_by_feedback` set
    today: datetime.date
    escalation: bool = False

    def subject(self):
        count = len(self.statuses)
        if self.escalation:
            return ngettext(
                "Not reviewed in 12 months: %(count)d Local Offer page owned by %(owner)s",
                "Not reviewed in 12 months: %(count)d Local Offer pages owned by %(owner)s",
                count,
            ) % {"count": count, "owner": self.owner_name}
        return ngettext(
            "%(count)d Local Offer page needs your review",
            "%(count)d Local Offer pages need your review",
            count,
        ) % {"count": count}

    @property
    def owner_name(self):
        return self.owner.name if self.owner else _("nobody")

    def message(self):
        with translation.override(settings.LANGUAGE_CODE):
            context = self._context()
            template = "escalation" if self.escalation else "digest"
            text = render_to_string(f"content_review/email/{template}.txt", context)
            html = render_to_string(f"content_review/email/{template}.html", context)
            message = EmailMultiAlternatives(self.subject(), text, to=self.recipients)
        message.attach_alternative(html, "text/html")
        return message

    def record(self):
        sent_at = timezone.now()
        ReviewReminder.objects.bulk_create(
            ReviewReminder(
                page_id=status.page_id,
                owner=self.owner,
                reason=Reason.ESCALATION if self.escalation else status.reason,
                sent_at=sent_at,
            )
            for status in self.statuses
        )

    def _context(self):
        pages = [self._page_context(status) for status in self.statuses]
        return {
            "owner": self.owner,
            "owner_name": self.owner_name,
            "overdue": [page for page in pages if page["reason"] == Reason.OVERDUE],
            "due_soon": [page for page in pages if page["reason"] == Reason.DUE_SOON],
            "requested_by_feedback": [page for page in pages if page["reason"] == Reason.FEEDBACK],
            "pages": pages,
            "mark_all_reviewed_url": _admin_url(
                mark_reviewed_url([status.page_id for status in self.statuses])
            ),
            "report_url": _admin_url(reverse("content_review:report")),
        }

    def _page_context(self, status):
        return {
            "title": status.page.title,
            "url": status.page.full_url,
            "edit_url": _admin_url(reverse("wagtailadmin_pages:edit", args=[status.page_id])),
            "mark_reviewed_url": _admin_url(mark_reviewed_url([status.page_id])),
            "due": status.next_review_due,
            "days_overdue": (self.today - status.next_review_due).days,
            "last_reviewed_on": status.last_reviewed_on,
            "reason": status.reason,
            "requested_by_feedback": status.requested_by_feedback,
            "parts": status.parts,
        }

    def as_text(self):
        message = self.message()
        return f"To: {', '.join(message.to)}\nSubject: {message.subject}\n\n{message.body}"


def plan_reminders(today):
    """The emails due today, in owner order (sent and recorded by `send`)."""
    live = ReviewStatus.objects.live()
    flagged = requested_by_feedback(live)
    candidates = list(
        live.filter(Q(next_review_due__lte=due_soon_until(today)) | Q(page_id__in=flagged))
        .with_band(today)
        .select_related("page", "owner", "owner__cover")
        .order_by("owner__name", "owner_id", "next_review_due", "page_id")
    )
    for status in candidates:
        status.reason = _reason(status, today)
        status.requested_by_feedback = status.page_id in flagged
        status.parts = []  # the page is the recipient's own, not only some parts of it
    repeat_from = today - datetime.timedelta(days=REPEAT_AFTER_DAYS - 1)
    had_digest = ReviewReminder.objects.digests().owner_ids_sent_since(repeat_from)
    had_escalation = ReviewReminder.objects.escalations().owner_ids_sent_since(repeat_from)

    reminders = []
    digests = _add_owned_parts(
        {owner: list(group) for owner, group in groupby(candidates, key=lambda s: s.owner)}
    )
    for owner, statuses in digests.items():
        if owner and owner.active and owner.pk not in had_digest:
            reminders.append(Reminder(owner, [owner.email], statuses, today))
        # Escalations are about the pages an owner answers for, not parts owned by others.
        unreviewed_for_a_year = [
            s for s in statuses if s.band == Band.NOT_IN_12_MONTHS and not s.parts
        ]
        recipients = _escalation_recipients(owner)
        owner_id = owner.pk if owner else None
        if unreviewed_for_a_year and recipients and owner_id not in had_escalation:
            reminders.append(
                Reminder(owner, recipients, unreviewed_for_a_year, today, escalation=True)
            )
    return reminders


def _add_owned_parts(digests):
    """Add to `digests` ({owner: statuses}) the due pages with parts that other owners look after
    (a pathway's steps), each with `parts` naming what that owner should check."""
    due = {status.page_id: status for statuses in digests.values() for status in statuses}
    for page in Page.objects.filter(pk__in=due).specific():
        for owner, parts in page.part_owners().items():
            status = copy.copy(due[page.pk])
            status.parts = parts
            digests.setdefault(owner, []).append(status)
    return digests


def send(reminders):
    for reminder in reminders:
        reminder.message().send()
        reminder.record()


def _reason(status, today):
    if status.next_review_due < today:
        return Reason.OVERDUE
    if status.next_review_due <= due_soon_until(today):
        return Reason.DUE_SOON
    return Reason.FEEDBACK


def _escalation_recipients(owner):
    recipients = (
        [settings.CONTENT_REVIEW_LEADS_EMAIL] if settings.CONTENT_REVIEW_LEADS_EMAIL else []
    )
    cover = owner.cover if owner else None
    if cover and cover.active:
        recipients.append(cover.email)
    return recipients


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
