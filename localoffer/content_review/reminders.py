"""Review reminders: one digest a week at most to each owner while they have pages due within
DUE_SOON_DAYS, overdue, or asked for by feedback; escalations up a ladder as a page goes
unreviewed: to the owner's cover contact from 6 months, and to the leads' address (and the cover)
from 12 months. A page whose owner is missing or inactive goes to the leads at once.

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

from . import records
from .bands import Band, due_soon_until
from .feedback_flags import requested_by_feedback
from .links import mark_reviewed_url
from .models import Owner, ReviewReminder, ReviewStatus

REPEAT_AFTER_DAYS = 7

Reason = ReviewReminder.Reason


# Who hears, beyond the owner, as a page goes unreviewed: the owner's cover contact from 6
# months, the leads from 12 months. A page with no active owner goes to the leads at once.
COVER = "cover"
LEADS = "leads"
ESCALATION_REASON = {COVER: Reason.COVER, LEADS: Reason.ESCALATION}


@dataclass
class Reminder:
    """One email about some of one owner's pages: a digest to the owner, or an escalation to
    their cover contact (`level` COVER) or the leads (`level` LEADS)."""

    owner: Owner | None  # None for pages nobody owns
    recipients: list[str]
    statuses: list[ReviewStatus]  # each with `reason` and `requested_by_feedback` set
    today: datetime.date
    level: str | None = None

    @property
    def escalation(self):
        return self.level is not None

    def subject(self):
        count = len(self.statuses)
        if self.level == COVER:
            return ngettext(
                "Not reviewed in 6 months: %(count)d Local Offer page owned by %(owner)s",
                "Not reviewed in 6 months: %(count)d Local Offer pages owned by %(owner)s",
                count,
            ) % {"count": count, "owner": self.owner_name}
        if self.level == LEADS:
            return ngettext(
                "Escalated: %(count)d Local Offer page owned by %(owner)s",
                "Escalated: %(count)d Local Offer pages owned by %(owner)s",
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
                record="" if status.page_id else f"{status.kind}:{status.pk}",
                owner=self.owner,
                reason=ESCALATION_REASON[self.level] if self.escalation else status.reason,
                sent_at=sent_at,
            )
            for status in self.statuses
        )

    def _context(self):
        pages = [self._page_context(status) for status in self.statuses]
        return {
            "owner": self.owner,
            "owner_name": self.owner_name,
            "level": self.level,
            "owner_inactive": bool(self.owner and not self.owner.active),
            "overdue": [page for page in pages if page["reason"] == Reason.OVERDUE],
            "due_soon": [page for page in pages if page["reason"] == Reason.DUE_SOON],
            "requested_by_feedback": [page for page in pages if page["reason"] == Reason.FEEDBACK],
            "pages": pages,
            "report_url": _admin_url(reverse("content_review:report")),
        }

    def _page_context(self, status):
        return {
            "title": status.page.title,
            "url": status.page.full_url,
            "edit_url": _admin_url(records.edit_url(status)),
            # A record (a service) is checked by publishing it, not marked as reviewed.
            "mark_reviewed_url": status.page_id and _admin_url(mark_reviewed_url([status.page_id])),
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
        live.filter(
            Q(next_review_due__lte=due_soon_until(today))
            | Q(page_id__in=flagged)
            | Q(owner__isnull=True)
            | Q(owner__active=False)
        )
        .with_band(today)
        .select_related("page", "owner", "owner__cover")
    )
    for status in candidates:
        status.requested_by_feedback = status.page_id in flagged
        status.parts = []  # the page is the recipient's own, not only some parts of it
    # Records reviewed like pages (the directory's services) are in the same digests.
    candidates += records.due_rows(today)
    for status in candidates:
        status.reason = _reason(status, today)
    candidates.sort(key=_digest_order)
    repeat_from = today - datetime.timedelta(days=REPEAT_AFTER_DAYS - 1)
    sent = {
        reason: ReviewReminder.objects.filter(reason__in=reasons).owner_ids_sent_since(repeat_from)
        for reason, reasons in [
            (None, ReviewReminder.DIGEST_REASONS),
            (COVER, [Reason.COVER]),
            (LEADS, [Reason.ESCALATION]),
        ]
    }

    reminders = []
    digests = _add_owned_parts(
        {owner: list(group) for owner, group in groupby(candidates, key=lambda s: s.owner)}
    )
    for owner, statuses in digests.items():
        owner_id = owner.pk if owner else None
        due = [s for s in statuses if s.reason != Reason.NO_OWNER]
        if owner and owner.active and due and owner_id not in sent[None]:
            reminders.append(Reminder(owner, [owner.email], due, today))
        # Escalations are about the pages an owner answers for, not parts owned by others.
        own = [s for s in statuses if not s.parts]
        for level, escalated in _escalated(own).items():
            recipients = _escalation_recipients(owner, level)
            if escalated and recipients and owner_id not in sent[level]:
                reminders.append(Reminder(owner, recipients, escalated, today, level=level))
    return reminders


def _digest_order(status):
    """By owner (nobody's pages first), then most overdue first."""
    owner = status.owner
    return (
        owner is not None,
        owner.name if owner else "",
        owner.pk if owner else 0,
        status.next_review_due,
        status.page_id or 0,
    )


def _escalated(statuses):
    """{level: the statuses escalated at that level}: to the cover contact from 6 months
    unreviewed; to the leads from 12 months, or at once when the page has no active owner."""
    leads = [
        s for s in statuses if s.band == Band.NOT_IN_12_MONTHS or not (s.owner and s.owner.active)
    ]
    cover = [s for s in statuses if s.band in (Band.NOT_IN_6_MONTHS, Band.NOT_IN_12_MONTHS)]
    return {COVER: cover, LEADS: leads}


def _add_owned_parts(digests):
    """Add to `digests` ({owner: statuses}) the due pages with parts that other owners look after
    (a pathway's steps), each with `parts` naming what that owner should check."""
    due = {
        status.page_id: status
        for statuses in digests.values()
        for status in statuses
        if status.page_id is not None
    }
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
    if not (status.owner and status.owner.active):
        return Reason.NO_OWNER
    if status.next_review_due < today:
        return Reason.OVERDUE
    if status.next_review_due <= due_soon_until(today):
        return Reason.DUE_SOON
    return Reason.FEEDBACK


def _escalation_recipients(owner, level):
    """The cover contact (if active) at both levels; the leads' address too at LEADS."""
    recipients = []
    if level == LEADS and settings.CONTENT_REVIEW_LEADS_EMAIL:
        recipients.append(settings.CONTENT_REVIEW_LEADS_EMAIL)
    cover = owner.cover if owner else None
    if cover and cover.active:
        recipients.append(cover.email)
    return recipients


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
