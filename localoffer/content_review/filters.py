import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import get_page_content_types

from localoffer.reports import language_filter
from localoffer.sections import in_section_or_translation, source_sections

from .bands import STALENESS_CHOICES
from .feedback_flags import requested_by_feedback
from .models import Owner, ReviewStatus


def _teams():
    teams = Owner.objects.order_by("team").values_list("team", flat=True).distinct()
    return [(team, team) for team in teams]


def _sections(request):
    """The site's top-level sections, in the default language (a section's translations are
    filtered with it)."""
    return source_sections()


class ReviewReportFilterSet(WagtailFilterSet):
    band = django_filters.ChoiceFilter(
        label=_("Review status"),
        choices=STALENESS_CHOICES,
        method="filter_band",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    owner = django_filters.ModelChoiceFilter(
        label=_("Owner"), queryset=Owner.objects.all(), empty_label=_("Any owner")
    )
    team = django_filters.ChoiceFilter(
        label=_("Team"), field_name="owner__team", choices=_teams, empty_label=_("Any team")
    )
    section = django_filters.ModelChoiceFilter(
        label=_("Section"),
        queryset=_sections,
        method="filter_section",
        empty_label=_("Any section"),
    )
    page_type = ContentTypeFilter(
        label=_("Page type"),
        field_name="page__content_type",
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
        empty_label=_("Any type"),
    )
    locale = language_filter("page__locale__language_code")
    ownership = django_filters.ChoiceFilter(
        label=_("Owner status"),
        choices=[("none", _("No owner")), ("inactive", _("Owner inactive"))],
        method="filter_ownership",
        empty_label=_("Any"),
        widget=forms.RadioSelect,
    )
    requested_by_feedback = django_filters.BooleanFilter(
        label=_("Review requested by feedback"),
        method="filter_requested_by_feedback",
        widget=BooleanRadioSelect,
    )
    translation_behind_source = django_filters.BooleanFilter(
        label=_("Translation behind its source"), widget=BooleanRadioSelect
    )

    class Meta:
        model = ReviewStatus
        fields = []

    def filter_band(self, queryset, name, value):
        return queryset.in_band(value)

    def filter_ownership(self, queryset, name, value):
        if value == "none":
            return queryset.filter(owner__isnull=True)
        return queryset.filter(owner__active=False)

    def filter_requested_by_feedback(self, queryset, name, value):
        flagged = queryset.filter(page_id__in=requested_by_feedback(queryset))
        return flagged if value else queryset.exclude(page_id__in=flagged.values("page_id"))

    def filter_section(self, queryset, name, section):
        return queryset.filter(in_section_or_translation(section, "page__path"))
