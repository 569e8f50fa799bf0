"""Counting answers by period, language and section in the database, for outcome indicators.

Page ratings and survey answers are counted into rows of the same shape, so that the counts for
every indicator can be fetched in one UNION ALL query (see `feedback.indicator_results`).
"""

from django.db import models
from django.db.models import Case, F, Value, When

from localoffer.sections import section_path

TALLY_KEYS = ("tag", "period", "locale_pk", "section")


class TallyQuerySetMixin:
    """For querysets of answers. Subclasses name their time, language and page path fields and
    define `tally_columns()`: the Count and Sum expressions that make a `measures.Tally`."""

    time_field = None
    locale_field = "locale_id"
    page_path_field = None
    span_bounds = ("start_at", "end_at")  # a Span's moments; ("start", "end") for a date field

    def tallies(self, spans, *, tag):
        """One row per (period, language, section) with answers: `period` is the index into
        `spans` (contiguous, in date order) and `tag` is carried through to tell rows apart."""
        start, end = self.span_bounds
        period_index = Case(
            *(
                When(**{f"{self.time_field}__lt": getattr(span, end)}, then=Value(index))
                for index, span in enumerate(spans)
            ),
            output_field=models.IntegerField(),
        )
        return (
            self.filter(
                **{
                    f"{self.time_field}__gte": getattr(spans[0], start),
                    f"{self.time_field}__lt": getattr(spans[-1], end),
                }
            )
            .annotate(
                tag=Value(tag, output_field=models.IntegerField()),
                period=period_index,
                locale_pk=F(self.locale_field),
                section=section_path(self.page_path_field),
            )
            .values(*TALLY_KEYS)
            .annotate(**self.tally_columns())
            .order_by()
        )
