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
    StatusFlagColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.coreutils import get_content_type_label
from wagtail.snippets.views.snippets import IndexView

from localoffer import calendar
from localoffer.reports import Report

from .bands import STALENESS_CHOICES, Band
from .feedback_flags import requested_by_feedback
from .filters import ReviewReportFilterSet
from .forms import HandOverForm
from .links import mark_reviewed_url
from .models import REPORT_PERMISSION, BandSnapshot, Owner, ReviewStatus
from .reviews import hand_over_pages


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
            get_url=lambda status: reverse("wagtailadmin_pages:edit", args=[status.page_id]),
            sort_key="page__title",
        ),
        LocaleColumn(accessor="page.locale", sort_key="page__locale__language_code"),
        Column(
            "page_type",
            label=_("Type"),
            accessor=lambda status: get_content_type_label(status.page.content_type),
        ),
        Column("owner_name", label=_("Owner"), sort_key="owner__name"),
        Column("team", label=_("Team"), sort_key="owner__team"),
        StatusTagColumn("band", label=_("Review status"), accessor=lambda s: _band_label(s.band)),
        DateColumn("last_reviewed_at", label=_("Last reviewed"), sort_key="last_reviewed_at"),
        Column(
            "next_review_due",
            label=_("Next review due"),
            accessor=lambda status: date_format(status.next_review_due),
            sort_key="next_review_due",
        ),
        Column("days_overdue", label=_("Days overdue"), accessor=lambda s: s.days_overdue or ""),
        StatusFlagColumn(
            "translation_behind_source", label=_("Translation"), true_label=_("Behind source")
        ),
        StatusFlagColumn(
            "review_requested_by_feedback", label=_("Feedback"), true_label=_("Review requested")
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
    }
    custom_field_preprocess = {
        field: {Report.FORMAT_CSV: convert, Report.FORMAT_XLSX: convert}
        for field, convert in [
            ("page.content_type", get_content_type_label),
            ("band", _band_label),
            ("translation_behind_source", _yes_or_blank),
            ("review_requested_by_feedback", _yes_or_blank),
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
            .annotate(owner_name=F("owner__name"), team=F("owner__team"))
        )

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

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.is_export:
            context["mark_reviewed_url"] = mark_reviewed_url([])
        if not (self.results_only or self.is_export):
            counts = (
                ReviewStatus.objects.live().visible_to(self.request.user).band_counts(self.today)
            )
            context["band_counts"] = band_count_links(counts)
            if self.request.user.has_perm(REPORT_PERMISSION):
                context["trend"] = BandSnapshot.objects.trend(counts, self.today)
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
