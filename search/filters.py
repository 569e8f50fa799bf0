import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from localoffer.reports import language_filter
from search.insights import Grouping, TermSelection
from search.models import SearchTermCount

# What the report shows until a lead chooses otherwise.
DEFAULTS = {"period": Grouping.WEEK, "show": TermSelection.ALL}


def _applied_by_the_report(queryset, name, value):
    # Periods and selections apply to counts once they are added up; the report view does that.
    return queryset


class SearchInsightsFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Dates"), widget=DateRangePickerWidget)
    language = language_filter("locale__language_code")
    period = django_filters.ChoiceFilter(
        label=_("Add up by"),
        choices=Grouping.choices,
        method=_applied_by_the_report,
        empty_label=None,
        initial=DEFAULTS["period"],
    )
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=TermSelection.choices,
        method=_applied_by_the_report,
        empty_label=None,
        initial=DEFAULTS["show"],
    )

    class Meta:
        model = SearchTermCount
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            for name, value in DEFAULTS.items():
                data.setdefault(name, value)
        super().__init__(data, *args, **kwargs)

    def choice(self, name):
        """The period or selection chosen, or its default if the filters are not valid."""
        if self.is_valid():
            return self.form.cleaned_data[name]
        return DEFAULTS[name]
