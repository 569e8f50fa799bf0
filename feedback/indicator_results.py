"""Outcome indicator results: each indicator's value per period, its split by language, by
section and by who answered (survey answers), on or off track, and the trend.

The database does the counting, from the daily tallies (`feedback.tallying`) rather than the raw
answers. Whatever the number of answers, one query fetches grouped counts for every indicator at
once (a UNION ALL of one GROUP BY per indicator and source), and a few small queries fetch the
names of pages and languages; Python only adds up those grouped rows.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from wagtail.models import Locale, Page

from feedback.measures import (
    Measure,
    Tally,
    Trend,
    is_suppressed,
    measure_value,
    on_track,
    sample_size,
    trend,
)
from feedback.models import PageRatingTally, QuestionAnswerTally
from feedback.questions import NOT_ASKED, Respondent
from feedback.service_measures.reporting import service_measure_results
from localoffer import calendar
from localoffer.calendar import Period, Span, recent_spans

# How many periods the dashboard shows for each kind of period: about a year, and at least two
# so that there is always a trend.
DASHBOARD_HISTORY = {Period.MONTH: 12, Period.QUARTER: 4, Period.TERM: 3, Period.YEAR: 2}


@dataclass
class PeriodResult:
    span: Span
    responses: int | None
    value: Decimal | None
    on_track: bool | None
    trend: Trend | None
    target: Decimal | None = None

    @property
    def too_few(self):
        return self.value is None

    @property
    def in_progress(self):
        return calendar.today() < self.span.end


@dataclass
class Breakdown:
    """An indicator's value over all the periods shown, for one language, one section or one
    kind of respondent. `responses` is None where the small-number rule hides it too."""

    label: str
    responses: int | None
    value: Decimal | None


@dataclass
class IndicatorResults:
    indicator: object
    periods: list[PeriodResult]
    by_locale: list[Breakdown] = field(default_factory=list)
    by_section: list[Breakdown] = field(default_factory=list)
    by_respondent: list[Breakdown] = field(default_factory=list)

    @property
    def latest(self):
        return self.periods[-1]

    @property
    def is_percentage(self):
        return self.indicator.measure == Measure.PERCENT_POSITIVE

    @property
    def unit(self):
        """How values read (see `charts.format_value`): a service measure's unit, or whether
        a measure of families' answers is a percentage."""
        if self.indicator.measure == Measure.SERVICE:
            return self.indicator.service_measure.unit
        return self.is_percentage

    @property
    def target(self):
        """The latest period's target: a service measure's figures carry their own."""
        return self.latest.target


def dashboard_spans(day):
    """For the dashboard: each indicator's own periods, the last one containing `day`; for a
    service measure the last one that has ended (figures are published after a period ends)."""

    def spans(indicator):
        last = calendar.span_containing(day, indicator.period)
        if indicator.measure == Measure.SERVICE:
            last = last.previous()
        return recent_spans(
            indicator.period, last.start, DASHBOARD_HISTORY[Period(indicator.period)]
        )

    return spans


def indicator_results(indicators, spans_for):
    """IndicatorResults for each indicator (with `section` selected and `survey_questions`
    prefetched), over the spans `spans_for(indicator)` returns (contiguous, in date order)."""
    indicators = list(indicators)
    spans = {indicator.pk: spans_for(indicator) for indicator in indicators}
    from_figures = service_measure_results(
        [i for i in indicators if i.measure == Measure.SERVICE], spans
    )
    rows = _tally_rows(indicators, spans)
    locale_names = {locale.pk: locale.get_display_name() for locale in Locale.objects.all()}
    section_names = _section_names({row["section"] for row in rows}, locale_names)
    by_indicator = defaultdict(list)
    for row in rows:
        by_indicator[row["tag"]].append(row)
    return [
        from_figures.get(indicator.pk)
        or _results(
            indicator,
            spans[indicator.pk],
            by_indicator[indicator.pk],
            locale_names,
            section_names,
        )
        for indicator in indicators
    ]


def _tally_rows(indicators, spans):
    section_paths = _paths_with_translations([i.section for i in indicators if i.section_id])
    querysets = []
    for indicator in indicators:
        if indicator.section_id:
            ratings = PageRatingTally.objects.under_paths(
                section_paths[indicator.section.translation_key]
            )
            querysets.append(ratings.tallies(spans[indicator.pk], tag=indicator.pk))
        questions = list(indicator.survey_questions.all())
        if questions:
            answers = QuestionAnswerTally.objects.for_questions(questions)
            querysets.append(answers.tallies(spans[indicator.pk], tag=indicator.pk))
    if not querysets:
        return []
    return list(querysets[0].union(*querysets[1:], all=True))


def _paths_with_translations(pages):
    """{translation key: [paths of the page and of each of its translations]}."""
    paths = defaultdict(list)
    if pages:
        translations = Page.objects.filter(
            translation_key__in={page.translation_key for page in pages}
        ).values_list("translation_key", "path")
        for key, path in translations:
            paths[key].append(path)
    return paths


def _section_names(paths, locale_names):
    default_locale = settings.LANGUAGE_CODE
    names = {}
    sections = Page.objects.filter(path__in=paths).values_list(
        "path", "title", "locale_id", "locale__language_code"
    )
    for path, title, locale_id, language_code in sections:
        names[path] = (
            title if language_code == default_locale else f"{title} ({locale_names[locale_id]})"
        )
    return names


def _results(indicator, spans, rows, locale_names, section_names):
    measure = indicator.measure
    per_period = [Tally() for _span in spans]
    by_locale = defaultdict(Tally)
    by_section = defaultdict(Tally)
    by_respondent = defaultdict(Tally)
    for row in rows:
        tally = Tally(row["responses"], row["positive"], row["scored"], row["score_total"] or 0)
        per_period[row["period"]] += tally
        by_locale[locale_names.get(row["locale_pk"], "")] += tally
        by_section[section_names.get(row["section"], "")] += tally
        if row["answered_by"] is not None:  # None: a page rating, which never asks
            by_respondent[row["answered_by"]] += tally

    periods = []
    previous = None
    for span, tally in zip(spans, per_period, strict=True):
        value = measure_value(tally, measure)
        periods.append(
            PeriodResult(
                span,
                sample_size(tally, measure),
                value,
                on_track(value, indicator.target),
                trend(value, previous),
                indicator.target,
            )
        )
        previous = value
    return IndicatorResults(
        indicator,
        periods,
        by_locale=_breakdowns(by_locale, measure),
        by_section=_breakdowns(by_section, measure),
        by_respondent=_respondent_breakdowns(by_respondent, measure),
    )


def _breakdowns(tallies, measure):
    return [
        Breakdown(label, sample_size(tally, measure), measure_value(tally, measure))
        for label, tally in sorted(tallies.items())
    ]


def _respondent_breakdowns(tallies, measure):
    """Survey answers by who answered, in the order the survey offers them, then answers to
    surveys that did not ask. A group too small to show hides its number of responses too: with
    a handful of professionals answering, even how many there were could point to them."""
    order = [*Respondent.values, ""]
    return [
        Breakdown(
            str(Respondent(key).label) if key else str(NOT_ASKED),
            None if is_suppressed(tallies[key], measure) else sample_size(tallies[key], measure),
            measure_value(tallies[key], measure),
        )
        for key in order
        if key in tallies
    ]
