"""Records kept up to date like pages (the directory's services), in the review report, its band
counts and the owners' reminders.

This app does not know what the records are; an app registers a function with the
`content_review_records` hook that returns a `RecordSource`:

    @hooks.register("content_review_records")
    def services():
        return ServiceRecords()

A source gives its live records as a queryset with an `owner` foreign key to `Owner` and the
report's names as annotations or aliases (`title`, `last_reviewed_at`, `next_review_due`,
`cycle_months`), so that the bands, filters and visibility of pages apply to records unchanged;
and it turns a list of records' keys into rows shaped like a `ReviewStatus` for the report's
columns, exports and emails (`RecordRow`).

In the report, pages and records are one list, ordered and paged by the database: a UNION of the
keys of both, then one query for the page's statuses and one per source for its records.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import CharField, Count, F, Q, Value
from django.urls import reverse
from wagtail import hooks

from localoffer import calendar

from . import bands
from .bands import STALENESS_CHOICES
from .models import REPORT_PERMISSION, Owner, band_expression, staleness_condition

HOOK_NAME = "content_review_records"
PAGE = "page"

# The report's sort keys that records can be sorted by too: {sort key: the UNION's column}.
SORTABLE = {
    "page__title": "row_title",
    "owner__name": "row_owner",
    "owner__team": "row_team",
    "last_reviewed_at": "row_reviewed",
    "next_review_due": "row_due",
}
# Filters only pages can meet: with one of them, no record is listed.
PAGE_ONLY_FILTERS = (
    "section",
    "page_type",
    "locale",
    "requested_by_feedback",
    "translation_behind_source",
    "reading",
    "accessibility",
)


def edit_url(row):
    """Where the report's title links: a page's editor, or a record's."""
    if row.page_id is None:
        return row.edit_url
    return reverse("wagtailadmin_pages:edit", args=[row.page_id])


def sources():
    return [make_source() for make_source in hooks.get_hooks(HOOK_NAME)]


@dataclass
class RecordRow:
    """A record as a row of the report and an item of a reminder: the attributes a
    `ReviewStatus` row has that the report's columns and the emails read."""

    kind: str  # the source's `kind`
    pk: int
    page: "RecordPage"
    owner: object
    last_reviewed_at: object
    next_review_due: object
    cycle_months: int
    edit_url: str
    band: str = ""
    page_id = None  # not a page: no "Mark as reviewed", no feedback, no translation
    translation_behind_source = False
    review_requested_by_feedback = False
    requested_by_feedback = False
    mark_reviewed_url = None
    # Measured on pages only: a record has no reading age or browser check of its own.
    reading_age = reading_grade = None
    accessibility_problems = accessibility_checked_at = None
    parts: list = field(default_factory=list)

    @property
    def key(self):
        return (self.kind, self.pk)

    @property
    def owner_name(self):
        return self.owner.name if self.owner else None

    @property
    def team(self):
        return self.owner.team if self.owner else None

    @property
    def last_reviewed_on(self):
        return calendar.date_of(self.last_reviewed_at)

    @property
    def days_overdue(self):
        return max(0, (calendar.today() - self.next_review_due).days)


@dataclass
class RecordPage:
    """What the report reads of a row's `page`, for a record: its title, type, language (the
    site's default: records are written once) and the families' address."""

    title: str
    content_type: object
    locale: object
    full_url: str

    def get_admin_display_title(self):
        return self.title

    def get_full_url(self, request=None):
        return self.full_url


class RecordSource:
    """A kind of record in the review report. Subclasses set `kind` and implement both."""

    kind = ""

    def live(self):
        """Live records: a queryset with `owner`, and `title`, `last_reviewed_at`,
        `next_review_due` and `cycle_months` as annotations or aliases."""
        raise NotImplementedError

    def rows(self, records, today):
        """A `RecordRow` for each of `records` (from `live()`, annotated with `band`)."""
        raise NotImplementedError


def visible(records, user):
    """`records` (any queryset with `owner`) the user may see in the report: the rule is
    `ReviewStatusQuerySet.visible_to`'s."""
    if user.has_perm(REPORT_PERMISSION):
        return records
    if not user.email:
        return records.none()
    teams = Owner.objects.filter(email__iexact=user.email).values("team")
    return records.filter(Q(owner__email__iexact=user.email) | Q(owner__team__in=teams))


def filtered(records, data, today):
    """`records` narrowed by the report's filters (the filter form's cleaned data); None when a
    filter only pages can meet is set."""
    if any(data.get(name) not in (None, "") for name in PAGE_ONLY_FILTERS):
        return None
    if data.get("band"):
        records = records.filter(staleness_condition(data["band"], today))
    if data.get("owner"):
        records = records.filter(owner=data["owner"])
    if data.get("team"):
        records = records.filter(owner__team=data["team"])
    if data.get("ownership") == "none":
        records = records.filter(owner__isnull=True)
    elif data.get("ownership") == "inactive":
        records = records.filter(owner__active=False)
    return records


def _keys(queryset, kind, key, title):
    """The UNION's columns, the same for pages and records (names of their own, so that they
    never meet the report's annotations)."""
    return (
        queryset.order_by()
        .annotate(
            row_kind=Value(kind, output_field=CharField()),
            row_key=F(key),
            row_title=F(title),
            row_owner=F("owner__name"),
            row_team=F("owner__team"),
            row_reviewed=F("last_reviewed_at"),
            row_due=F("next_review_due"),
        )
        .values_list("row_kind", "row_key", *SORTABLE.values())
    )


class ReportRows(Sequence):
    """The review report's rows: page statuses and records in one order (`ordering`, a report
    sort key), counted and paged by the database. A page of rows takes three queries and one per
    source with records on it."""

    def __init__(self, statuses, record_querysets, ordering, today):
        self.statuses = statuses
        self.sources = record_querysets  # {source: its filtered, visible records}
        self.today = today
        column = SORTABLE[ordering.removeprefix("-")]
        direction = "-" if ordering.startswith("-") else ""
        keyed = _keys(statuses, PAGE, "page_id", "page__title")
        for source, records in record_querysets.items():
            keyed = keyed.union(_keys(records, source.kind, "pk", "title"), all=True)
        # Ties in order of kind and key, so pages of the report never overlap.
        self.keyed = keyed.order_by(f"{direction}{column}", "row_kind", "row_key")

    def __len__(self):
        return self.total

    def __iter__(self):
        # Every row (an export), read once: the report decorates the rows, then writes them.
        return iter(self.everything)

    @cached_property
    def everything(self):
        return self[:]

    @cached_property
    def total(self):
        return self.keyed.count()

    def count(self):
        """How many rows (Django's paginator asks this way)."""
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        keys = [(kind, key) for kind, key, *_rest in self.keyed[index]]
        found = {
            (PAGE, status.page_id): status
            for status in self.statuses.filter(page_id__in=[k for kind, k in keys if kind == PAGE])
        }
        for source, records in self.sources.items():
            wanted = [k for kind, k in keys if kind == source.kind]
            if wanted:
                with_band = records.filter(pk__in=wanted).annotate(band=band_expression(self.today))
                found.update((row.key, row) for row in source.rows(with_band, self.today))
        return [found[key] for key in keys if key in found]


def report_sources(user, data, ordering, today):
    """{source: its records for the report} for the sources that have records to show, given
    the user, the filters and the sort: none when sorting by a column records lack."""
    if ordering.removeprefix("-") not in SORTABLE:
        return {}
    found = {}
    for source in sources():
        records = filtered(visible(source.live(), user), data, today)
        if records is not None:
            found[source] = records
    return found


def band_counts(user, today):
    """Live records in each band and overdue, for every source: {staleness: count}."""
    totals = {value: 0 for value, _label in STALENESS_CHOICES}
    for source in sources():
        records = source.live() if user is None else visible(source.live(), user)
        counts = records.aggregate(
            **{
                value: Count("pk", filter=staleness_condition(value, today))
                for value, _label in STALENESS_CHOICES
            }
        )
        for value, count in counts.items():
            totals[value] += count
    return totals


def due_rows(today):
    """Every source's live records due for review by DUE_SOON_DAYS from `today`, or with no
    active owner, as rows with `band`, for the reminders."""
    rows = []
    for source in sources():
        records = (
            source.live()
            .filter(
                Q(next_review_due__lte=bands.due_soon_until(today))
                | Q(owner__isnull=True)
                | Q(owner__active=False)
            )
            .select_related("owner", "owner__cover")
            .annotate(band=band_expression(today))
        )
        rows.extend(source.rows(records, today))
    return rows
