import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from feedback.models import YouSaidWeDidEntry

from .choices import EntryStatus, EntryTopic


def _years(request=None):
    return [(year, year) for year in YouSaidWeDidEntry.objects.originals().years()]


class EntryFilterSet(WagtailFilterSet):
    """The entries listing: by status, topic, the year we heard about them, and language."""

    status = django_filters.MultipleChoiceFilter(
        choices=EntryStatus.choices, widget=forms.CheckboxSelectMultiple
    )
    topic = django_filters.MultipleChoiceFilter(
        choices=EntryTopic.choices, widget=forms.CheckboxSelectMultiple
    )
    year = django_filters.ChoiceFilter(
        label=_("Year received"),
        choices=_years,
        method="filter_year",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )

    class Meta:
        model = YouSaidWeDidEntry
        fields = []

    def filter_year(self, queryset, name, year):
        return queryset.filter(received_on__year=year)


class EntryReportFilterSet(EntryFilterSet):
    """The leads' report: the same filters but language, as the report counts each theme once,
    in the source language."""

    def _add_locale_filter(self):
        """Wagtail adds a language filter for translatable models: not wanted here."""
