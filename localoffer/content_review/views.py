from django.contrib.admin.utils import quote
from django.db.models import F
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    LocaleColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.coreutils import get_content_type_label
from wagtail.models import Locale
from wagtail.snippets.views.snippets import IndexView

from localoffer import calendar
from localoffer.reports import Report

from . import languages, records
from .bands import STALENESS_CHOICES, Band
from .feedback_flags import requested_by_feedback
from .filters import LanguagesReportFilterSet, ReviewReportFilterSet
from .forms import HandOverForm
from .links import mark_reviewed_url
from .models import REPORT_PERMISSION, BandSnapshot, Owner, ReviewStatus
from .reviews import hand_over_pages
from .trend import TrendChart


def band_count_links(counts):
    """[(label, count, report URL filtered to it)] for each band and overdue, in report order."""
    report_url = reverse("content_review:report")
    return [
        (label, counts[value], f"{report_url}?{urlencode({'band': value})}")
        for value, label in STALENESS_CHOICES
    ]


def _yes_or_blank(value):
    return str(_("Yes")) if value else ""


def _band_label(value):
    return str(Band(value).label)


def _accessibility_result(status):
    """What the latest browser check of the page found, in words."""
    problems = status.accessibility_problems
    if status.page_id is None:
        return ""  # a directory record: only pages are checked in the browser
    if problems is None:
        return str(_("Not checked"))
    if not problems:
        return str(_("No problems"))
    return ngettext("%(count)d problem", "%(count)d problems", problems) % {"count": problems}


def _blank_if_none(value):
    return "" if value is None else value


def _council_date_or_blank(moment):
    return "" if moment is None else calendar.date_of(moment)


def _next_review_due(status):
    due = date_format(status.next_review_due)
    if not status.days_overdue:
        return due
    return ngettext(
        "%(date)s (%(days)d day overdue)", "%(date)s (%(days)d days overdue)", status.days_overdue
    ) % {"date": due, "days": status.days_overdue}


class FlagsColumn(Column):
    """What asks for a look beyond the date: a translation behind its source, families' feedback
    asking for a review. One column, so the page titles keep room on a laptop's screen."""

    cell_template_name = "content_review/reports/flags_cell.html"

    def __init__(self):
        super().__init__("flags", label=_("Flags"))

    def get_value(self, instance):
        flags = []
        if instance.translation_behind_source:
            flags.append(_("Translation behind source"))
        if instance.review_requested_by_feedback:
            flags.append(_("Review requested by feedback"))
        return flags


class SelectPageColumn(Column):
    """A checkbox per row naming its page, inside the form that opens "Mark as reviewed" for the
    ticked pages (a plain GET form: it works without JavaScript)."""

    cell_template_name = "content_review/reports/select_page_cell.html"

    def __init__(self):
        super().__init__("select", label=_("Select"))


class ReviewReportView(Report):
    """Live content pages' review status: band counts (and, for leads, their trend) above a
    filterable list, most overdue first, with checkboxes to mark pages as reviewed, exportable as
    CSV or XLSX. Leads see every page; other editors their own and their team's."""

    page_title = _("Content review")
    header_icon = "time"
    template_name = "content_review/reports/review_report.html"
    results_template_name = "content_review/reports/review_report_results.html"
    filterset_class = ReviewReportFilterSet
    index_url_name = "content_review:report"
    index_results_url_name = "content_review:report_results"
    default_ordering = "next_review_due"
    export_filename = "content-review"
    permission_required = None  # every editor: the rows are narrowed to what each may see
    columns = [
        SelectPageColumn(),
        TitleColumn(
            "title",
            label=_("Page"),
            accessor="page.get_admin_display_title",
            get_url=lambda row: records.edit_url(row),
            sort_key="page__title",
            width="20%",  # titles stay readable beside the other columns
        ),
        LocaleColumn(accessor="page.locale", sort_key="page__locale__language_code"),
        Column(
            "page_type",
            label=_("Type"),
            accessor=lambda status: get_content_type_label(status.page.content_type),
        ),
        Column("owner", label=_("Owner"), accessor=lambda s: s.owner or "", sort_key="owner__name"),
        StatusTagColumn("band", label=_("Review status"), accessor=lambda s: _band_label(s.band)),
        DateColumn("last_reviewed_at", label=_("Last reviewed"), sort_key="last_reviewed_at"),
        Column(
            "next_review_due",
            label=_("Next review due"),
            accessor=_next_review_due,
            sort_key="next_review_due",
        ),
        FlagsColumn(),
        Column(
            "reading_age",
            label=_("Reading age"),
            accessor=lambda status: _blank_if_none(status.reading_age),
            sort_key="reading_grade",
        ),
        Column(
            "accessibility",
            label=_("Accessibility"),
            accessor=_accessibility_result,
            sort_key="accessibility_problems",
        ),
    ]
    list_export = [
        "page.title",
        "page_url",
        "page.locale.language_code",
        "page.content_type",
        "owner_name",
        "team",
        "band",
        "last_reviewed_on",
        "next_review_due",
        "days_overdue",
        "translation_behind_source",
        "review_requested_by_feedback",
        "reading_age",
        "reading_grade",
        "accessibility_problems",
        "accessibility_checked_at",
    ]
    export_headings = {
        "page.title": _("Page"),
        "page_url": _("URL"),
        "page.locale.language_code": _("Language"),
        "page.content_type": _("Type"),
        "owner_name": _("Owner"),
        "team": _("Team"),
        "band": _("Review status"),
        "last_reviewed_on": _("Last reviewed"),
        "next_review_due": _("Next review due"),
        "days_overdue": _("Days overdue"),
        "translation_behind_source": _("Translation behind source"),
        "review_requested_by_feedback": _("Review requested by feedback"),
        "reading_age": _("Reading age"),
        "reading_grade": _("Flesch-Kincaid grade"),
        "accessibility_problems": _("Accessibility problems"),
        "accessibility_checked_at": _("Accessibility checked"),
    }
    custom_field_preprocess = {
        field: {Report.FORMAT_CSV: convert, Report.FORMAT_XLSX: convert}
        for field, convert in [
            ("page.content_type", get_content_type_label),
            ("band", _band_label),
            ("translation_behind_source", _yes_or_blank),
            ("review_requested_by_feedback", _yes_or_blank),
            ("reading_age", _blank_if_none),
            ("reading_grade", _blank_if_none),
            ("accessibility_problems", _blank_if_none),
            ("accessibility_checked_at", _council_date_or_blank),
        ]
    }

    @cached_property
    def today(self):
        return calendar.today()

    def get_base_queryset(self):
        return (
            ReviewStatus.objects.live()
            .visible_to(self.request.user)
            .select_related("page", "page__locale", "page__content_type", "owner")
            .with_band(self.today)
            .with_translation_status()
            .with_accessibility()
            .annotate(owner_name=F("owner__name"), team=F("owner__team"))
        )

    def get_filtered_queryset(self):
        """The visible pages' statuses, and the records (services) reviewed like them that the
        filters and the sort allow, as one list (`records.ReportRows`)."""
        statuses = super().get_filtered_queryset()
        filters = self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}
        ordering = self.ordering or self.default_ordering
        found = records.report_sources(self.request.user, filters, ordering, self.today)
        if not found:
            return statuses
        return records.ReportRows(statuses, found, ordering, self.today)

    def decorate_paginated_queryset(self, statuses):
        flagged = requested_by_feedback(
            ReviewStatus.objects.filter(pk__in=[status.page_id for status in statuses])
        )
        for status in statuses:
            status.review_requested_by_feedback = status.page_id in flagged
            if self.is_export:
                # Passing the request lets Wagtail look up the site's root paths once, not per page.
                status.page_url = status.page.get_full_url(self.request)
        return statuses

    def order_queryset(self, queryset):
        # Pages never measured or checked come last whichever way these sort, on every database.
        field = (self.ordering or "").lstrip("-")
        if field not in {"reading_grade", "accessibility_problems"}:
            return super().order_queryset(queryset)
        direction = "desc" if self.ordering.startswith("-") else "asc"
        return queryset.order_by(getattr(F(field), direction)(nulls_last=True), "page_id")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.is_export:
            context["mark_reviewed_url"] = mark_reviewed_url([])
        if not (self.results_only or self.is_export):
            counts = (
                ReviewStatus.objects.live().visible_to(self.request.user).band_counts(self.today)
            )
            for value, count in records.band_counts(self.request.user, self.today).items():
                counts[value] += count
            context["band_counts"] = band_count_links(counts)
            if self.request.user.has_perm(REPORT_PERMISSION):
                context["trend"] = BandSnapshot.objects.trend(counts, self.today)
                context["trend_chart"] = TrendChart(context["trend"])
                context["trend_headings"] = [label for _value, label in STALENESS_CHOICES]
        return context


class HandOverView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, FormView):
    """Give everything one owner looks after to another, in one go (for example when someone
    leaves the council)."""

    model = Owner
    permission_required = "change"
    form_class = HandOverForm
    template_name = "content_review/hand_over.html"
    page_title = _("Hand over pages")
    header_icon = "user"
    index_url_name = None

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Owner._meta.verbose_name_plural),
            },
            {"url": "", "label": self.page_title, "sublabel": self.get_page_subtitle()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "owner": self.object}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            owner=self.object,
            published_page_count=self.object.review_statuses.live().count(),
            action_url=self.request.path,
            submit_button_label=_("Hand over pages"),
            **kwargs,
        )

    def form_valid(self, form):
        new_owner = form.cleaned_data["new_owner"]
        count = hand_over_pages(self.object, new_owner, user=self.request.user)
        messages.success(
            self.request,
            ngettext(
                "%(count)d page handed over from %(old)s to %(new)s.",
                "%(count)d pages handed over from %(old)s to %(new)s.",
                count,
            )
            % {"count": count, "old": self.object.name, "new": new_owner.name},
        )
        return redirect(self.index_url_name)


class OwnerIndexView(IndexView):
    """The owners listing, with 'Hand over pages' in each owner's menu."""

    hand_over_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(
                MenuItem(
                    _("Hand over pages"),
                    url=reverse(self.hand_over_url_name, args=[quote(instance.pk)]),
                    icon_name="resubmit",
                    priority=30,
                )
            )
        return buttons


# wagtail-localize's own permission to start translating a page.
TRANSLATE_PERMISSION = "wagtail_localize.submit_translation"


class LanguageColumn(Column):
    """One language's state for each page: translated and current, behind its source since a
    date, or not translated; linking to the translation, or to making one."""

    cell_template_name = "content_review/reports/language_cell.html"

    def __init__(self, locale):
        self.locale = locale
        super().__init__(languages.state_field(locale), label=locale.language_name_localized)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        state = context["value"]
        translation_id = instance.translations.get(self.locale.pk)
        if translation_id:
            url, link_text = reverse("wagtailadmin_pages:edit", args=[translation_id]), _("Edit")
        elif parent_context["request"].user.has_perm(TRANSLATE_PERMISSION):
            url = reverse("wagtail_localize:submit_page_translation", args=[instance.page_id])
            link_text = _("Translate")
        else:
            url = link_text = None
        context.update(
            state=state,
            label=languages.STATE_LABELS[state],
            behind_since=instance.behind_since if state == languages.BEHIND else None,
            url=url,
            link_text=link_text,
        )
        return context


class LanguagesReportView(Report):
    """Every English page against every other language of the site (one language with the
    filter), exportable as CSV or XLSX. Leads see every page; other editors their own and
    their team's."""

    page_title = _("Pages and languages")
    header_icon = "globe"
    template_name = "content_review/reports/languages_report.html"
    export_filename = "pages-and-languages"
    permission_required = None  # every editor: the rows are narrowed to what each may see
    filterset_class = LanguagesReportFilterSet
    index_url_name = "content_review:languages"
    index_results_url_name = "content_review:languages_results"
    # Site order: a section's pages together.
    default_ordering = "page__path"

    @cached_property
    def locales(self):
        return self.filters.chosen_locales()

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                accessor="page.get_admin_display_title",
                get_url=lambda status: reverse("wagtailadmin_pages:edit", args=[status.page_id]),
                sort_key="page__title",
            ),
            Column("owner_name", label=_("Owner"), sort_key="owner__name"),
            *(LanguageColumn(locale) for locale in self.locales),
        ]

    @cached_property
    def list_export(self):
        return [
            "page.title",
            "page_url",
            "owner_name",
            "team",
            *(languages.state_field(locale) for locale in self.locales),
            "behind_since",
        ]

    @cached_property
    def export_headings(self):
        return {
            "page.title": _("Page"),
            "page_url": _("URL"),
            "owner_name": _("Owner"),
            "team": _("Team"),
            "behind_since": _("Behind its source since"),
            **{
                languages.state_field(locale): locale.language_name_localized
                for locale in self.locales
            },
        }

    @cached_property
    def custom_field_preprocess(self):
        def state_label(state):
            return str(languages.STATE_LABELS[state])

        return {
            "behind_since": {
                Report.FORMAT_CSV: _council_date_or_blank,
                Report.FORMAT_XLSX: _council_date_or_blank,
            },
            **{
                languages.state_field(locale): {
                    Report.FORMAT_CSV: state_label,
                    Report.FORMAT_XLSX: state_label,
                }
                for locale in self.locales
            },
        }

    def get_base_queryset(self):
        statuses = (
            ReviewStatus.objects.live()
            .visible_to(self.request.user)
            .filter(page__locale=Locale.get_default())
            .select_related("page")
            .annotate(owner_name=F("owner__name"), team=F("owner__team"))
        )
        return languages.with_language_states(statuses, self.locales)

    def decorate_paginated_queryset(self, statuses):
        statuses = languages.decorate(list(statuses), self.locales)
        if self.is_export:
            for status in statuses:
                status.page_url = status.page.get_full_url(self.request)
        return statuses
