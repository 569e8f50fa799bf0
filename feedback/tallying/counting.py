"""Keeping the daily tallies equal to the raw rows.

A tally is never added to or taken from: whenever answers on some days change (a new answer, a
comment marked spam or back, a comment removed by the retention purge, a deletion), the tallies
of those days and pages are counted again from the raw rows, in the same transaction. So a
tally is always what a count of the raw rows would give (a property test checks this), and
`rebuild()` puts everything right after rows were added in bulk (the demo, benchmarks)."""

import datetime

from django.db import transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncDate

from feedback.models import PageFeedback, SurveyAnswer
from feedback.models.page_feedback import POSITIVE
from feedback.tallying.models import PageRatingTally, QuestionAnswerTally
from localoffer import calendar

BATCH_SIZE = 2000


def page_feedback_changed(feedback):
    """After PageFeedback rows were added, changed or deleted: count their days again."""
    keys = {(calendar.date_of(f.created_at), f.page_id) for f in feedback}
    for day in {day for day, _page in keys}:
        pages = {page for key_day, page in keys if key_day == day}
        _recount_pages(day, day + datetime.timedelta(days=1), pages)


def survey_response_changed(response):
    """After a family's survey answers were stored or deleted."""
    day = calendar.date_of(response.submitted_at)
    questions = set(response.answers.values_list("question_id", flat=True))
    _recount_questions(day, day + datetime.timedelta(days=1), questions)


def rebuild(since=None):
    """Count every tally again (from `since`, a date, if given)."""
    with transaction.atomic():
        _recount_pages(since, None, None)
        _recount_questions(since, None, None)


def _recount_pages(first_day, end_day, pages):
    rows = PageFeedback.objects.counted()
    tallies = PageRatingTally.objects.all()
    if pages is not None:
        has_page = Q(page_id__in=[p for p in pages if p is not None])
        if None in pages:
            has_page |= Q(page_id__isnull=True)
        rows, tallies = rows.filter(has_page), tallies.filter(has_page)
    rows, tallies = _within(rows, tallies, "created_at", first_day, end_day)
    counts = (
        rows.annotate(day=_local_day("created_at"))
        .values("day", "page_id", "locale_id")
        .annotate(
            responses=Count("id"),
            positive=Count("id", filter=POSITIVE),
            scored=Count("id"),
            score_total=Sum("rating"),
            comments=Count("id", filter=~Q(comment="")),
        )
        .order_by()
    )
    with transaction.atomic():
        tallies.delete()
        PageRatingTally.objects.bulk_create(
            (PageRatingTally(**row) for row in counts.iterator()), batch_size=BATCH_SIZE
        )


def _recount_questions(first_day, end_day, questions):
    rows = SurveyAnswer.objects.all()
    tallies = QuestionAnswerTally.objects.all()
    if questions is not None:
        rows = rows.filter(question_id__in=questions)
        tallies = tallies.filter(question_id__in=questions)
    rows, tallies = _within(rows, tallies, "response__submitted_at", first_day, end_day)
    counts = (
        rows.annotate(
            day=_local_day("response__submitted_at"),
            locale_id=F("response__locale_id"),
            respondent=F("response__respondent"),
        )
        .values("day", "question_id", "locale_id", "respondent")
        .annotate(**SurveyAnswer.objects.tally_columns())
        .order_by()
    )
    with transaction.atomic():
        tallies.delete()
        QuestionAnswerTally.objects.bulk_create(
            (
                QuestionAnswerTally(**{**row, "score_total": row["score_total"] or 0})
                for row in counts.iterator()
            ),
            batch_size=BATCH_SIZE,
        )


def _within(rows, tallies, time_field, first_day, end_day):
    if first_day is not None:
        rows = rows.filter(**{f"{time_field}__gte": calendar.start_of_day(first_day)})
        tallies = tallies.filter(day__gte=first_day)
    if end_day is not None:
        rows = rows.filter(**{f"{time_field}__lt": calendar.start_of_day(end_day)})
        tallies = tallies.filter(day__lt=end_day)
    return rows, tallies


def _local_day(field):
    return TruncDate(field, tzinfo=calendar.council_timezone())
