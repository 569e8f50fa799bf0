""" "You said, we did": what families told us and what the council did about it.

Each theme is a `YouSaidWeDidEntry`: a summary of what families said, written by a lead, what
we did, are doing or why we cannot, and links to the comments and survey questions it answers
and the pages it changed. Entries are snippets with drafts, moderation, locking, previews and
translations; only published entries appear on the public `YouSaidWeDidPage` and its feed, and
those never show a family's own words unless a lead approved an anonymised quotation.
"""

import statistics

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Min, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from feedback.you_said_we_did.choices import (
    ANSWER_HEADINGS,
    CLOSED_ON_LABELS,
    CLOSED_STATUSES,
    EntryStatus,
    EntryTopic,
)
from feedback.you_said_we_did.feeds import YouSaidWeDidFeed
from feedback.you_said_we_did.listing import EntryFilterForm
from localoffer import calendar
from localoffer.pages import ContentPage
from localoffer.privacy import redact
from localoffer.restrictions import public


def default_language_code():
    """The site's source language: leads write entries in it, and translate from it."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def first_heard_on(received_on, first_comment_at):
    """The day we first heard about a theme: the day a lead recorded, or the day the earliest
    linked comment was sent, if that was sooner."""
    if first_comment_at is None:
        return received_on
    return min(received_on, calendar.date_of(first_comment_at))


#: Shorter comments ("Thank you", "Too long") may be repeated in a summary by chance.
MIN_REPEATED_LENGTH = 20


def repeats_a_comment(text, comments):
    """True if `text` contains any of these comments (PageFeedback) word for word, ignoring
    case and spacing: a summary must be a lead's own words."""
    text = _normalised(text)
    return any(
        len(comment) >= MIN_REPEATED_LENGTH and comment in text
        for comment in (_normalised(c.comment) for c in comments)
    )


def _normalised(text):
    return " ".join(text.split()).casefold()


def median_or_none(values):
    """The median of these numbers, or None if there are none."""
    values = list(values)
    return statistics.median(values) if values else None


class YouSaidWeDidEntryQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def originals(self):
        """Entries in the site's source language, one per theme: translations repeat a theme
        (and carry no links to comments), so reports count these."""
        return self.filter(locale__language_code=default_language_code())

    def shown_in(self, locale):
        """For a page in `locale`: each entry in that language, or in the source language
        while it has no translation there."""
        translated = self.filter(locale=locale).values("translation_key")
        in_source_language = Q(locale__language_code=default_language_code()) & ~Q(
            translation_key__in=translated
        )
        return self.filter(Q(locale=locale) | in_source_language)

    def newest_first(self):
        return self.order_by("-received_on", "-pk")

    def years(self):
        """The years entries were received in, newest first."""
        return [day.year for day in self.dates("received_on", "year", order="DESC")]

    def with_public_changed_pages(self):
        """Prefetches `public_changed_pages`: the pages each entry changed that families can
        open (live, and not behind a password or login)."""
        return self.prefetch_related(
            Prefetch(
                "changed_pages",
                queryset=YouSaidWeDidChangedPage.objects.filter(
                    page__in=public(Page.objects.live())
                ).select_related("page"),
                to_attr="public_changed_pages",
            )
        )

    def with_progress(self):
        """Annotated with `first_comment_at` and `comment_count`, for `days_to_resolve`."""
        return self.annotate(
            first_comment_at=Min("comments__created_at"),
            comment_count=Count("comments", distinct=True),
        )

    def counts_by_status(self):
        """{status: number of entries}, for every status (0 if none)."""
        counts = dict(self.values_list("status").annotate(count=Count("pk")).order_by())
        return {status: counts.get(status, 0) for status in EntryStatus}

    def days_to_done(self):
        """For each entry done: whole days from when we first heard to when it was done."""
        rows = (
            self.filter(status=EntryStatus.DONE, resolved_on__isnull=False)
            .annotate(first_comment_at=Min("comments__created_at"))
            .values_list("received_on", "first_comment_at", "resolved_on")
            .order_by()
        )
        return [
            (resolved_on - first_heard_on(received_on, first_comment_at)).days
            for received_on, first_comment_at, resolved_on in rows
        ]

    def median_days_to_done(self):
        """The median of `days_to_done()`, or None if nothing is done yet. (SQLite has no median
        aggregate: the day counts come from one query and the median is taken here.)"""
        return median_or_none(self.days_to_done())


class YouSaidWeDidEntry(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    ClusterableModel,
):
    """One theme in what families told us, and what we did about it.

    Links are on this side (`comments`, `survey_questions`, `changed_pages`), so the feedback
    models need no change. They are saved in revisions like every other field, and translations
    do not copy the links to comments: the theme in the source language holds them."""

    title = models.CharField(
        max_length=120,
        help_text=_("The theme in a few words, e.g. “Acronyms on the EHC plan pages”."),
    )
    topic = models.CharField(max_length=40, choices=EntryTopic.choices)
    you_said = models.TextField(
        _("you said"),
        max_length=1000,
        help_text=_(
            "What families told us, summarised in your own words. Never paste a family's "
            "comment here: to quote one, use the quotation below."
        ),
    )
    approved_quotation = models.TextField(
        _("quotation"),
        max_length=500,
        blank=True,
        help_text=_(
            "Optional: a family's own words, shortened so that nobody can be identified. "
            "Personal details are removed when it is saved."
        ),
    )
    quotation_approved = models.BooleanField(
        _("publish the quotation"),
        default=False,
        help_text=_("Only once you have checked that the quotation identifies nobody."),
    )
    status = models.CharField(
        max_length=20, choices=EntryStatus.choices, default=EntryStatus.RECEIVED
    )
    we_did = models.TextField(
        _("what we did"),
        max_length=2000,
        blank=True,
        help_text=_(
            "What we did, what we are doing, or why we cannot do it. Needed once the entry "
            "is done or not possible."
        ),
    )
    received_on = models.DateField(
        _("received"),
        default=calendar.today,
        help_text=_("When we first heard this from families."),
    )
    resolved_on = models.DateField(
        _("resolved"),
        null=True,
        blank=True,
        help_text=_("When it was done, or when we decided we cannot do it. Today, if left empty."),
    )
    comments = ParentalManyToManyField(
        "feedback.PageFeedback",
        blank=True,
        related_name="you_said_we_did_entries",
        verbose_name=_("comments it answers"),
    )
    survey_questions = ParentalManyToManyField(
        "feedback.SurveyQuestion",
        blank=True,
        related_name="you_said_we_did_entries",
        verbose_name=_("survey questions it answers"),
    )

    objects = YouSaidWeDidEntryQuerySet.as_manager()

    # The words are translated; what the entry is about, where it stands and its dates are the
    # same in every language.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in ("topic", "status", "quotation_approved", "received_on", "resolved_on")
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("“You said, we did” entry")
        verbose_name_plural = _("“You said, we did” entries")
        ordering = ["-received_on", "-pk"]
        # Wagtail adds these for snippets after migrations; declared here so that the roles
        # data migration can grant them to leads.
        permissions = [
            ("publish_yousaidwedidentry", "Can publish “You said, we did” entry"),
            ("lock_yousaidwedidentry", "Can lock “You said, we did” entry"),
            ("unlock_yousaidwedidentry", "Can unlock “You said, we did” entry"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        self._redact_quotation()
        errors = {}
        if self.quotation_approved and not self.approved_quotation.strip():
            errors["approved_quotation"] = _("Write the quotation, or do not publish one.")
        errors.update(self._status_errors())
        errors.update(self._date_errors())
        if errors:
            raise ValidationError(errors)

    def _status_errors(self):
        """The status rules, in one place: a closed entry says what we did or why we cannot,
        and has a resolved date (today unless given); an open one has no resolved date."""
        if self.status not in CLOSED_STATUSES:
            if self.resolved_on:
                return {
                    "resolved_on": _(
                        "Leave this empty until it is done or you decide it is not possible."
                    )
                }
            return {}
        if self.resolved_on is None:
            self.resolved_on = calendar.today()
        if not self.we_did.strip():
            if self.status == EntryStatus.NOT_POSSIBLE:
                return {"we_did": _("Say why we cannot do this.")}
            return {"we_did": _("Say what we did.")}
        return {}

    def _date_errors(self):
        today = calendar.today()
        if self.received_on and self.received_on > today:
            return {"received_on": _("This date cannot be in the future.")}
        if self.resolved_on and self.resolved_on > today:
            return {"resolved_on": _("This date cannot be in the future.")}
        if self.resolved_on and self.received_on and self.resolved_on < self.received_on:
            return {"resolved_on": _("This date must be on or after the date received.")}
        return {}

    def save(self, *args, **kwargs):
        self._redact_quotation()
        super().save(*args, **kwargs)

    def _redact_quotation(self):
        self.approved_quotation = redact(self.approved_quotation.strip())

    @property
    def public_quotation(self):
        """The only words of a family's that may be shown in public."""
        return self.approved_quotation if self.quotation_approved else ""

    def searchable_text(self):
        """The words families read of the entry, for the search index of the page listing it."""
        return [
            text for text in (self.title, self.you_said, self.public_quotation, self.we_did) if text
        ]

    @property
    def publication_label(self):
        """Whether families can see it, for leads' lists (Wagtail's `status_string` also looks
        for a scheduled revision: a query per entry)."""
        if not self.live:
            return _("Draft")
        if self.has_unpublished_changes:
            return _("Published, with draft changes")
        return _("Published")

    @property
    def answer_heading(self):
        return ANSWER_HEADINGS[self.status]

    @property
    def closed_on_label(self):
        return CLOSED_ON_LABELS.get(self.status, "")

    @property
    def anchor(self):
        return f"entry-{self.pk}"

    @property
    def days_to_resolve(self):
        """Days from first hearing to done or not possible. Needs `with_progress()`."""
        if self.resolved_on is None:
            return None
        return (self.resolved_on - first_heard_on(self.received_on, self.first_comment_at)).days

    def get_preview_template(self, request, mode_name):
        return "feedback/you_said_we_did/entry_preview.html"

    def get_preview_context(self, request, mode_name):
        # As `with_public_changed_pages()` gives the public page.
        self.public_changed_pages = [
            changed for changed in self.changed_pages.all() if changed.page.live
        ]
        return {**super().get_preview_context(request, mode_name), "entry": self}


class YouSaidWeDidChangedPage(Orderable):
    """A page we changed because of an entry, linked from it on the public page."""

    entry = ParentalKey(YouSaidWeDidEntry, on_delete=models.CASCADE, related_name="changed_pages")
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("page we changed")


class YouSaidWeDidPage(RoutablePageMixin, ContentPage):
    """The public "You said, we did" page: published entries, newest first, filterable by
    topic and year, with an Atom feed at `feed/`."""

    ENTRIES_PER_PAGE = 10

    intro = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("entries_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "feedback/you_said_we_did/you_said_we_did_page.html"

    class Meta:
        verbose_name = _("“You said, we did” page")

    def entries(self):
        """Published entries for this page's language, newest first."""
        return (
            YouSaidWeDidEntry.objects.live()
            .shown_in(self.locale)
            .select_related("locale")
            .newest_first()
        )

    def entries_text(self):
        """The published entries' words: entries are not pages, so a search finds them on this
        page (re-indexed whenever an entry is published or withdrawn, see `signals`)."""
        return [text for entry in self.entries() for text in entry.searchable_text()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = self.entries()
        filter_form = EntryFilterForm(request.GET, years=entries.years())
        paginator = Paginator(
            filter_form.apply(entries).with_public_changed_pages(), self.ENTRIES_PER_PAGE
        )
        context.update(
            filter_form=filter_form,
            entries=paginator.get_page(request.GET.get("page")),
            feed_url=(self.get_url(request) or "") + self.reverse_subpage("feed"),
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return YouSaidWeDidFeed()(request, page=self)


def group_comments(comments, *, user, entry=None, title="", topic=""):
    """Link family comments (PageFeedback) to `entry`, or to a new draft entry with this title
    and topic, as `user` would in the admin (permission checked, revision saved, action logged).
    Returns the entry.

    An existing entry gets the comments in a new revision of its latest version: a draft stays
    a draft, and a published entry shows them (and counts them as answered) once it is published
    again. Its received date moves back if one of the comments is older."""
    comments = list(comments)
    first_day = min(calendar.date_of(comment.created_at) for comment in comments)
    if entry is None:
        entry = YouSaidWeDidEntry(
            title=title,
            topic=topic,
            received_on=first_day,
            locale=Locale.get_default(),
            live=False,
            comments=comments,
        )
        return CreateAction(entry, user=user).execute()
    draft = entry.get_latest_revision_as_object()
    draft.comments.add(*comments)
    draft.received_on = min(draft.received_on, first_day)
    return EditAction(draft, user=user).execute()
