"""The quarterly "You said, we did" summary for the SEND Partnership Board: per quarter, the
comments families sent, the entries opened, done and not possible, and how long changes took."""

from dataclasses import dataclass, field

from django.db.models import Q, Sum

from feedback.models import PageRatingTally, YouSaidWeDidEntry
from feedback.you_said_we_did.models import median_or_none
from localoffer.calendar import Span

from .choices import EntryStatus


@dataclass
class QuarterSummary:
    span: Span
    comments_received: int = 0
    opened: int = 0
    not_possible: int = 0
    done: list = field(default_factory=list)  # entries done in the quarter, oldest first

    @property
    def median_days_to_done(self):
        return median_or_none(entry.days_to_resolve for entry in self.done)


def quarterly_summary(spans):
    """A QuarterSummary for each of `spans` (contiguous quarters, in date order), from two
    queries: comments counted per quarter, and the entries themselves."""
    summaries = [QuarterSummary(span) for span in spans]
    counts = PageRatingTally.objects.aggregate(  # daily tallies, not every comment
        **{
            str(index): Sum("comments", filter=Q(day__gte=span.start, day__lt=span.end), default=0)
            for index, span in enumerate(spans)
        }
    )
    entries = (
        YouSaidWeDidEntry.objects.originals()
        .filter(received_on__lt=spans[-1].end)
        .with_progress()
        .order_by("resolved_on", "pk")
    )
    for index, summary in enumerate(summaries):
        summary.comments_received = counts[str(index)]
    for entry in entries:
        for summary in summaries:
            _count(summary, entry)
    return summaries


def _count(summary, entry):
    if summary.span.includes(entry.received_on):
        summary.opened += 1
    if entry.resolved_on is None or not summary.span.includes(entry.resolved_on):
        return
    if entry.status == EntryStatus.DONE:
        summary.done.append(entry)
    elif entry.status == EntryStatus.NOT_POSSIBLE:
        summary.not_possible += 1
