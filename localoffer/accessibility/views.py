import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.models import Page

from localoffer.reports import Report

from .checker import WIDTHS
from .models import AccessibilityCheck


def pages_checked(request):
    return Page.objects.filter(accessibility_checks__isnull=False).distinct().order_by("title")


class AccessibilityReportFilterSet(WagtailFilterSet):
    problems = django_filters.BooleanFilter(label=_("Has problems"), method="filter_problems")
    page = django_filters.ModelChoiceFilter(queryset=pages_checked, label=_("Page"))
    language_code = django_filters.ChoiceFilter(choices=settings.LANGUAGES, label=_("Language"))
    width = django_filters.ChoiceFilter(
        choices=[(width, f"{width}px") for width in WIDTHS], label=_("Width")
    )

    class Meta:
        model = AccessibilityCheck
        fields = ["problems", "page", "language_code", "width"]

    def filter_problems(self, queryset, name, value):
        return queryset.with_violations() if value else queryset.filter(violation_count=0)


class AccessibilityReportView(Report):
    """The register's latest result for every page at every width, worst first."""

    model = AccessibilityCheck
    export_filename = "accessibility-report"
    page_title = _("Accessibility")
    header_icon = "glasses"
    index_url_name = "accessibility_report:index"
    index_results_url_name = "accessibility_report:results"
    filterset_class = AccessibilityReportFilterSet
    is_searchable = True
    search_fields = ["url", "page__title"]
    default_ordering = "-violation_count"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            accessor=lambda check: check.page.title if check.page else check.url,
            get_url=lambda check: check.url,
            sort_key="url",
        ),
        Column("language_name", label=_("Language"), sort_key="language_code"),
        Column("width", label=_("Width (px)"), sort_key="width"),
        NumberColumn("violation_count", label=_("Problems"), sort_key="violation_count"),
        Column("rules_broken", label=_("Rules broken")),
        DateColumn("checked_at", label=_("Checked"), sort_key="checked_at"),
    ]
    list_export = [
        "url",
        "page",
        "language_code",
        "width",
        "violation_count",
        "rules_broken",
        "checked_at",
        "axe_version",
    ]
    export_headings = {
        "url": _("Address"),
        "page": _("Page"),
        "language_code": _("Language"),
        "width": _("Width (px)"),
        "violation_count": _("Problems"),
        "rules_broken": _("Rules broken"),
        "checked_at": _("Checked"),
        "axe_version": _("axe-core version"),
    }

    def get_base_queryset(self):
        return AccessibilityCheck.objects.most_recent().select_related("page")

    def order_queryset(self, queryset):
        # A stable order for rows that tie, so paging through the report misses none.
        ordered = super().order_queryset(queryset)
        return ordered.order_by(*ordered.query.order_by, "url", "width")
