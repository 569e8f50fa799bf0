"""The Board report as a workbook: one sheet of indicators (numbers as numbers), one of "You
said, we did" entries and one of the narratives. Text is always stored as text, never as a
formula, whatever it starts with."""

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from feedback.charts import format_value


def board_report_workbook(report):
    workbook = Workbook()
    indicators = workbook.active
    indicators.title = _("Indicators")
    _write(
        indicators,
        [
            _("Priority"),
            _("Indicator"),
            _("Period"),
            _("Value"),
            _("Previous period"),
            _("Previous value"),
            _("Trend"),
            _("Target"),
            _("On track"),
            _("Responses or base"),
            _("Unit"),
        ],
        [row for part in report.priorities for row in _indicator_rows(part)],
    )
    entries = workbook.create_sheet(_("You said, we did"))
    _write(
        entries,
        [_("Priority"), _("Entry"), _("Status"), _("You said"), _("We did")],
        [
            [str(part.priority), e.title, str(e.get_status_display()), e.you_said, e.we_did]
            for part in report.priorities
            for e in part.entries
        ],
    )
    narratives = workbook.create_sheet(_("Narratives"))
    _write(
        narratives,
        [_("Priority"), _("Narrative")],
        [
            [str(part.priority), part.narrative.narrative if part.narrative else ""]
            for part in report.priorities
        ],
    )
    return workbook


def _indicator_rows(part):
    for results in part.results:
        latest, previous = results.periods[-1], results.periods[-2]
        yield [
            str(part.priority),
            results.indicator.name,
            latest.span.label,
            _number(latest.value, results.unit),
            previous.span.label,
            _number(previous.value, results.unit),
            str(latest.trend.label) if latest.trend else "",
            latest.target,
            "" if latest.on_track is None else (_("Yes") if latest.on_track else _("No")),
            latest.responses,
            _unit(results.unit),
        ]


def _number(value, unit):
    """The value as a number, or the words saying why there is none."""
    return value if value is not None else format_value(None, unit)


def _unit(unit):
    if unit is True or unit == "percentage":
        return _("Percentage")
    if unit is False:
        return _("Average score (1 to 5)")
    return _("Days") if unit == "days" else _("Count")


def _write(sheet, headings, rows):
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([None if value == "" else value for value in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, even if it starts with "="
