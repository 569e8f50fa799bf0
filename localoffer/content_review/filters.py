import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import get_page_content_types

from localoffer.reports import language_filter
from localoffer.sections import in_section_or_translation, source_sections

from . import reading_level
from .bands import STALENESS_CHOICES
from .feedback_flags import requested_by_feedback
from .languages import STATE_CHOICES, in_state, other_locales
from .models import Owner, ReviewStatus


def _teams():
    teams = Owner.objects.order_by("team").values_list("team", flat=True).distinct()
    return [(team, team) for team in teams]


def _sections(request):
    """The site's top-level sections, in the default language (a section's translations are
    filtered with it)."""
    return source_sections()


def in_section(statuses, section):
    """Pages under `section` or under one of its translations."""
    return statuses.filter(in_section_or_translation(section, "page__path"))


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
    reading = django_filters.ChoiceFilter(
        label=_("Reading age"),
        choices=[
            ("above_target", _("Above 9: plan a rewrite")),
            ("within_target", _("9 or under")),
            ("not_measured", _("Not measured")),
        ],
        method="filter_reading",
        empty_label=_("Any"),
        widget=forms.RadioSelect,
    )
    accessibility = django_filters.ChoiceFilter(
        label=_("Accessibility check"),
        choices=[
            ("problems", _("Problems found")),
            ("no_problems", _("No problems")),
            ("not_checked", _("Not checked")),
        ],
        method="filter_accessibility",
        empty_label=_("Any"),
        widget=forms.RadioSelect,
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

    def filter_reading(self, queryset, name, value):
        if value == "not_measured":
            return queryset.filter(reading_grade__isnull=True)
        if value == "above_target":
            return queryset.harder_to_read_than_plain_english()
        return queryset.filter(reading_grade__lt=reading_level.ABOVE_TARGET_FROM_GRADE)

    def filter_accessibility(self, queryset, name, value):
        # The report annotates each page's latest check (`with_accessibility`).
        if value == "not_checked":
            return queryset.filter(accessibility_problems__isnull=True)
        if value == "problems":
            return queryset.filter(accessibility_problems__gt=0)
        return queryset.filter(accessibility_problems=0)

    def filter_requested_by_feedback(self, queryset, name, value):
        flagged = queryset.filter(page_id__in=requested_by_feedback(queryset))
        return flagged if value else queryset.exclude(page_id__in=flagged.values("page_id"))

    def filter_section(self, queryset, name, section):
        return in_section(queryset, section)


def _other_languages():
    return [(locale.language_code, locale.language_name_localized) for locale in other_locales()]


class LanguagesReportFilterSet(WagtailFilterSet):
    """The pages-by-languages report: which pages, and which language the state is asked of (all
    of them when none is chosen)."""

    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=_other_languages,
        method="filter_language",
        empty_label=_("All"),
    )
    state = django_filters.ChoiceFilter(
        label=_("Translation"),
        choices=STATE_CHOICES,
        method="filter_state",
        empty_label=_("Any"),
        widget=forms.RadioSelect,
    )
    section = ReviewReportFilterSet.base_filters["section"]
    owner = ReviewReportFilterSet.base_filters["owner"]
    team = ReviewReportFilterSet.base_filters["team"]

    class Meta:
        model = ReviewStatus
        fields = []

    def chosen_locales(self):
        """The languages the report shows: the one chosen, or every other language."""
        locales = other_locales()
        code = self.form.cleaned_data.get("language") if self.is_valid() else None
        return [locale for locale in locales if locale.language_code == code] or locales

    def filter_language(self, queryset, name, value):
        # Chooses the columns and the language `state` applies to; every page has a row.
        return queryset

    def filter_state(self, queryset, name, value):
        return in_state(queryset, value, self.chosen_locales())

    def filter_section(self, queryset, name, section):
        return in_section(queryset, section)
