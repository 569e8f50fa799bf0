"""An accessible bar chart of an indicator's values, drawn as inline SVG by the template.

The SVG is one image to assistive technology (role="img" with a title and description); the
same numbers are always in a table next to it."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext, ngettext

from feedback.measures import LIMITS, Measure

PLOT_HEIGHT = 160
SLOT_WIDTH = 96  # wide enough for "Autumn 2025" under each bar
BAR_WIDTH = 56
TOP_MARGIN = 20  # room for the value above a full-height bar
LABEL_SPACE = 36  # room for the period names below the bars


@dataclass
class Bar:
    x: int
    y: float
    height: float
    label: str
    value_text: str
    too_few: bool

    @property
    def centre(self):
        return self.x + BAR_WIDTH / 2


@dataclass
class BarChart:
    width: int
    height: int
    baseline: int
    target_y: float
    bars: list[Bar]
    description: str
    bar_width: int = BAR_WIDTH


def bar_chart(results):
    measure = Measure(results.indicator.measure)
    target = results.target
    if measure in LIMITS:
        top = LIMITS[measure][1]
    else:  # a service measure's figures: the tallest bar or the target, with a little room
        highest = max([p.value for p in results.periods if p.value is not None] + [target or 0])
        top = float(highest) * 1.1 or 1
    bars = [_bar(index, period, top, results.unit) for index, period in enumerate(results.periods)]
    return BarChart(
        width=SLOT_WIDTH * len(bars),
        height=TOP_MARGIN + PLOT_HEIGHT + LABEL_SPACE,
        baseline=TOP_MARGIN + PLOT_HEIGHT,
        target_y=_y(target, top) if target is not None else None,
        bars=bars,
        description=gettext(
            "%(count)d bars, one for each period, from %(first)s to %(last)s. The dashed line "
            "is the target. The table below gives the same numbers."
        )
        % {
            "count": len(bars),
            "first": results.periods[0].span.label,
            "last": results.periods[-1].span.label,
        },
    )


def format_value(value, unit):
    """A value as the Board reads it. `unit` is True for a percentage of families' answers,
    False for an average score, or a service measure's unit ("count", "percentage", "days")."""
    if isinstance(unit, bool):
        if value is None:
            return gettext("Too few responses")
        return f"{value}%" if unit else str(value)
    if value is None:
        return gettext("Not shown")
    number = plain_number(value)
    if unit == "percentage":
        return f"{number}%"
    if unit == "days":  # `value` may come as text from `plain_number` in a template
        plural = 1 if Decimal(str(value)) == 1 else 2
        return ngettext("%(number)s day", "%(number)s days", plural) % {"number": number}
    return number


def plain_number(value):
    """A Decimal without trailing zeros: a target of 75.00 reads 75, and 4.20 reads 4.2."""
    text = f"{Decimal(str(value)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _bar(index, period, top, unit):
    value = period.value or 0
    y = _y(value, top)
    return Bar(
        x=index * SLOT_WIDTH + (SLOT_WIDTH - BAR_WIDTH) // 2,
        y=y,
        height=round(TOP_MARGIN + PLOT_HEIGHT - y, 1),
        label=period.span.short_label,
        value_text=gettext("Too few") if period.too_few else format_value(period.value, unit),
        too_few=period.too_few,
    )


def _y(value, top):
    return round(TOP_MARGIN + PLOT_HEIGHT * (1 - float(value) / top), 1)
