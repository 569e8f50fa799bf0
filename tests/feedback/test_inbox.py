"""The comments inbox starts where the work is: comments first, "unanswered" means comments that
need action, spam is set aside on arrival (and a lead can bring it back), and the indicator form
offers each survey question once."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from feedback.models import FeedbackStatus, PageFeedback
from feedback.ratings import Rating
from feedback.spam_scoring import is_spam, spam_score
from tests.feedback.factories import PageFeedbackFactory

pytestmark = pytest.mark.django_db

INBOX = reverse("wagtailsnippets_feedback_pagefeedback:list")
BOARD_SUMMARY = reverse("you_said_we_did_report:board_summary")
SET_STATUS = reverse(
    "wagtail_bulk_action", args=["feedback", "pagefeedback", "set_feedback_status"]
)


@pytest.fixture
def lead_client(client, lead):
    client.force_login(lead)
    return client


def listed(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [cell.get_text(strip=True) for cell in html.select("tbody tr td.title .title-wrapper")]


def comment(page, text, rating=Rating.POOR, days_ago=0, **kwargs):
    return PageFeedbackFactory(
        page=page,
        rating=rating,
        comment=text,
        status=kwargs.pop("status", FeedbackStatus.UNREAD),
        created_at=timezone.now() - datetime.timedelta(days=days_ago),
        **kwargs,
    )


# The inbox opens on comments ---------------------------------------------------------------------


def test_the_inbox_opens_on_comments_and_ratings_alone_are_one_filter_away(
    lead_client, guidance_page
):
    comment(guidance_page, "The phone number is wrong.")
    comment(guidance_page, "Buy cheap pills", status=FeedbackStatus.SPAM)
    PageFeedbackFactory(page=guidance_page, rating=Rating.VERY_GOOD)

    assert listed(lead_client.get(INBOX)) == ["The phone number is wrong."]
    assert listed(lead_client.get(INBOX, {"show": "ratings"})) == ["Very good"]
    assert sorted(listed(lead_client.get(INBOX, {"show": "all"}))) == [
        "The phone number is wrong.",
        "Very good",
    ]
    # Spam is set aside, not lost: it is one status filter away.
    assert listed(lead_client.get(INBOX, {"status": "spam"})) == ["Buy cheap pills"]


@pytest.mark.parametrize("rows", [5, 30])
def test_the_inbox_reads_the_same_few_queries_however_many_comments(
    lead_client, guidance_page, rows, django_assert_max_num_queries
):
    for number in range(rows):
        comment(guidance_page, f"Comment {number}")
    with django_assert_max_num_queries(30):
        response = lead_client.get(INBOX)
    assert len(listed(response)) == min(rows, 20)


# "Unanswered" means comments that need action ----------------------------------------------------


def test_unanswered_is_old_comments_needing_action_with_no_entry(guidance_page):
    poor = comment(guidance_page, "Nothing about transport.", Rating.POOR, days_ago=40)
    praise = comment(guidance_page, "Very helpful, thanks.", Rating.VERY_GOOD, days_ago=40)
    flagged = comment(
        guidance_page,
        "Could you add the form?",
        Rating.GOOD,
        days_ago=40,
        status=FeedbackStatus.NEEDS_ACTION,
    )
    comment(guidance_page, "Too recent.", Rating.VERY_POOR, days_ago=2)
    comment(guidance_page, "Rude words", Rating.VERY_POOR, days_ago=40, status="excluded")
    comment(guidance_page, "casino www.x.test", Rating.VERY_POOR, days_ago=40, status="spam")
    comment(guidance_page, "Out of our hands.", Rating.POOR, days_ago=40, status="not_actionable")

    unanswered = set(PageFeedback.objects.unanswered())

    assert unanswered == {poor, flagged}
    assert praise not in PageFeedback.objects.needing_action()


def test_the_inbox_filter_and_the_board_summary_count_the_same_unanswered(
    lead_client, guidance_page
):
    comment(guidance_page, "Nothing about transport.", Rating.POOR, days_ago=40)
    comment(guidance_page, "Very helpful, thanks.", Rating.VERY_GOOD, days_ago=40)
    comment(guidance_page, "Lovely page.", Rating.GOOD, days_ago=40)

    inbox = listed(lead_client.get(INBOX, {"you_said_we_did": "unanswered"}))
    summary = BeautifulSoup(lead_client.get(BOARD_SUMMARY).content, "html.parser").get_text()

    assert inbox == ["Nothing about transport."]
    assert "Today, 1 comment has had no entry" in " ".join(summary.split())


# Spam is scored on arrival and set aside ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spam"),
    [
        ("The link to the EHC form is broken.", False),
        ("This page https://anyshire.example/ehc is out of date.", False),  # one link is fine
        ("Where can I borrow a wheelchair? Is there a loan scheme?", False),  # one spam word
        ("Sooooooo helpful!!!!!", False),  # repeated characters alone
        ("See https://a.example and https://b.example", True),  # two links
        ("Best casino bonus https://win.example", True),  # a spam word and a link
        ("CHEAP CRYPTO LOAN click here", True),  # several spam words
        ("[url=http://x.example]x[/url]", True),
    ],
)
def test_spam_scoring(text, spam):
    assert is_spam(text) is spam
    assert (spam_score(text) >= 3) is spam


def send(client, page, comment):
    return client.post(
        reverse("feedback:page_feedback", args=[page.pk]), {"rating": "1", "comment": comment}
    )


def test_spam_is_set_aside_on_arrival_and_a_lead_can_bring_it_back(client, lead, guidance_page):
    send(client, guidance_page, "Cheap crypto loans at https://win.example click here")
    send(client, guidance_page, "The phone number is wrong.")
    spam = PageFeedback.objects.get(comment__startswith="Cheap")
    real = PageFeedback.objects.get(comment__startswith="The phone")

    assert spam.status == FeedbackStatus.SPAM
    assert real.status == FeedbackStatus.UNREAD
    assert list(PageFeedback.objects.counted()) == [real]  # out of every result

    client.force_login(lead)
    response = client.post(f"{SET_STATUS}?id={spam.pk}&next={INBOX}", {"status": "unread"})

    assert response.status_code == 302
    spam.refresh_from_db()
    assert spam.status == FeedbackStatus.UNREAD
    assert spam in PageFeedback.objects.counted()
    assert spam.comment in listed(client.get(INBOX))


def test_a_rating_alone_is_never_spam(client, guidance_page):
    send(client, guidance_page, "")
    assert PageFeedback.objects.get().status == ""


# The indicator form lists each question once ----------------------------------------------------


def test_the_indicator_form_lists_each_question_once_in_the_source_language(lead_client, survey):
    polish = survey.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish.save_revision().publish()
    assert survey.questions.model.objects.count() == 8  # four questions, each in two languages

    html = BeautifulSoup(
        lead_client.get(reverse("wagtailsnippets_feedback_outcomeindicator:add")).content,
        "html.parser",
    )
    offered = {int(box["value"]) for box in html.select("input[name=survey_questions]")}

    counted = survey.questions.exclude(question_type="text")
    assert offered == set(counted.values_list("pk", flat=True))
