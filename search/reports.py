"""Search insights for leads: a Wagtail report of the daily search counts, added up by day, week
or month, with CSV and XLSX downloads."""

from functools import cached_property

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.coreutils import get_content_languages

from localoffer.reports import Report
from search.filters import SearchInsightsFilterSet
from search.insights import period_label
from search.models import SearchTermCount


def _language_name(code):
    return get_content_languages().get(code, code)


class SearchInsightsView(Report):
    page_title = _("Search insights")
    header_icon = "search"
    filterset_class = SearchInsightsFilterSet
    model = SearchTermCount
    export_filename = "search-insights"
    index_url_name = "search_insights:index"
    index_results_url_name = "search_insights:index_results"
    default_ordering = "-period"
    list_export = ["period", "language", "term", "searched", "found_nothing", "opened"]
    export_headings = {
        "period": _("Period starting"),
        "language": _("Language"),
        "term": _("Search term"),
        "searched": _("Searches"),
        "found_nothing": _("Searches that found nothing"),
        "opened": _("Results opened"),
    }

    @cached_property
    def columns(self):
        return [
            Column(
                "period",
                label=_("Period"),
                accessor=lambda row: period_label(row["period"], self.period),
                sort_key="period",
            ),
            Column("language", accessor=lambda row: _language_name(row["language"])),
            Column("term", label=_("Search term"), sort_key="term"),
            NumberColumn("searched", label=_("Searches"), sort_key="searched"),
            NumberColumn("found_nothing", label=_("Found nothing"), sort_key="found_nothing"),
            NumberColumn("opened", label=_("Results opened"), sort_key="opened"),
        ]

    @cached_property
    def period(self):
        return self.filters.choice("period")

    def get_filtered_queryset(self):
        # Dates and language narrow the daily counts, which are then added up by period. (Done
        # here, once: ReportView would filter the summed rows a second time.)
        counts = self.filter_queryset(self.get_base_queryset())
        rows = counts.summarised(self.period).selecting(self.filters.choice("show"))
        return self.order_queryset(rows)

    def order_queryset(self, queryset):
        # Ties in a stable order, so that pages of the report never overlap.
        return queryset.order_by(self.ordering, "-period", "-searched", "term", "language")
