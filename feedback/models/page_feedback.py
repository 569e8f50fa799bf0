import datetime

from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from feedback.forms import COMMENT_MAX_LENGTH, STEP_MAX_LENGTH
from feedback.ratings import POSITIVE_FROM, Rating
from feedback.spam_scoring import is_spam
from localoffer.privacy import redact

from .tallies import TallyQuerySetMixin

POSITIVE = Q(rating__gte=POSITIVE_FROM)
#: A comment that no "You said, we did" entry answers this long after it was sent is unanswered.
UNANSWERED_AFTER = datetime.timedelta(days=30)


class FeedbackStatus(models.TextChoices):
    """Where a comment is in the leads' inbox. Ratings without a comment have no status."""

    UNREAD = "unread", _("Not read")
    READ = "read", _("Read")
    NEEDS_ACTION = "needs_action", _("Needs action")
    NOT_ACTIONABLE = "not_actionable", _("Not actionable")
    EXCLUDED = "excluded", _("Abusive or spam: left out of results")
    # Set on arrival by `feedback.spam_scoring`; a lead who disagrees marks it "not read".
    SPAM = "spam", _("Looks like spam: set aside")


#: Statuses whose feedback is left out of results, of "unanswered" and of grouping.
LEFT_OUT = (FeedbackStatus.EXCLUDED, FeedbackStatus.SPAM)
#: A comment needs action if it rated the page below "good" (something did not work for the
#: family) or a lead marked it so. Praise on its own ("Very good, thanks!") needs no answer.
NEEDING_ACTION = Q(rating__lt=POSITIVE_FROM) | Q(status=FeedbackStatus.NEEDS_ACTION)


class PageFeedbackQuerySet(TallyQuerySetMixin, models.QuerySet):
    time_field = "created_at"
    page_path_field = "page__path"

    def record(self, *, page, rating, comment="", step=""):
        """Store one family's answer, with personal details taken out of the comment, and a
        comment that looks like spam set aside (and out of results) until a lead says otherwise."""
        comment = redact(comment.strip())
        return self.create(
            page=page,
            locale_id=page.locale_id,
            rating=rating,
            comment=comment,
            step=step,
            status=arrival_status(comment),
        )

    def counted(self):
        """What goes into results: everything but submissions marked abusive or spam, by a lead
        or on arrival."""
        return self.exclude(status__in=LEFT_OUT)

    def with_comments(self):
        return self.exclude(comment="")

    def needing_action(self):
        """Comments that need a lead to act (see `NEEDING_ACTION`), leaving out those marked not
        actionable, abusive or spam."""
        return (
            self.with_comments()
            .filter(NEEDING_ACTION)
            .exclude(status__in=[FeedbackStatus.NOT_ACTIONABLE, *LEFT_OUT])
        )

    def unanswered(self, now=None):
        """Comments needing action sent more than `UNANSWERED_AFTER` before `now` that no
        "You said, we did" entry links to (see `feedback.you_said_we_did.models`). The one
        definition of "unanswered": the inbox filter and every report count this."""
        cutoff = (now or timezone.now()) - UNANSWERED_AFTER
        return self.needing_action().filter(created_at__lt=cutoff, you_said_we_did_entries=None)

    def under_paths(self, paths):
        """Feedback on the pages at these tree paths and every page below them."""
        query = Q()
        for path in paths:
            query |= Q(page__path__startswith=path)
        return self.filter(query) if query else self.none()

    def rated_poorly(self, reviews, *, since, min_ratings, min_positive_percent):
        """The ids of the pages in `reviews` (a queryset of rows with `page_id` and
        `last_reviewed_at`) that families rated at least `min_ratings` times after their last
        review and after `since`, with fewer than `min_positive_percent` of those ratings positive.

        One query however many pages are asked about: each rating is compared with its own
        page's last review inside the database."""
        last_reviewed = reviews.filter(page_id=OuterRef("page_id")).values("last_reviewed_at")
        rows = (
            self.counted()
            .filter(page_id__in=reviews.values("page_id"), created_at__gt=since)
            .alias(last_reviewed_at=Subquery(last_reviewed[:1]))
            .filter(created_at__gt=F("last_reviewed_at"))
            .values("page_id")
            .annotate(ratings=Count("id"), positive=Count("id", filter=POSITIVE))
            .filter(ratings__gte=min_ratings)
            .order_by()
        )
        return {
            row["page_id"]
            for row in rows
            if 100 * row["positive"] < min_positive_percent * row["ratings"]
        }

    def ratings_since(self, page_id, since):
        """{"ratings": n, "positive": m} for one page's counted ratings after `since`."""
        return (
            self.counted()
            .filter(page_id=page_id, created_at__gt=since)
            .aggregate(ratings=Count("id"), positive=Count("id", filter=POSITIVE))
        )

    def comments_older_than(self, moment):
        return self.with_comments().filter(created_at__lt=moment)

    def tally_columns(self):
        return {
            "responses": Count("id"),
            "positive": Count("id", filter=POSITIVE),
            "scored": Count("id"),
            "score_total": Sum("rating"),
        }


def arrival_status(comment):
    """A new comment's status: none for a rating alone, set aside if it looks like spam."""
    if not comment:
        return ""
    return FeedbackStatus.SPAM if is_spam(comment) else FeedbackStatus.UNREAD


class PageFeedback(models.Model):
    """One family's answer to "Was this page helpful?".

    Holds no IP address, no cookie and no account: only what the family chose to tell us.
    "You said, we did" entries (issue 6) link to the comments they answer with a many-to-many
    field on their own side, so linking needs no change here.
    """

    page = models.ForeignKey(
        Page,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty if the page has since been deleted."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    comment = models.TextField(
        blank=True,
        max_length=COMMENT_MAX_LENGTH,
        help_text=_("Personal details were replaced before the comment was stored."),
    )
    step = models.CharField(
        max_length=STEP_MAX_LENGTH,
        blank=True,
        help_text=_("On a pathway page, the step the family said they were on."),
    )
    status = models.CharField(max_length=20, choices=FeedbackStatus.choices, blank=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)

    objects = PageFeedbackQuerySet.as_manager()
    # Not in Wagtail's reference index: the page's "Usage" screen, open to every editor, would
    # list each comment on the page.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]
        # Families add feedback on the site; nobody creates it in the admin.
        default_permissions = ("view", "change", "delete")

    def __str__(self):
        if self.comment:
            return Truncator(self.comment).words(12)
        return str(self.get_rating_display())

    @property
    def page_title(self):
        return self.page.title if self.page else _("(a page since deleted)")
