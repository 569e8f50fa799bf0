import datetime

from django.db import models
from django.db.models import Case, CharField, Count, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from localoffer import calendar
from localoffer.translation.out_of_date import translation_behind_source

from . import bands
from .bands import OVERDUE, OVERDUE_LABEL, STALENESS_CHOICES, Band

# Leads' permission: the whole site's review report, its trend and the bands on the dashboard.
# Other editors see the report for their own and their team's pages.
REPORT_PERMISSION = "content_review.view_review_report"


class ReviewCycle(models.IntegerChoices):
    """How often a page must be reviewed, in months."""

    QUARTERLY = 3, _("Every 3 months")
    HALF_YEARLY = 6, _("Every 6 months")
    YEARLY = 12, _("Every 12 months")


class Owner(index.Indexed, models.Model):
    """The professional accountable for a page being true. May have no Wagtail login."""

    name = models.CharField(max_length=120)
    role = models.CharField(max_length=120)
    team = models.CharField(max_length=120)
    email = models.EmailField()
    active = models.BooleanField(
        default=True, help_text=_("Inactive owners get no reminders; hand their pages over.")
    )
    cover = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="covering_for",
        help_text=_("Who is told when this owner's pages are long overdue, e.g. during absence."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("team"),
        FieldPanel("email"),
        FieldPanel("active"),
        FieldPanel("cover"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("team"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.team})"


def _staleness_q(staleness, today):
    """The condition for one of STALENESS_CHOICES (a band, or overdue) on `today`."""
    if staleness == OVERDUE:
        return Q(next_review_due__lt=today)
    reviewed_from, reviewed_before = bands.band_bounds(today)[staleness]
    condition = Q()
    if reviewed_from:
        condition &= Q(last_reviewed_at__gte=reviewed_from)
    if reviewed_before:
        condition &= Q(last_reviewed_at__lt=reviewed_before)
    return condition


class ReviewStatusQuerySet(models.QuerySet):
    def record_review(self, page, reviewed_at, part_owner=None):
        """Note that `page` (a specific ContentPage) was reviewed at `reviewed_at`: its own content,
        or with `part_owner` only the parts that owner looks after (a pathway's steps). Takes the
        page's current owner and cycle; returns its status."""
        if part_owner is None:
            return self.settle(page, content_reviewed_at=reviewed_at)
        PartReview.objects.update_or_create(
            page_id=page.pk, owner=part_owner, defaults={"reviewed_at": reviewed_at}
        )
        return self.settle(page)

    def settle(self, page, content_reviewed_at=None):
        """Bring `page`'s status up to date with its owner, cycle and parts' owners, keeping its
        last content review unless `content_reviewed_at` gives a new one (a page with no status
        yet counts as reviewed now: it has just been written). A page is as recently reviewed as
        its least recently reviewed part: its own content, or the parts others look after."""
        current = self.filter(page_id=page.pk).first()
        if content_reviewed_at is None:
            content_reviewed_at = current.content_reviewed_at if current else timezone.now()
        part_owners = list(page.part_owners())
        part_reviews = PartReview.objects.filter(page_id=page.pk)
        reviewed_parts = dict(
            part_reviews.filter(owner__in=part_owners).values_list("owner_id", "reviewed_at")
        )
        # A part that has just been given an owner starts from the page's own review.
        PartReview.objects.bulk_create(
            PartReview(page_id=page.pk, owner=owner, reviewed_at=content_reviewed_at)
            for owner in part_owners
            if owner.pk not in reviewed_parts
        )
        part_reviews.exclude(owner__in=part_owners).delete()
        last_reviewed_at = min([content_reviewed_at, *reviewed_parts.values()])
        cycle = page.review_cycle
        status, _created = self.update_or_create(
            page_id=page.pk,
            defaults={
                "owner_id": page.content_owner_id,
                "cycle_months": cycle,
                "content_reviewed_at": content_reviewed_at,
                "last_reviewed_at": last_reviewed_at,
                "next_review_due": bands.next_review_due(
                    calendar.date_of(last_reviewed_at), cycle, page.pk
                ),
            },
        )
        return status

    def live(self):
        return self.filter(page__live=True)

    def in_band(self, staleness, today=None):
        """Pages in a band, or overdue, on `today`; `staleness` is one of STALENESS_CHOICES."""
        return self.filter(_staleness_q(staleness, today or calendar.today()))

    def due_for_review(self, today=None):
        """Overdue pages and those due within the next DUE_SOON_DAYS."""
        return self.filter(next_review_due__lte=bands.due_soon_until(today or calendar.today()))

    def visible_to(self, user):
        """Every page for those with the report permission (leads); for other editors, the pages
        they own and those of their team (an owner's team, matched by the user's email)."""
        if user.has_perm(REPORT_PERMISSION):
            return self
        teams = Owner.objects.filter(email__iexact=user.email).values("team") if user.email else []
        return (
            self.filter(Q(owner__email__iexact=user.email) | Q(owner__team__in=teams))
            if user.email
            else self.none()
        )

    def without_active_owner(self):
        return self.filter(Q(owner__isnull=True) | Q(owner__active=False))

    def long_overdue(self, today=None):
        """Pages more than 12 months past their due date."""
        return self.filter(next_review_due__lt=bands.long_overdue_before(today or calendar.today()))

    def owned_by_user(self, user):
        """Pages whose owner is this admin user, matched by email (owners need no login)."""
        if not user.email:
            return self.none()
        return self.filter(owner__email__iexact=user.email)

    def with_band(self, today=None):
        today = today or calendar.today()
        return self.annotate(
            band=Case(
                *(When(_staleness_q(band, today), then=Value(band.value)) for band in Band),
                output_field=CharField(),
            )
        )

    def band_counts(self, today=None):
        """How many pages are in each band and overdue: {staleness value: count}, one query."""
        today = today or calendar.today()
        return self.aggregate(
            **{
                value: Count("pk", filter=_staleness_q(value, today))
                for value, _ in STALENESS_CHOICES
            }
        )

    def with_translation_status(self):
        """Annotate `translation_behind_source`: the page is a translation (made with
        wagtail-localize) whose source page was published after the translation was last
        synchronised with it (the rule is `localoffer.translation.out_of_date`'s)."""
        return self.annotate(
            translation_behind_source=translation_behind_source(
                translation_key="page__translation_key", locale_id="page__locale_id"
            )
        )


class ReviewStatus(models.Model):
    """Where one content page stands: who owns it, when it was last reviewed, when it is next
    due. Kept up to date when the page is published or marked as reviewed, so lists and reports
    are one query over pages joined to this."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="review_status",
    )
    # Copies of the page's own fields, taken at each review, so one query can filter every page
    # type by them (ContentPage is abstract: each page type has its own table).
    owner = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="review_statuses"
    )
    cycle_months = models.PositiveSmallIntegerField(choices=ReviewCycle.choices)
    # When the page as a whole was last reviewed: its own content and every part that someone
    # else looks after (the oldest of those reviews).
    last_reviewed_at = models.DateTimeField(db_index=True)
    # When its owner (or an editor for them) last reviewed the page's own content.
    content_reviewed_at = models.DateTimeField()
    next_review_due = models.DateField(db_index=True)

    objects = ReviewStatusQuerySet.as_manager()

    class Meta:
        verbose_name = _("review status")
        verbose_name_plural = _("review statuses")
        default_permissions = ()
        permissions = [
            ("view_review_report", _("Can see and export the content review report")),
        ]

    def __str__(self):
        return f"{self.page_id}: due {self.next_review_due}"

    @property
    def last_reviewed_on(self):
        return calendar.date_of(self.last_reviewed_at)

    @property
    def days_overdue(self):
        """Days past its due date today; 0 when not overdue."""
        return max(0, (calendar.today() - self.next_review_due).days)

    @property
    def overdue_by_a_whole_cycle(self):
        """Past its due date by more than its own review cycle: families are told the page is
        being checked, and how to confirm what it says."""
        return calendar.today() > calendar.add_months(self.next_review_due, self.cycle_months)


class PartReview(models.Model):
    """When the owner of some parts of a page (a pathway's steps) last reviewed those parts."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="part_reviews")
    reviewed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "owner"], name="one_part_review_per_owner")
        ]

    def __str__(self):
        return f"{self.owner}: page {self.page_id} reviewed {self.reviewed_at:%Y-%m-%d}"


class ReviewReminderQuerySet(models.QuerySet):
    def owner_ids_sent_since(self, day):
        """Owners (None for pages without one) named in a reminder sent on or after `day`."""
        return set(
            self.filter(sent_at__gte=calendar.start_of_day(day)).values_list("owner_id", flat=True)
        )


class ReviewReminder(models.Model):
    """One page named in one reminder email. Every reminder sent is recorded here, and weekly
    repeats and same-day idempotency are worked out from these records."""

    class Reason(models.TextChoices):
        DUE_SOON = "due_soon", _("Due for review soon")
        OVERDUE = "overdue", _("Overdue for review")
        FEEDBACK = "feedback", _("Review requested by feedback")
        NO_OWNER = "no_owner", _("No active owner")
        COVER = "cover", _("Sent to cover: not reviewed in 6 months")
        ESCALATION = "escalation", _("Escalated to the leads")

    # Reasons recorded for pages named in an owner's weekly digest.
    DIGEST_REASONS = [Reason.DUE_SOON, Reason.OVERDUE, Reason.FEEDBACK]

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    owner = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="reminders"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = ReviewReminderQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at", "page_id"]

    def __str__(self):
        return f"{self.get_reason_display()}: page {self.page_id} at {self.sent_at:%Y-%m-%d %H:%M}"


class BandSnapshotQuerySet(models.QuerySet):
    def take(self, today=None):
        """Store today's counts of live pages per band (again, if run twice in a day)."""
        today = today or calendar.today()
        counts = ReviewStatus.objects.live().band_counts(today)
        snapshot, _created = self.update_or_create(taken_on=today, defaults=counts)
        return snapshot

    def trend(self, live_counts, today, weeks=26):
        """The latest snapshot of each of the last `weeks` weeks, oldest first, ending with
        today's `live_counts` (from `band_counts`, unsaved): the last row is what the report
        counts now, even if today's stored count was taken earlier in the day."""
        latest_per_week = {}
        recent = self.filter(
            taken_on__gt=today - datetime.timedelta(weeks=weeks), taken_on__lt=today
        )
        for snapshot in recent.order_by("taken_on"):
            latest_per_week[snapshot.taken_on.isocalendar()[:2]] = snapshot
        latest_per_week[today.isocalendar()[:2]] = BandSnapshot(taken_on=today, **live_counts)
        return list(latest_per_week.values())


class BandSnapshot(models.Model):
    """The day's count of live pages in each band, stored daily by `send_review_reminders`, so
    leads can see whether the Local Offer is getting more or less up to date."""

    taken_on = models.DateField(unique=True)
    within_3_months = models.PositiveIntegerField(Band.WITHIN_3_MONTHS.label)
    not_in_3_months = models.PositiveIntegerField(Band.NOT_IN_3_MONTHS.label)
    not_in_6_months = models.PositiveIntegerField(Band.NOT_IN_6_MONTHS.label)
    not_in_12_months = models.PositiveIntegerField(Band.NOT_IN_12_MONTHS.label)
    overdue = models.PositiveIntegerField(OVERDUE_LABEL)

    objects = BandSnapshotQuerySet.as_manager()

    class Meta:
        ordering = ["-taken_on"]

    def __str__(self):
        return f"Review bands on {self.taken_on}"

    def counts(self):
        """[(label, count)] in report order."""
        return [(label, getattr(self, value)) for value, label in STALENESS_CHOICES]
