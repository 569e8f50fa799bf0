import django_filters
from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Locale

from feedback.models import FeedbackStatus, OutcomeIndicator, PageFeedback, Priority, SurveyAnswer
from feedback.models.page_feedback import UNANSWERED_AFTER
from feedback.questions import Respondent
from feedback.ratings import Rating
from localoffer.calendar import Period
from localoffer.sections import sections


class DateRangeWidget(DateRangePickerWidget):
    """Wagtail's "from" and "to" dates as the browser's own date fields: Wagtail's picker writes
    an inline script, which the inbox's Content Security Policy blocks (security/headers.py)."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.widgets = [
            forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d") for _widget in self.widgets
        ]


def _sections(request):
    return sections()


class PageFeedbackFilterSet(WagtailFilterSet):
    """The comments inbox: what leads narrow feedback by."""

    section = django_filters.ModelChoiceFilter(
        label=_("Section"), queryset=_sections, method="filter_section"
    )
    rating = django_filters.MultipleChoiceFilter(
        choices=Rating.choices, widget=forms.CheckboxSelectMultiple
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("Date sent"), widget=DateRangeWidget)
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=Locale.objects.all(), widget=forms.RadioSelect
    )
    # Leads come for the comments: with nothing chosen, the inbox shows comments only (see
    # `filter_queryset`), and ratings alone are one choice away.
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[("ratings", _("Ratings without a comment")), ("all", _("All feedback"))],
        method="filter_show",
        widget=forms.RadioSelect,
        empty_label=_("Comments"),
    )
    status = django_filters.MultipleChoiceFilter(
        choices=FeedbackStatus.choices, widget=forms.CheckboxSelectMultiple
    )
    you_said_we_did = django_filters.ChoiceFilter(
        label=_("You said, we did"),
        choices=[
            ("linked", _("In an entry")),
            (
                "unanswered",
                format_lazy(
                    _("Unanswered: no entry after {days} days"), days=UNANSWERED_AFTER.days
                ),
            ),
        ],
        method="filter_you_said_we_did",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )

    class Meta:
        model = PageFeedback
        fields = []

    def filter_section(self, queryset, name, section):
        return queryset.under_paths([section.path])

    def filter_show(self, queryset, name, value):
        return queryset.filter(comment="") if value == "ratings" else queryset

    def filter_queryset(self, queryset):
        """Besides the chosen filters: comments only unless leads ask for ratings, and comments
        set aside as spam only when leads ask for that status."""
        data = self.form.cleaned_data
        if not data.get("show"):
            queryset = queryset.with_comments()
        if not data.get("status"):
            queryset = queryset.exclude(status=FeedbackStatus.SPAM)
        return super().filter_queryset(queryset)

    def filter_you_said_we_did(self, queryset, name, value):
        if value == "unanswered":
            return queryset.unanswered()
        return queryset.filter(you_said_we_did_entries__isnull=False).distinct()


class OutcomeIndicatorFilterSet(WagtailFilterSet):
    priority = django_filters.ModelChoiceFilter(
        label=_("Strategy priority"),
        queryset=Priority.objects.all(),
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    period = django_filters.ChoiceFilter(
        choices=Period.choices, widget=forms.RadioSelect, empty_label=_("All")
    )

    class Meta:
        model = OutcomeIndicator
        fields = []


class SurveyResultsFilterSet(WagtailFilterSet):
    """Survey results for one kind of respondent, for surveys that ask who is answering."""

    respondent = django_filters.ChoiceFilter(
        label=_("Who answered"),
        field_name="response__respondent",
        choices=Respondent.choices,
        widget=forms.RadioSelect,
        empty_label=_("Everyone"),
    )

    class Meta:
        model = SurveyAnswer
        fields = []
