"""Admin reports for leads: the outcome indicator dashboard, the termly report for the SEND
Partnership Board, and survey results. Built from Wagtail's ReportView, so filters, paging and
CSV/XLSX downloads work as in Wagtail's own reports."""

from dataclasses import dataclass

from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from feedback.charts import bar_chart, format_value
from feedback.filters import OutcomeIndicatorFilterSet, SurveyResultsFilterSet
from feedback.indicator_results import dashboard_spans, indicator_results
from feedback.measures import min_responses
from feedback.models import (
    OutcomeIndicator,
    SurveyAnswer,
    SurveyPage,
    SurveyResponse,
)
from feedback.questions import QuestionType
from feedback.responses import ResponseTable
from localoffer import calendar
from localoffer.reports import Report, ReportPermissionMixin


def _indicators():
    return OutcomeIndicator.objects.select_related(
        "section", "service_measure", "priority"
    ).prefetch_related("survey_questions")


class IndicatorPermissionMixin(ReportPermissionMixin):
    permission_policy = ModelPermissionPolicy(OutcomeIndicator)


class IndicatorDashboardView(IndicatorPermissionMixin, Report):
    """Each indicator over its recent periods: value, responses, target, on or off track and
    trend, as a chart with the same numbers in a table, split by language and by section."""

    page_title = _("Outcome indicator dashboard")
    header_icon = "table"
    template_name = "feedback/admin/dashboard.html"
    results_template_name = "feedback/admin/dashboard_results.html"
    filterset_class = OutcomeIndicatorFilterSet
    paginate_by = 10
    export_filename = "outcome-indicators"
    list_export = [
        "indicator",
        "priority",
        "measure",
        "period",
        "value",
        "responses",
        "target",
        "on_track",
        "trend",
    ]
    export_headings = {
        "indicator": _("Indicator"),
        "priority": _("Strategy priority"),
        "measure": _("Measure"),
        "period": _("Period"),
        "value": _("Value"),
        "responses": _("Responses"),
        "target": _("Target"),
        "on_track": _("On track"),
        "trend": _("Trend"),
    }

    def get_queryset(self):
        return _indicators()

    def decorate_paginated_queryset(self, indicators):
        results = indicator_results(indicators, dashboard_spans(calendar.today()))
        for result in results:
            result.chart = bar_chart(result)
        return results

    def as_spreadsheet(self, results, spreadsheet_format):
        rows = [row for result in results for row in export_rows(result)]
        return super().as_spreadsheet(rows, spreadsheet_format)

    def get_context_data(self, **kwargs):
        return super().get_context_data(min_responses=min_responses(), **kwargs)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Termly report for the Board"),
                url=reverse("feedback_indicators:board_report"),
                icon_name="doc-full",
            )
        ]


def export_rows(results):
    """One spreadsheet row per period of an indicator."""
    indicator = results.indicator
    return [
        {
            "indicator": indicator.name,
            "priority": indicator.priority.name,
            "measure": indicator.get_measure_display(),
            "period": period.span.label,
            "value": period.value if period.value is not None else format_value(None, False),
            "responses": period.responses,
            "target": indicator.target,
            "on_track": _yes_no(period.on_track),
            "trend": period.trend.label if period.trend else "",
        }
        for period in results.periods
    ]


def _yes_no(flag):
    return "" if flag is None else (_("Yes") if flag else _("No"))


class SurveyPermissionMixin(ReportPermissionMixin):
    permission_policy = ModelPermissionPolicy(SurveyResponse)


class SurveyIndexView(SurveyPermissionMixin, Report):
    page_title = _("Survey results")
    header_icon = "form"
    paginate_by = 25

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Survey"), url_name="feedback_surveys:results"),
            Column("state_label", label=_("Open to families")),
            DateColumn("opens_on", label=_("Opens")),
            DateColumn("closes_on", label=_("Closes")),
            NumberColumn("response_count", label=_("Responses")),
        ]

    def get_queryset(self):
        return SurveyPage.objects.annotate(response_count=Count("responses")).order_by(
            "-first_published_at"
        )


class SurveyResultsMixin(SurveyPermissionMixin):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.survey = get_object_or_404(SurveyPage, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return self.survey.title

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.survey.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.survey.pk])

    def get_filename(self):
        return calendar.dated(f"{self.export_filename}-{self.survey.slug}")


@dataclass
class AnswerCount:
    question: str
    answer: str
    count: int | str
    share: str


class SurveyResultsView(SurveyResultsMixin, Report):
    """How many families gave each answer to each question (free text is on its own page), and
    what share of those who answered the question that is. A family may tick several answers to
    a "tick all that apply" question, so its shares can add up to more than 100%.

    For a survey that asks who is answering, leads can show one kind of respondent; then a
    question fewer of them answered than the small-number rule allows shows no figures."""

    page_title = _("Survey results")
    header_icon = "form"
    results_template_name = "feedback/admin/survey_results.html"
    paginate_by = None
    export_filename = "survey-results"
    list_export = ["question", "answer", "count", "share"]
    export_headings = {
        "question": _("Question"),
        "answer": _("Answer"),
        "count": _("Responses"),
        "share": _("Share"),
    }
    columns = [
        Column("question", label=_("Question")),
        Column("answer", label=_("Answer")),
        NumberColumn("count", label=_("Responses")),
        Column("share", label=_("Share of those who answered the question")),
    ]

    @property
    def filterset_class(self):
        return SurveyResultsFilterSet if self.survey.ask_who_is_answering else None

    def get_queryset(self):
        return SurveyAnswer.objects.filter(question__page=self.survey)

    def get_filtered_queryset(self):
        return answer_counts(
            [q for q in self.survey.questions.all() if q.answer_choices()],
            self.filter_queryset(self.get_queryset()),
            apply_small_number_rule=self.is_filtering,
        )

    def get_context_data(self, **kwargs):
        ticks = any(
            q.question_type == QuestionType.MULTIPLE_CHOICE for q in self.survey.questions.all()
        )
        return super().get_context_data(
            has_tick_all_that_apply=ticks, min_responses=min_responses(), **kwargs
        )

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Each response"),
                url=reverse("feedback_surveys:responses", args=[self.survey.pk]),
                icon_name="table",
            ),
            HeaderButton(
                _("Free-text answers"),
                url=reverse("feedback_surveys:comments", args=[self.survey.pk]),
                icon_name="comment",
            ),
        ]


def answer_counts(questions, answers, *, apply_small_number_rule):
    """An AnswerCount for each answer to each of `questions`, counted from `answers`. With
    `apply_small_number_rule` (a group of respondents), a question answered by too few shows as
    too few, never its figures."""
    counts = answers.counts_by_answer()
    respondents = answers.respondents_by_question()
    rows = []
    for question in questions:
        total = respondents.get(question.pk, 0)
        too_few = apply_small_number_rule and total < min_responses()
        for value, label in question.answer_choices():
            count = counts.get((question.pk, value), 0)
            if too_few:
                count, share = "", format_value(None, True)
            else:
                share = f"{round(100 * count / total)}%" if total else ""
            rows.append(AnswerCount(question.question, str(label), count, share))
    return rows


class SurveyResponsesView(SurveyResultsMixin, Report):
    """Each family's response as a row, all their answers side by side, in every language the
    survey is in: for leads to analyse in a spreadsheet (see `feedback.responses`). Never any
    contact details."""

    page_title = _("Each response")
    header_icon = "table"
    paginate_by = 50
    export_filename = "survey-responses"

    @cached_property
    def response_table(self):
        return ResponseTable(self.survey)

    @cached_property
    def list_export(self):
        questions = (column.key for column in self.response_table.columns)
        return ["submitted_on", "language", "respondent", *questions]

    @cached_property
    def export_headings(self):
        return {
            "submitted_on": _("Sent"),
            "language": _("Language"),
            "respondent": _("Who answered"),
            **{column.key: column.heading for column in self.response_table.columns},
        }

    @cached_property
    def columns(self):
        return [
            Column("submitted_on", label=_("Sent")),  # a day, written as a date
            Column("language", label=_("Language")),
            Column("respondent", label=_("Who answered")),
            *(Column(column.key, label=column.heading) for column in self.response_table.columns),
        ]

    def get_queryset(self):
        return self.response_table.responses()

    def get_table(self, responses):
        return super().get_table([self.response_table.row(response) for response in responses])

    def as_spreadsheet(self, responses, spreadsheet_format):
        rows = [self.response_table.row(response) for response in responses]
        return super().as_spreadsheet(rows, spreadsheet_format)


class SurveyCommentsView(SurveyResultsMixin, Report):
    """What families typed in answer to free-text questions (personal details removed)."""

    page_title = _("Free-text answers")
    header_icon = "comment"
    export_filename = "survey-free-text"
    list_export = ["response.submitted_at", "question.question", "text"]
    export_headings = {
        "response.submitted_at": _("Sent"),
        "question.question": _("Question"),
        "text": _("Answer"),
    }
    columns = [
        DateColumn("submitted_at", accessor="response.submitted_at", label=_("Sent")),
        Column("question", accessor="question.question", label=_("Question")),
        Column("text", label=_("Answer")),
    ]

    def get_queryset(self):
        return (
            SurveyAnswer.objects.free_text()
            .filter(question__page=self.survey)
            .select_related("question", "response")
            .order_by("-response__submitted_at")
        )
