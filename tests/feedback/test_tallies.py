"""The daily tallies reports read are always what a count of the raw rows gives: after families'
answers arrive (some scored as spam, survey answers from each kind of respondent), leads mark
comments spam or back, delete them one at a time or many at once, and the retention purge
removes comment text."""

import datetime
import io
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.bulk_actions import SetFeedbackStatusBulkAction
from feedback.models import (
    FeedbackStatus,
    PageFeedback,
    PageRatingTally,
    QuestionAnswerTally,
    SurveyAnswer,
    SurveyResponse,
)
from feedback.questions import Respondent
from feedback.ratings import POSITIVE_FROM
from localoffer import calendar
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
START = datetime.datetime(2025, 3, 28, 23, 30, tzinfo=LONDON)  # over a change to summer time

add = st.tuples(
    st.just("add"),
    st.integers(0, 2),  # page
    st.integers(1, 5),  # rating
    st.sampled_from(["", "Too long.", "Buy now at http://spam.example http://x.example"]),
    st.integers(0, 40 * 24),  # hours after START
)
mark = st.tuples(st.just("mark"), st.integers(0, 50), st.sampled_from(list(FeedbackStatus.values)))
mark_many = st.tuples(st.just("mark_many"), st.integers(0, 50), st.sampled_from(["spam", "read"]))
delete = st.tuples(st.just("delete"), st.integers(0, 50))
purge = st.tuples(st.just("purge"), st.integers(1, 40))
answer = st.tuples(
    st.just("answer"),
    st.sampled_from(["1", "4", "5"]),
    st.integers(0, 40 * 24),
    st.sampled_from(["", *Respondent.values]),  # "": the survey did not ask
)
operations = st.lists(st.one_of(add, mark, mark_many, delete, purge, answer), max_size=15)


def raw_page_counts():
    counts = Counter()
    for row in PageFeedback.objects.counted():
        key = (calendar.date_of(row.created_at), row.page_id, row.locale_id)
        counts[(*key, "responses")] += 1
        counts[(*key, "positive")] += row.rating >= POSITIVE_FROM
        counts[(*key, "scored")] += 1
        counts[(*key, "score_total")] += row.rating
        counts[(*key, "comments")] += bool(row.comment)
    return +counts


def tallied_page_counts():
    counts = Counter()
    for tally in PageRatingTally.objects.all():
        key = (tally.day, tally.page_id, tally.locale_id)
        for name in ("responses", "positive", "scored", "score_total", "comments"):
            counts[(*key, name)] += getattr(tally, name)
    return +counts


def raw_answer_counts():
    counts = Counter()
    for row in SurveyAnswer.objects.select_related("response"):
        key = (
            calendar.date_of(row.response.submitted_at),
            row.question_id,
            row.response.respondent,
        )
        counts[(*key, "responses")] += row.positive is not None
        counts[(*key, "positive")] += bool(row.positive)
        counts[(*key, "score_total")] += row.score or 0
    return +counts


def tallied_answer_counts():
    counts = Counter()
    for tally in QuestionAnswerTally.objects.all():
        for name in ("responses", "positive", "score_total"):
            counts[(tally.day, tally.question_id, tally.respondent, name)] += getattr(tally, name)
    return +counts


def run(operation, pages, survey):
    kind, *args = operation
    rows = list(PageFeedback.objects.order_by("pk"))
    if kind == "add":
        page, rating, comment, hours = args
        with time_machine.travel(START + datetime.timedelta(hours=hours), tick=False):
            PageFeedback.objects.record(page=pages[page], rating=rating, comment=comment)
    elif kind == "answer":
        value, hours, respondent = args
        question = survey.questions.get(question_type="rating")
        with time_machine.travel(START + datetime.timedelta(hours=hours), tick=False):
            SurveyResponse.objects.record(survey, {question: value}, respondent=respondent)
    elif kind == "mark" and rows:
        row = rows[args[0] % len(rows)]
        row.status = args[1]
        row.save()
    elif kind == "mark_many" and rows:
        chosen = rows[args[0] % len(rows) :: 2]
        SetFeedbackStatusBulkAction.execute_action(chosen, status=args[1])
    elif kind == "delete" and rows:
        rows[args[0] % len(rows)].delete()
    elif kind == "purge":
        with time_machine.travel(START + datetime.timedelta(days=45), tick=False):
            call_command("purge_feedback", older_than_days=args[0], stdout=io.StringIO())


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=operations)
def test_tallies_equal_a_count_of_the_raw_rows(home_page, survey, operations):
    rollback = transaction.savepoint()
    try:
        pages = [StandardPageFactory(parent=home_page, title=f"Page {n}") for n in range(3)]
        for operation in operations:
            run(operation, pages, survey)
        assert tallied_page_counts() == raw_page_counts()
        assert tallied_answer_counts() == raw_answer_counts()
    finally:
        transaction.savepoint_rollback(rollback)


def test_a_comment_set_aside_as_spam_on_arrival_is_not_counted(guidance_page):
    PageFeedback.objects.record(page=guidance_page, rating=5, comment="")
    PageFeedback.objects.record(
        page=guidance_page, rating=5, comment="Cheap pills http://a.example http://b.example"
    )
    (tally,) = PageRatingTally.objects.all()
    assert (tally.responses, tally.comments) == (1, 0)
