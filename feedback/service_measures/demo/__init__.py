"""Demo service measures for Anyshire: the figures a SEND strategy reports, two years deep.

Each measure is described in `measures.yaml` and its figures are in `figures/<slug>.csv`, read
by the same code as a lead's upload (so a bad demo file fails loudly). Figures are added once,
their dates moved on by whole years so that the newest is for the last period that has ended.
"""

from pathlib import Path

from feedback.measures import Measure
from feedback.models import MeasureFigure, OutcomeIndicator, Priority, ServiceMeasure
from feedback.service_measures.upload import read_figures, save_figures
from localoffer import calendar
from localoffer.calendar import span_containing
from localoffer.demo.pages import read

HERE = Path(__file__).resolve().parent
FIELDS = ("name", "description", "unit", "better", "period")


def load(demo):
    for definition in read(HERE / "measures.yaml")["measures"]:
        measure, _created = ServiceMeasure.objects.get_or_create(
            name=definition["name"], defaults={key: definition[key] for key in FIELDS}
        )
        if not MeasureFigure.objects.filter(measure=measure).exists():
            save_figures(measure, _figures(measure, definition["slug"]))
        OutcomeIndicator.objects.get_or_create(
            name=measure.name,
            defaults={
                "description": measure.description,
                "priority": Priority.objects.get_or_create(name=definition["priority"])[0],
                "measure": Measure.SERVICE,
                "service_measure": measure,
                "period": measure.period,
            },
        )


def _figures(measure, slug):
    upload = read_figures(measure, (HERE / "figures" / f"{slug}.csv").read_bytes())
    if not upload.ok:
        raise ValueError(f"figures/{slug}.csv: {'; '.join(upload.errors)}")
    today = calendar.today()
    last_ended = span_containing(today, measure.period).previous().start
    newest = max(figure.period_start for figure in upload.figures)
    years = last_ended.year - newest.year
    if newest.replace(year=newest.year + years) > last_ended:
        years -= 1
    return [_moved(figure, years, today) for figure in upload.figures]


def _moved(figure, years, today):
    figure.period_start = _later(figure.period_start, years)
    figure.published_on = min(_later(figure.published_on, years), today)
    return figure


def _later(day, years):
    return day.replace(year=day.year + years)
