"""Counting answers by period, language, section and who answered in the database, for outcome
indicators.

Page ratings and survey answers are counted into rows of the same shape, so that the counts for
every indicator can be fetched in one UNION ALL query (see `feedback.indicator_results`).
"""

from django.db import models
from django.db.models import Case, F, Value, When

from localoffer.sections import section_path

TALLY_KEYS = ("tag", "period", "locale_pk", "section", "answered_by")


class TallyQuerySetMixin:
    """For querysets of answers. Subclasses name their time, language and page path fields (and
    who answered, for survey answers) and define `tally_columns()`: the Count and Sum expressions
    that make a `measures.Tally`."""

    time_field = None
    locale_field = "locale_id"
    page_path_field = None
    respondent_field = None  # page ratings never ask who is answering: NULL
    span_bounds = ("start_at", "end_at")  # a Span's moments; ("start", "end") for a date field

    def tallies(self, spans, *, tag):
        """One row per (period, language, section, who answered) with answers: `period` is the
        index into `spans` (contiguous, in date order) and `tag` is carried through to tell rows
        apart."""
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
                answered_by=(
                    F(self.respondent_field)
                    if self.respondent_field
                    else Value(None, output_field=models.CharField())
                ),
            )
            .values(*TALLY_KEYS)
            .annotate(**self.tally_columns())
            .order_by()
        )
