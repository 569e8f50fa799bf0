"""The trend of the review bands as a chart drawn on the server: an inline SVG (no JavaScript),
shown above the table of the same figures, which is its text alternative.

Each week is a column of the four bands stacked (together, every live page), the stalest at the
bottom so its growth shows from a fixed line; pages overdue against their own cycle are a line
across the columns, as they overlap the bands."""

from dataclasses import dataclass

from .bands import OVERDUE, STALENESS_CHOICES, Band

WIDTH = 720
HEIGHT = 260
LEFT = 44  # room for the count axis' labels
BOTTOM = 28  # room for the dates
TOP = 12
RIGHT = 8
GAP = 0.25  # of each week's slot, between columns
GRID_LINES = 4
# From GOV.UK's palette: each at least 3:1 against white (WCAG 1.4.11).
COLOURS = {
    Band.WITHIN_3_MONTHS: "#00703c",
    Band.NOT_IN_3_MONTHS: "#1d70b8",
    Band.NOT_IN_6_MONTHS: "#912b88",
    Band.NOT_IN_12_MONTHS: "#d4351c",
    OVERDUE: "#0b0c0c",
}
STACK_ORDER = [
    Band.NOT_IN_12_MONTHS,
    Band.NOT_IN_6_MONTHS,
    Band.NOT_IN_3_MONTHS,
    Band.WITHIN_3_MONTHS,
]
DATE_LABEL_EVERY = 4  # weeks


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str


def _nice_ceiling(value):
    """The smallest of 1, 2 or 5 times a power of ten that is at least `value` (at least 4)."""
    value = max(value, GRID_LINES)
    power = 1
    while True:
        for step in (1, 2, 5):
            if step * power * GRID_LINES >= value:
                return step * power * GRID_LINES
        power *= 10


class TrendChart:
    """Geometry of the chart for `snapshots` (BandSnapshot rows, oldest first)."""

    width = WIDTH
    height = HEIGHT

    def __init__(self, snapshots):
        self.snapshots = list(snapshots)
        totals = [sum(getattr(s, band) for band in STACK_ORDER) for s in self.snapshots]
        overdue = [getattr(s, OVERDUE) for s in self.snapshots]
        self.maximum = _nice_ceiling(max([*totals, *overdue, 0]))
        self.slot = (WIDTH - LEFT - RIGHT) / max(len(self.snapshots), 1)
        self.bottom = HEIGHT - BOTTOM
        self.left = LEFT
        self.right = WIDTH - RIGHT

    def _y(self, count):
        return self.bottom - (self.bottom - TOP) * count / self.maximum

    @property
    def bars(self):
        bars = []
        for index, snapshot in enumerate(self.snapshots):
            x = LEFT + index * self.slot + self.slot * GAP / 2
            stacked = 0
            for band in STACK_ORDER:
                count = getattr(snapshot, band)
                if count:
                    top = self._y(stacked + count)
                    bars.append(
                        Bar(
                            round(x, 1),
                            round(top, 1),
                            round(self.slot * (1 - GAP), 1),
                            round(self._y(stacked) - top, 1),
                            COLOURS[band],
                        )
                    )
                stacked += count
        return bars

    @property
    def overdue_points(self):
        """The overdue line's points, as SVG's `points` attribute wants them."""
        return " ".join(
            f"{round(LEFT + (index + 0.5) * self.slot, 1)},{round(self._y(getattr(s, OVERDUE)), 1)}"
            for index, s in enumerate(self.snapshots)
        )

    @property
    def overdue_colour(self):
        return COLOURS[OVERDUE]

    @property
    def grid(self):
        """[(y, count)] for each horizontal line of the count axis, from 0 up."""
        return [
            (round(self._y(self.maximum * line / GRID_LINES), 1), self.maximum * line // GRID_LINES)
            for line in range(GRID_LINES + 1)
        ]

    @property
    def dates(self):
        """[(x, snapshot)] for the weeks labelled under the columns: every few weeks, and the
        last (today)."""
        last = len(self.snapshots) - 1
        return [
            (round(LEFT + (index + 0.5) * self.slot, 1), snapshot)
            for index, snapshot in enumerate(self.snapshots)
            if (last - index) % DATE_LABEL_EVERY == 0
        ]

    @property
    def legend(self):
        """[(colour, label, is_line)] in report order."""
        return [(COLOURS[value], label, value == OVERDUE) for value, label in STALENESS_CHOICES]
