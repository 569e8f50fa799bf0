"""What the termly highlight report tells the Board: for each strategy priority, its
indicators this term beside the terms before, the "You said, we did" entries whose actions
report on it, and the lead's narrative for the term.

A few queries whatever the size of the site: indicator results come from
`feedback.reporting.indicator_results`, entries and narratives are prefetched."""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from feedback.charts import bar_chart
from feedback.indicator_results import indicator_results
from feedback.measures import Measure
from feedback.models import OutcomeIndicator, Priority, PriorityNarrative, YouSaidWeDidEntry
from localoffer import calendar
from localoffer.calendar import Period, recent_spans, span_containing

#: Periods each indicator's chart shows: this term and the two before it.
PERIODS_SHOWN = 3
#: Terms a lead can choose the report for.
TERMS_OFFERED = 6


@dataclass
class PriorityReport:
    priority: Priority
    results: list = field(default_factory=list)
    narrative: PriorityNarrative | None = None

    @property
    def entries(self):
        return self.priority.entries_for_report

    @property
    def off_track(self):
        return sum(1 for r in self.results if r.latest.on_track is False)


@dataclass
class BoardReport:
    term: object
    priorities: list


def report_terms(today=None):
    """The terms a report can be for, newest first, and the one it opens on: the last term
    that has ended."""
    today = today or calendar.today()
    terms = recent_spans(Period.TERM, today, TERMS_OFFERED)[::-1]
    return terms, span_containing(today, Period.TERM).previous()


def board_report(term):
    indicators = OutcomeIndicator.objects.select_related(
        "section", "service_measure", "priority"
    ).prefetch_related("survey_questions")
    results = indicator_results(indicators, lambda indicator: spans_for(indicator, term))
    priorities = Priority.objects.prefetch_related(
        Prefetch(
            "you_said_we_did_entries",
            queryset=YouSaidWeDidEntry.objects.originals().order_by("status", "title"),
            to_attr="entries_for_report",
        ),
        Prefetch(
            "narratives",
            queryset=PriorityNarrative.objects.filter(term_start=term.start),
            to_attr="term_narratives",
        ),
    )
    reports = {
        priority.pk: PriorityReport(priority, narrative=next(iter(priority.term_narratives), None))
        for priority in priorities
    }
    for result in results:
        result.chart = bar_chart(result)
        reports[result.indicator.priority_id].results.append(result)
    return BoardReport(term, list(reports.values()))


def spans_for(indicator, term):
    """The periods an indicator is shown over in the report of `term`: the term and those
    before it; for a service measure counted yearly, the school year the term is in and the
    ones before (a yearly figure says nothing about one term)."""
    if indicator.measure == Measure.SERVICE and indicator.period == Period.YEAR:
        return recent_spans(Period.YEAR, term.start, PERIODS_SHOWN)
    return recent_spans(Period.TERM, term.start, PERIODS_SHOWN)
