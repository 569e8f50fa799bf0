"""Outcome indicator results from a service measure's figures: one query for every such
indicator, the small-number rule applied, on or off track in the measure's direction.

A span may be longer than the measure's periods (a term, for a measure counted monthly): its
figures are then combined, counts added up and percentages and days averaged over their bases."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from feedback.measures import min_responses, on_track, trend
from feedback.service_measures.models import MeasureFigure, Unit


@dataclass(frozen=True)
class Combined:
    value: Decimal
    base: int | None
    target: Decimal | None


def service_measure_results(indicators, spans):
    """{indicator pk: IndicatorResults} for indicators fed by a service measure (with
    `service_measure` selected), over `spans[indicator.pk]`."""
    from feedback.indicator_results import (  # its module imports this one
        IndicatorResults,
        PeriodResult,
    )

    if not indicators:
        return {}
    every_span = [span for indicator in indicators for span in spans[indicator.pk]]
    rows = MeasureFigure.objects.filter(
        measure_id__in={i.service_measure_id for i in indicators},
        period_start__gte=min(span.start for span in every_span),
        period_start__lt=max(span.end for span in every_span),
    ).order_by("period_start")
    figures = defaultdict(list)
    for figure in rows:
        figures[figure.measure_id].append(figure)
    results = {}
    for indicator in indicators:
        measure = indicator.service_measure
        periods, previous = [], None
        for span in spans[indicator.pk]:
            within = [f for f in figures[measure.pk] if span.includes(f.period_start)]
            combined = combine(within, measure.unit)
            value = shown_value(combined, measure.unit)
            target = indicator.target
            if combined is not None and combined.target is not None:
                target = combined.target
            periods.append(
                PeriodResult(
                    span,
                    combined.base if combined else None,
                    value,
                    on_track(value, target, measure.higher_is_better),
                    trend(value, previous),
                    target,
                )
            )
            previous = value
        results[indicator.pk] = IndicatorResults(indicator, periods)
    return results


def combine(figures, unit):
    """One value for these figures (a measure's figures within one span), or None if none."""
    if not figures:
        return None
    if len(figures) == 1:
        figure = figures[0]
        return Combined(figure.value, figure.base, figure.target)
    bases = [f.base for f in figures]
    targets = [f.target for f in figures if f.target is not None]
    if unit == Unit.COUNT:
        return Combined(
            sum(f.value for f in figures),
            None,
            sum(targets) if len(targets) == len(figures) else None,
        )
    if None in bases or not sum(bases):
        value, base = sum(f.value for f in figures) / len(figures), None
    else:
        value, base = sum(f.value * f.base for f in figures) / sum(bases), sum(bases)
    target = sum(targets) / len(targets) if targets else None
    return Combined(_one_place(value), base, _one_place(target) if target is not None else None)


def shown_value(combined, unit):
    """The value, or None where there is none or it would break the small-number rule: a count
    of 1 to (threshold - 1) children, or a value counted from fewer children than the
    threshold, could identify a family."""
    if combined is None:
        return None
    if combined.base is not None and combined.base < min_responses():
        return None
    if unit == Unit.COUNT and 0 < combined.value < min_responses():
        return None
    return combined.value


def _one_place(number):
    return Decimal(number).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
