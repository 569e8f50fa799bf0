"""The leads' "You said, we did" report (a ReportView: filters, CSV/XLSX download) and the
printable quarterly summary for the SEND Partnership Board."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from feedback.models import PageFeedback, YouSaidWeDidEntry
from feedback.models.page_feedback import UNANSWERED_AFTER
from localoffer import calendar
from localoffer.calendar import Period, recent_spans
from localoffer.reports import Report, ReportPermissionMixin

from .board_summary import quarterly_summary
from .filters import EntryReportFilterSet

BOARD_SUMMARY_QUARTERS = 4
ENTRY_EDIT_URL_NAME = "wagtailsnippets_feedback_yousaidwedidentry:edit"
INBOX_URL_NAME = "wagtailsnippets_feedback_pagefeedback:list"


class EntryPermissionMixin(ReportPermissionMixin):
    permission_policy = ModelPermissionPolicy(YouSaidWeDidEntry)


class EntryReportView(EntryPermissionMixin, Report):
    """Every entry (one per theme, in the source language) with its status and how long it
    took; above them, the number in each status, the median days to done, and the comments
    still unanswered."""

    page_title = _("“You said, we did” report")
    header_icon = "tick-inverse"
    template_name = "feedback/you_said_we_did/admin/report.html"
    results_template_name = "feedback/you_said_we_did/admin/report_results.html"
    filterset_class = EntryReportFilterSet
    export_filename = "you-said-we-did"
    columns = [
        TitleColumn("title", label=_("Entry"), url_name=ENTRY_EDIT_URL_NAME),
        Column("topic", label=_("Topic"), accessor="get_topic_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("published", label=_("Published"), accessor="publication_label"),
        Column("received_on", label=_("Received")),
        Column("resolved_on", label=_("Resolved")),
        Column("days_to_resolve", label=_("Days to resolve")),  # blank while open
        NumberColumn("comment_count", label=_("Comments")),
    ]
    list_export = [
        "title",
        "get_topic_display",
        "get_status_display",
        "publication_label",
        "received_on",
        "resolved_on",
        "days_to_resolve",
        "comment_count",
        "you_said",
        "we_did",
    ]
    export_headings = {
        "title": _("Entry"),
        "get_topic_display": _("Topic"),
        "get_status_display": _("Status"),
        "publication_label": _("Published"),
        "received_on": _("Received"),
        "resolved_on": _("Resolved"),
        "days_to_resolve": _("Days to resolve"),
        "comment_count": _("Comments"),
        "you_said": _("You said"),
        "we_did": _("What we did"),
    }

    def get_queryset(self):
        return YouSaidWeDidEntry.objects.originals().with_progress().newest_first()

    def get_context_data(self, **kwargs):
        entries = self.filter_queryset(YouSaidWeDidEntry.objects.originals())
        return super().get_context_data(
            counts_by_status=entries.counts_by_status(),
            median_days_to_done=entries.median_days_to_done(),
            unanswered_count=PageFeedback.objects.unanswered().count(),
            unanswered_days=UNANSWERED_AFTER.days,
            unanswered_url=reverse(INBOX_URL_NAME) + "?you_said_we_did=unanswered",
            **kwargs,
        )

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Quarterly summary for the Board"),
                url=reverse("you_said_we_did_report:board_summary"),
                icon_name="doc-full",
            )
        ]


class BoardSummaryView(EntryPermissionMixin, TemplateView):
    """A printable summary for the SEND Partnership Board: the last four quarters side by side,
    and the changes made in each."""

    template_name = "feedback/you_said_we_did/admin/board_summary.html"

    def get_context_data(self, **kwargs):
        spans = recent_spans(Period.QUARTER, calendar.today(), BOARD_SUMMARY_QUARTERS)
        return super().get_context_data(
            quarters=quarterly_summary(spans)[::-1],
            unanswered_count=PageFeedback.objects.unanswered().count(),
            unanswered_days=UNANSWERED_AFTER.days,
            **kwargs,
        )
