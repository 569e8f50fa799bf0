"""Retention: what families typed is deleted after the retention period; ratings stay."""

import datetime
import io
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from feedback.models import PageFeedback, SurveyAnswer, SurveyContact, SurveyResponse
from tests.feedback.factories import PageFeedbackFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def old_and_new(guidance_page, survey):
    PageFeedbackFactory(
        page=guidance_page, rating=2, comment="Old comment", created_at=days_ago(40)
    )
    PageFeedbackFactory(page=guidance_page, rating=5, comment="New comment", created_at=days_ago(5))
    question = survey.questions.get(question_type="text")
    for age, text in [(40, "Old answer"), (5, "New answer")]:
        response = SurveyResponse.objects.record(survey, {question: text})
        SurveyResponse.objects.filter(pk=response.pk).update(submitted_at=days_ago(age))
        SurveyContact.objects.create(
            survey=survey,
            reference=uuid.uuid4(),
            email=f"{age}@example.com",
            created_at=days_ago(age),
        )


def purge(*args):
    output = io.StringIO()
    call_command("purge_feedback", *args, stdout=output)
    return output.getvalue()


def test_text_past_the_retention_period_is_removed_and_ratings_kept(old_and_new):
    assert purge("--older-than-days", "30") == (
        "Removed 1 page comments, 1 free-text survey answers and 1 survey contact details "
        "older than 30 days.\n"
    )

    assert sorted(PageFeedback.objects.values_list("rating", "comment")) == [
        (2, ""),
        (5, "New comment"),
    ]
    assert sorted(SurveyAnswer.objects.values_list("text", flat=True)) == ["", "New answer"]
    assert list(SurveyContact.objects.values_list("email", flat=True)) == ["5@example.com"]


def test_the_default_period_is_the_setting(old_and_new, settings):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 3  # read when the command is created
    purge()
    assert not PageFeedback.objects.exclude(comment="").exists()
    assert PageFeedback.objects.count() == 2


def test_nothing_younger_than_the_default_period_is_removed(old_and_new):
    purge()  # 365 days
    assert PageFeedback.objects.exclude(comment="").count() == 2


def test_the_period_must_be_at_least_a_day():
    with pytest.raises(CommandError, match="1 or more"):
        purge("--older-than-days", "0")
