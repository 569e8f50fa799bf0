"""Factories for feedback tests: page ratings, surveys with questions, outcome indicators."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from feedback.models import (
    OutcomeIndicator,
    PageFeedback,
    Priority,
    SurveyPage,
    SurveyQuestion,
)
from feedback.questions import QuestionType
from feedback.ratings import Rating
from localoffer.calendar import Period
from tests.factories import PageFactory


class PageFeedbackFactory(DjangoModelFactory):
    """`PageFeedbackFactory(page=page)`: a rating on a page, in the page's language, now."""

    class Meta:
        model = PageFeedback

    rating = Rating.GOOD
    locale_id = factory.LazyAttribute(lambda feedback: feedback.page.locale_id)
    created_at = factory.LazyFunction(timezone.now)


class SurveyPageFactory(PageFactory):
    """A survey with one question of each type (override with `questions=[...]`)."""

    class Meta:
        model = SurveyPage

    title = factory.Sequence(lambda n: f"Survey {n}")
    questions = factory.LazyFunction(
        lambda: [
            SurveyQuestion(question="How would you rate our website?", question_type="rating"),
            SurveyQuestion(question="Did you find what you needed?", question_type="yes_no"),
            SurveyQuestion(
                question="How well does school support your child?",
                question_type=QuestionType.CHOICE,
                choices="Very well\nQuite well\nNot well",
                positive_choices="Very well\nQuite well",
            ),
            SurveyQuestion(
                question="What should we change?", question_type=QuestionType.TEXT, required=False
            ),
        ]
    )


class OutcomeIndicatorFactory(DjangoModelFactory):
    class Meta:
        model = OutcomeIndicator

    name = factory.Sequence(lambda n: f"Indicator {n}")
    priority = "Priority 1: Clear information for families"  # a Priority's name, or a Priority
    measure = "percent_positive"
    target = 70
    period = Period.MONTH

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("priority"), str):
            kwargs["priority"] = Priority.objects.get_or_create(name=kwargs["priority"])[0]
        return kwargs


def field(survey, text):
    """The form field name of the question of `SurveyPageFactory`'s survey starting with `text`."""
    return f"question_{survey.questions.get(question__startswith=text).pk}"


def answers(survey, **overrides):
    """A valid answer to every question of `SurveyPageFactory`'s survey, as the form posts it."""
    data = {
        field(survey, "How would you rate"): "5",
        field(survey, "Did you find"): "yes",
        field(survey, "How well does school"): "Not well",
        field(survey, "What should we change"): "Call me back on 07700 900123",
    }
    return {**data, **overrides}
