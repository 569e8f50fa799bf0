"""Pages families rate poorly are brought forward for review (content review asks through the
`content_review_feedback_flags` hook; the feedback app answers)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback.models import FeedbackStatus, PageFeedback
from localoffer.content_review.feedback_flags import requested_by_feedback
from localoffer.content_review.models import ReviewStatus
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

THRESHOLD = {"min_positive_percent": 50, "days": 90, "min_ratings": 5}


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def rate(page, ratings, days, **fields):
    PageFeedback.objects.bulk_create(
        PageFeedback(
            page=page, locale_id=page.locale_id, rating=r, created_at=days_ago(days), **fields
        )
        for r in ratings
    )


@pytest.fixture(autouse=True)
def threshold(settings):
    settings.CONTENT_REVIEW_FEEDBACK_THRESHOLD = THRESHOLD


def reviewed(*pages, days=365):
    """The pages' review statuses, last reviewed `days` ago."""
    statuses = ReviewStatus.objects.filter(page__in=pages)
    assert statuses.update(last_reviewed_at=days_ago(days)) == len(pages)
    return statuses


def test_a_poorly_rated_page_is_flagged(guidance_page, section):
    rate(guidance_page, [1, 2, 2, 3, 5], days=10)  # 1 of 5 positive
    rate(section, [5, 4, 4, 1, 2], days=10)  # 3 of 5 positive
    assert requested_by_feedback(reviewed(guidance_page, section)) == {guidance_page.pk}


def test_only_ratings_since_the_last_review_count(guidance_page):
    rate(guidance_page, [1] * 5, days=20)
    assert requested_by_feedback(reviewed(guidance_page, days=30)) == {guidance_page.pk}
    assert requested_by_feedback(reviewed(guidance_page, days=10)) == set()


def test_only_ratings_within_the_window_count(guidance_page):
    rate(guidance_page, [1] * 5, days=100)
    assert requested_by_feedback(reviewed(guidance_page)) == set()


def test_too_few_ratings_flag_nothing(guidance_page):
    rate(guidance_page, [1] * 4, days=10)
    assert requested_by_feedback(reviewed(guidance_page)) == set()


def test_exactly_the_threshold_is_not_below_it(guidance_page):
    rate(guidance_page, [5, 5, 1, 1], days=10)  # 50% positive
    rate(guidance_page, [5, 1], days=10)
    assert requested_by_feedback(reviewed(guidance_page)) == set()


def test_feedback_marked_as_spam_is_left_out(guidance_page):
    rate(guidance_page, [1] * 5, days=10, status=FeedbackStatus.EXCLUDED, comment="spam")
    assert requested_by_feedback(reviewed(guidance_page)) == set()


def test_only_the_pages_asked_about_are_flagged(guidance_page, section):
    rate(guidance_page, [1] * 5, days=10)
    assert requested_by_feedback(reviewed(section)) == set()


def test_any_number_of_pages_is_asked_about_in_one_query(guidance_page, home_page):
    pages = [StandardPageFactory(parent=home_page) for _ in range(30)]
    for page in [guidance_page, *pages[:3]]:
        rate(page, [1] * 5, days=10)
    statuses = reviewed(guidance_page, *pages)

    with CaptureQueriesContext(connection) as queries:
        flagged = requested_by_feedback(statuses)

    assert flagged == {guidance_page.pk, *(page.pk for page in pages[:3])}
    assert len(queries) == 1
