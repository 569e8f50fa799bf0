"""Reading a CSV file of a service measure's figures: one row per period.

    period,value,base,target,published
    2025-09-01,61.5,48,65,2026-01-20

`period` is the period's first day; `base` and `target` may be empty. Every row is checked
before anything is stored: a file with one wrong cell stores nothing, and each message names
the row (as a spreadsheet numbers it, the header being row 1) and the column."""

import csv
import datetime
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from feedback.service_measures.models import MeasureFigure, figure_errors

REQUIRED_COLUMNS = ("period", "value", "published")
OPTIONAL_COLUMNS = ("base", "target")
MAX_ROWS = 1000  # forty years of months: more is not a file of one measure's figures
MAX_BYTES = 200_000


@dataclass
class Upload:
    figures: list
    errors: list

    @property
    def ok(self):
        return not self.errors


class CellError(ValueError):
    pass


def read_figures(measure, data):
    """An Upload of unsaved MeasureFigures for `measure` from the bytes of a CSV file, or the
    messages saying what is wrong with it."""
    if len(data) > MAX_BYTES:
        return Upload([], [_("The file is too large: a file of figures is under 200 KB.")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Upload([], [_("The file is not a CSV file saved as UTF-8 text.")])
    rows = csv.DictReader(io.StringIO(text, newline=""))
    header_errors = _header_errors(rows.fieldnames)
    if header_errors:
        return Upload([], header_errors)
    figures, errors, periods = [], [], {}
    try:
        for number, row in enumerate(rows, start=2):
            if number - 1 > MAX_ROWS:
                return Upload([], [_("The file has more than %(max)d rows.") % {"max": MAX_ROWS}])
            if not any(isinstance(cell, list) or (cell or "").strip() for cell in row.values()):
                continue  # a blank line, as spreadsheets often leave at the end
            figure, row_errors = _figure(measure, number, row)
            if figure is not None and figure.period_start in periods:
                row_errors.append(
                    _("Row %(row)d, column “period”: %(day)s is already in row %(first)d.")
                    % {
                        "row": number,
                        "day": figure.period_start.isoformat(),
                        "first": periods[figure.period_start],
                    }
                )
            if row_errors:
                errors += row_errors
            else:
                periods[figure.period_start] = number
                figures.append(figure)
    except csv.Error as error:
        return Upload([], [_("The file could not be read as CSV: %(error)s") % {"error": error}])
    if not figures and not errors:
        errors.append(_("The file has no figures under its header row."))
    return Upload([] if errors else figures, errors)


def save_figures(measure, figures):
    """Store the figures, replacing any already stored for the same periods, all or nothing."""
    with transaction.atomic():
        for figure in figures:
            MeasureFigure.objects.update_or_create(
                measure=measure,
                period_start=figure.period_start,
                defaults={
                    "value": figure.value,
                    "base": figure.base,
                    "target": figure.target,
                    "published_on": figure.published_on,
                },
            )


def _header_errors(fieldnames):
    if not fieldnames:
        return [_("The file is empty.")]
    names = [(name or "").strip().lower() for name in fieldnames]
    errors = [
        _("Row 1: the column “%(column)s” is missing.") % {"column": column}
        for column in REQUIRED_COLUMNS
        if column not in names
    ]
    errors += [
        _("Row 1: the column “%(column)s” is not one this file can have (%(known)s).")
        % {"column": name, "known": ", ".join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}
        for name in names
        if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    ]
    if len(set(names)) < len(names):
        errors.append(_("Row 1: a column appears twice."))
    return errors


def _figure(measure, number, row):
    if None in row:  # csv.DictReader keeps cells beyond the header under None
        return None, [_("Row %(row)d has more cells than the header.") % {"row": number}]
    row = {key.strip().lower(): (value or "").strip() for key, value in row.items()}
    cells, errors = {}, []
    readers = {  # in the order of the columns in the example file
        "period": (_date, True),
        "value": (_number, True),
        "base": (_whole_number, False),
        "target": (_number, False),
        "published": (_date, True),
    }
    for column, (reader, required) in readers.items():
        text = row.get(column, "")
        if not text:
            if required:
                errors.append(_cell_message(number, column, _("it is empty")))
            cells[column] = None
            continue
        try:
            cells[column] = reader(text)
        except CellError as error:
            errors.append(_cell_message(number, column, str(error)))
    if errors:
        return None, errors
    figure = MeasureFigure(
        measure=measure,
        period_start=cells["period"],
        value=cells["value"],
        base=cells["base"],
        target=cells["target"],
        published_on=cells["published"],
    )
    columns = {"period_start": "period", "value": "value", "target": "target"}
    rule_errors = figure_errors(measure.period, measure.unit, figure)
    return figure, [
        _cell_message(number, columns[field], str(message))
        for field, message in rule_errors.items()
    ]


def _cell_message(number, column, problem):
    return _("Row %(row)d, column “%(column)s”: %(problem)s") % {
        "row": number,
        "column": column,
        "problem": problem,
    }


def _date(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise CellError(
            _("“%(text)s” is not a date written as year-month-day, like 2025-09-01.")
            % {"text": text}
        ) from None


def _number(text):
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise CellError(_("“%(text)s” is not a number.") % {"text": text})
    if abs(number) >= Decimal("1e10") or number.as_tuple().exponent < -2:
        raise CellError(
            _("“%(text)s” has too many digits: use at most two decimal places.") % {"text": text}
        )
    return number


def _whole_number(text):
    number = _number(text)
    if number != number.to_integral_value() or number < 0:
        raise CellError(_("“%(text)s” is not a whole number of 0 or more.") % {"text": text})
    return int(number)
