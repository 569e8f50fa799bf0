"""The rules behind "You said, we did", in one place each: what each status needs, quotations,
summaries in a lead's own words, days to done and their median, and unanswered comments."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from feedback.models import FeedbackStatus, PageFeedback, YouSaidWeDidEntry
from feedback.ratings import Rating
from feedback.you_said_we_did.choices import EntryStatus
from feedback.you_said_we_did.models import (
    first_heard_on,
    median_or_none,
    repeats_a_comment,
)
from tests.feedback.factories import PageFeedbackFactory
from tests.you_said_we_did.conftest import LONDON, RAW_COMMENT
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 6, 16)


@pytest.fixture(autouse=True)
def _mid_june_2025():
    with time_machine.travel(datetime.datetime(2025, 6, 16, 12, tzinfo=LONDON), tick=False):
        yield


def entry(**fields):
    defaults = {
        "title": "Transport",
        "topic": "transport",
        "you_said": "You could not find who to ask about transport.",
        "received_on": datetime.date(2025, 5, 1),
    }
    return YouSaidWeDidEntry(**{**defaults, **fields})


def errors(entry):
    with pytest.raises(ValidationError) as raised:
        entry.full_clean()
    return raised.value.message_dict


# Status rules --------------------------------------------------------------------------------


def test_not_possible_needs_a_reason():
    assert errors(entry(status=EntryStatus.NOT_POSSIBLE)) == {
        "we_did": ["Say why we cannot do this."]
    }


def test_done_needs_what_we_did():
    assert errors(entry(status=EntryStatus.DONE)) == {"we_did": ["Say what we did."]}


@pytest.mark.parametrize("status", [EntryStatus.DONE, EntryStatus.NOT_POSSIBLE])
def test_closing_an_entry_dates_it_today_unless_given(status):
    closed = entry(status=status, we_did="We wrote a new page.")
    closed.full_clean()
    assert closed.resolved_on == TODAY

    given = entry(status=status, we_did="Done.", resolved_on=datetime.date(2025, 6, 1))
    given.full_clean()
    assert given.resolved_on == datetime.date(2025, 6, 1)


@pytest.mark.parametrize("status", [EntryStatus.RECEIVED, EntryStatus.IN_PROGRESS])
def test_an_open_entry_has_no_resolved_date(status):
    open_entry = entry(status=status, resolved_on=datetime.date(2025, 6, 1))
    assert list(errors(open_entry)) == ["resolved_on"]
    entry(status=status).full_clean()  # and needs no answer yet


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"received_on": datetime.date(2025, 6, 17)}, "received_on"),
        (
            {"status": "done", "we_did": "Done.", "resolved_on": datetime.date(2025, 6, 17)},
            "resolved_on",
        ),
        (
            {"status": "done", "we_did": "Done.", "resolved_on": datetime.date(2025, 4, 30)},
            "resolved_on",
        ),
    ],
)
def test_dates_are_not_in_the_future_or_out_of_order(fields, field):
    assert list(errors(entry(**fields))) == [field]


# Quotations and summaries --------------------------------------------------------------------


def test_a_quotation_loses_personal_details_when_saved():
    quoted = EntryFactory(approved_quotation="Ring me on 07700 900123 or mail a@b.example")
    quoted.refresh_from_db()
    assert quoted.approved_quotation == "Ring me on [phone number removed] or mail [email removed]"


def test_a_quotation_is_public_only_once_approved():
    assert EntryFactory(approved_quotation="Too many words.").public_quotation == ""
    approved = EntryFactory(approved_quotation="Too many words.", quotation_approved=True)
    assert approved.public_quotation == "Too many words."


def test_approving_needs_a_quotation():
    assert list(errors(entry(quotation_approved=True))) == ["approved_quotation"]


def test_a_summary_must_not_repeat_a_comment_word_for_word():
    comments = [PageFeedback(comment=RAW_COMMENT), PageFeedback(comment="Thanks")]
    assert repeats_a_comment(f"Families said: {RAW_COMMENT.upper()}  .", comments)
    assert repeats_a_comment(RAW_COMMENT.replace(" ", "\n  "), comments)
    assert not repeats_a_comment("A form kept crashing and we did not call back.", comments)
    # Short comments are everyday words a summary may use by chance.
    assert not repeats_a_comment("Thanks for telling us.", comments)


# Days to done and their median -----------------------------------------------------------------


def test_we_first_heard_on_the_received_date_or_the_first_comment_if_sooner():
    received = datetime.date(2025, 3, 10)
    assert first_heard_on(received, None) == received
    # 23:30 on 9 March in UTC is still 9 March in London (GMT in March).
    comment_at = datetime.datetime(2025, 3, 9, 23, 30, tzinfo=datetime.UTC)
    assert first_heard_on(received, comment_at) == datetime.date(2025, 3, 9)
    # 23:30 UTC on 31 May is 00:30 on 1 June in London (BST).
    late = datetime.datetime(2025, 5, 31, 23, 30, tzinfo=datetime.UTC)
    assert first_heard_on(datetime.date(2025, 6, 5), late) == datetime.date(2025, 6, 1)
    assert first_heard_on(datetime.date(2025, 5, 20), late) == datetime.date(2025, 5, 20)


@pytest.mark.parametrize(
    ("values", "median"),
    [([], None), ([7], 7), ([30, 2, 9], 9), ([4, 10, 1, 21], 7), ([3, 4], 3.5)],
)
def test_median(values, median):
    assert median_or_none(values) == median


def test_days_to_done_count_from_the_first_linked_comment(guidance_page):
    early = PageFeedbackFactory(
        page=guidance_page,
        comment="One",
        created_at=datetime.datetime(2025, 1, 1, 10, tzinfo=LONDON),
    )
    late = PageFeedbackFactory(
        page=guidance_page,
        comment="Two",
        created_at=datetime.datetime(2025, 1, 20, 10, tzinfo=LONDON),
    )
    received, done_on = datetime.date(2025, 1, 10), datetime.date(2025, 1, 31)
    EntryFactory(received_on=received, resolved_on=done_on, comments=[late, early])  # 30 days
    EntryFactory(received_on=received, resolved_on=done_on)  # no comments: 21 days
    EntryFactory(received_on=received, resolved_on=done_on, comments=[late])  # 21 days
    EntryFactory(received_on=received, status="in_progress", comments=[early])  # not done
    EntryFactory(received_on=received, status="not_possible", resolved_on=done_on)  # not done

    assert sorted(YouSaidWeDidEntry.objects.days_to_done()) == [21, 21, 30]
    assert YouSaidWeDidEntry.objects.median_days_to_done() == 21
    assert YouSaidWeDidEntry.objects.filter(status="received").median_days_to_done() is None


def test_days_to_done_take_one_query(django_assert_num_queries):
    for _ in range(5):
        EntryFactory()
    with django_assert_num_queries(1):
        assert YouSaidWeDidEntry.objects.median_days_to_done() == 10


def test_counts_by_status_lists_every_status():
    EntryFactory(status="done")
    EntryFactory(status="done")
    EntryFactory(status="received")
    assert YouSaidWeDidEntry.objects.counts_by_status() == {
        EntryStatus.RECEIVED: 1,
        EntryStatus.IN_PROGRESS: 0,
        EntryStatus.DONE: 2,
        EntryStatus.NOT_POSSIBLE: 0,
    }


# Unanswered comments ---------------------------------------------------------------------------

NOW = datetime.datetime(2025, 6, 16, 12, tzinfo=LONDON)
THIRTY_DAYS_AGO = NOW - datetime.timedelta(days=30)
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture
def comment(guidance_page):
    def make(created_at, text="Please explain EHCP.", status=FeedbackStatus.UNREAD):
        return PageFeedbackFactory(
            page=guidance_page,
            rating=Rating.POOR,  # needs action, so it can be unanswered
            comment=text,
            status=status,
            created_at=created_at,
        )

    return make


def test_a_comment_is_unanswered_once_older_than_30_days(comment):
    older = comment(THIRTY_DAYS_AGO - SECOND)
    exactly = comment(THIRTY_DAYS_AGO)
    comment(THIRTY_DAYS_AGO + SECOND)

    assert list(PageFeedback.objects.unanswered()) == [older]
    assert exactly not in PageFeedback.objects.unanswered()
    # A second later, the comment sent exactly 30 days ago is older than 30 days.
    assert exactly in PageFeedback.objects.unanswered(now=NOW + SECOND)


def test_only_answerable_comments_can_be_unanswered(comment):
    old = THIRTY_DAYS_AGO - datetime.timedelta(days=1)
    answerable = [
        comment(old, status=FeedbackStatus.UNREAD),
        comment(old, status=FeedbackStatus.READ),
        comment(old, status=FeedbackStatus.NEEDS_ACTION),
    ]
    comment(old, status=FeedbackStatus.NOT_ACTIONABLE)
    comment(old, status=FeedbackStatus.EXCLUDED)
    comment(old, text="", status="")  # a rating without a comment

    assert set(PageFeedback.objects.unanswered()) == set(answerable)


def test_a_comment_linked_to_any_entry_is_answered(comment):
    old = THIRTY_DAYS_AGO - datetime.timedelta(days=1)
    in_published, in_draft, alone = comment(old), comment(old), comment(old)
    EntryFactory(comments=[in_published])
    EntryFactory(comments=[in_draft], publish=False)

    assert list(PageFeedback.objects.unanswered()) == [alone]
