"""Demo feedback for Anyshire: a year of "Was this page helpful?" answers on every guidance page,
a satisfaction survey with a year of answers, and outcome indicators for three strategy
priorities, so that every indicator has a trend to show.

The survey page's words are in `pages/`; comments, free-text answers and indicators in
`feedback.yaml`. Everything is generated from a fixed seed, so each `load_demo` on an empty
database gives the same numbers; it is added only once (if there is no feedback yet) and
backdated month by month.
"""

import datetime
import random
from functools import cache
from pathlib import Path

from django.utils import timezone

from feedback.models import (
    FeedbackStatus,
    OutcomeIndicator,
    PageFeedback,
    Priority,
    SurveyAnswer,
    SurveyResponse,
)
from feedback.questions import NO, YES, QuestionType, Respondent
from feedback.ratings import Rating
from feedback.tallying import counting as tallies
from home.models import StandardPage
from localoffer import calendar
from localoffer.calendar import Period, recent_spans
from localoffer.demo.pages import read
from localoffer.privacy import redact

SEED = 2014  # the year of the Children and Families Act
# Who answers the survey, and how often each service is ticked among those used: mostly parents
# and carers, the website used by most, the smaller services by fewer.
RESPONDENTS = {
    Respondent.PARENT_CARER: 70,
    Respondent.YOUNG_PERSON: 8,
    Respondent.PROFESSIONAL: 17,
    Respondent.NOT_SAID: 5,
}
TICK_CHANCES = [0.8, 0.35, 0.25, 0.2, 0.15]
MONTHS = 12
COMMENT_SHARE = 0.2
BATCH_SIZE = 1000

HERE = Path(__file__).resolve().parent
SURVEY_SLUG = "tell-us-what-you-think"


@cache
def words():
    """The demo's feedback comments, free-text survey answers and indicators (feedback.yaml)."""
    return read(HERE / "feedback.yaml")


def load(demo):
    home = demo.home
    survey = _survey(demo)
    if not PageFeedback.objects.exists():
        rng = random.Random(SEED)
        _page_ratings(rng, home)
        # Who answered and what they ticked from a second stream, so that every other number
        # stays as it was before the survey asked them.
        _survey_answers(rng, random.Random(SEED + 1), survey)
        tallies.rebuild()  # the answers were added in bulk
    _indicators(home, survey)


def _survey(demo):
    opened = {"opens_on": calendar.today() - datetime.timedelta(days=MONTHS * 31)}
    pages = demo.pages(HERE / "pages", extra_fields={SURVEY_SLUG: opened})
    return pages[SURVEY_SLUG]


def _months():
    return recent_spans(Period.MONTH, calendar.today(), MONTHS)


def _moments(rng, month, count):
    """`count` random moments in `month`, none of them in the future."""
    end = min(month.end_at, timezone.now())
    seconds = int((end - month.start_at).total_seconds())
    return [
        month.start_at + datetime.timedelta(seconds=rng.randrange(seconds)) for _ in range(count)
    ]


def _chance_of_positive(base, month_index):
    # Families become more positive through the year as the pages improve.
    return min(0.95, base + 0.2 * month_index / (MONTHS - 1))


def _rating(rng, chance_of_positive):
    if rng.random() < chance_of_positive:
        return rng.choice([Rating.GOOD, Rating.GOOD, Rating.VERY_GOOD])
    return rng.choice([Rating.VERY_POOR, Rating.POOR, Rating.POOR, Rating.NEITHER, Rating.NEITHER])


def _comment(rng, rating):
    if rng.random() > COMMENT_SHARE:
        return ""
    comments = words()["comments"]
    if rating >= Rating.GOOD:
        return rng.choice(comments["positive"])
    return rng.choice(comments["negative" if rating <= Rating.POOR else "mixed"])


def _status(rng, comment, month_index):
    if not comment:
        return ""
    if month_index >= MONTHS - 2:  # the last two months are not triaged yet
        return FeedbackStatus.UNREAD
    return rng.choice(
        [
            FeedbackStatus.READ,
            FeedbackStatus.READ,
            FeedbackStatus.NEEDS_ACTION,
            FeedbackStatus.NOT_ACTIONABLE,
        ]
    )


def _page_ratings(rng, home):
    pages = list(StandardPage.objects.live().descendant_of(home).order_by("path"))
    feedback = []
    for page in pages:
        base = rng.uniform(0.4, 0.65)
        volume = rng.randint(3, 12)
        for index, month in enumerate(_months()):
            count = max(0, volume + rng.randint(-2, 2))
            for moment in _moments(rng, month, count):
                rating = _rating(rng, _chance_of_positive(base, index))
                comment = redact(_comment(rng, rating))
                feedback.append(
                    PageFeedback(
                        page=page,
                        locale_id=page.locale_id,
                        rating=rating,
                        comment=comment,
                        status=_status(rng, comment, index),
                        created_at=moment,
                    )
                )
    PageFeedback.objects.bulk_create(feedback, batch_size=BATCH_SIZE)


def _survey_answers(rng, rng_who, survey):
    questions = list(survey.questions.all())
    responses, answers = [], []
    for index, month in enumerate(_months()):
        chance = _chance_of_positive(0.45, index)
        for moment in _moments(rng, month, rng.randint(18, 30)):
            response = SurveyResponse(
                survey=survey,
                locale_id=survey.locale_id,
                submitted_at=moment,
                respondent=rng_who.choices(list(RESPONDENTS), list(RESPONDENTS.values()))[0],
            )
            responses.append(response)
            for question in questions:
                if question.question_type == QuestionType.MULTIPLE_CHOICE:
                    value = _ticked(rng_who, question)
                else:
                    value = _survey_value(rng, question, chance)
                if value:
                    answers.extend(question.answer_rows(value, response))
    SurveyResponse.objects.bulk_create(responses, batch_size=BATCH_SIZE)
    SurveyAnswer.objects.bulk_create(answers, batch_size=BATCH_SIZE)


def _survey_value(rng, question, chance):
    if not question.required and rng.random() < 0.4:
        return ""
    if question.question_type == QuestionType.RATING:
        return str(_rating(rng, chance).value)
    if question.question_type == QuestionType.YES_NO:
        return YES if rng.random() < chance + 0.1 else NO
    if question.question_type == QuestionType.CHOICE:
        positive, other = (
            question.positive_choice_list,
            [c for c in question.choice_list if c not in question.positive_choice_list],
        )
        return rng.choice(positive if rng.random() < chance else other)
    return rng.choice(words()["survey_text_answers"])


def _ticked(rng, question):
    """The answers a family ticks; none a third of the time (the question is optional)."""
    if rng.random() < 1 / 3:
        return []
    return [
        choice
        for choice, chance in zip(question.choice_list, TICK_CHANCES, strict=True)
        if rng.random() < chance
    ]


def _indicators(home, survey):
    questions = {question.question: question for question in survey.questions.all()}
    for definition in words()["indicators"]:
        definition = dict(definition)
        question_texts = definition.pop("questions")
        definition["section"] = _section(home, definition["section"])
        definition["priority"] = Priority.objects.get_or_create(name=definition["priority"])[0]
        indicator, created = OutcomeIndicator.objects.get_or_create(
            name=definition.pop("name"), defaults=definition
        )
        if created:
            indicator.survey_questions.set([questions[text] for text in question_texts])


def _section(home, slug):
    """The part of the site an indicator's page ratings come from: none (None), the whole site
    ("") or the section with this slug."""
    if slug is None:
        return None
    return home if slug == "" else home.get_children().get(slug=slug)
