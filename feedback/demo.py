"""Demo feedback for Anyshire: a year of "Was this page helpful?" answers on every guidance page,
a satisfaction survey with a year of answers, and outcome indicators for three strategy
priorities, so that every indicator has a trend to show.

Everything is generated from a fixed seed, so each `load_demo` on an empty database gives the
same numbers; it is added only once (if there is no feedback yet) and backdated month by month.
"""

import datetime
import random

from django.utils import timezone

from feedback.models import (
    FeedbackStatus,
    OutcomeIndicator,
    PageFeedback,
    SurveyAnswer,
    SurveyPage,
    SurveyQuestion,
    SurveyResponse,
)
from feedback.periods import Period, recent_spans
from feedback.questions import NO, YES, QuestionType
from feedback.ratings import Rating
from home.models import StandardPage
from localoffer.pages import in_order
from localoffer.privacy import redact

SEED = 2014  # the year of the Children and Families Act
MONTHS = 12
COMMENT_SHARE = 0.2
BATCH_SIZE = 1000

POSITIVE_COMMENTS = [
    "Clear and easy to follow. I knew what to do next.",
    "Seeing the 20 weeks set out step by step really helped.",
    "The SENDIASS phone number was just what I needed. Thank you.",
    "Short and to the point. I read it on my phone on the school run.",
    "It explained what a SENCO does better than anything the school gave us.",
]
MIXED_COMMENTS = [
    "Some of this helped, but I still do not know who to ask about transport.",
    "Could you add a short video for parents who find reading hard?",
    "Useful, but please say how long the waiting list is now.",
]
NEGATIVE_COMMENTS = [
    "Too many words. A checklist at the top would help.",
    "The link to the request form did not work for me.",
    "It says what should happen, not what to do when it does not happen.",
    "Please put this in Polish as well.",
    "I emailed jo.bloggs@example.com last month and heard nothing. Call me on 07700 900123.",
]

SURVEY_SLUG = "tell-us-what-you-think"
SURVEY_QUESTIONS = [
    {
        "question": "How would you rate the Local Offer website overall?",
        "question_type": QuestionType.RATING,
    },
    {
        "question": "Did you find the information you were looking for?",
        "question_type": QuestionType.YES_NO,
    },
    {
        "question": "How would you rate the EHC needs assessment process?",
        "hint": "Only if your child has an education, health and care (EHC) plan, or you "
        "asked for one.",
        "question_type": QuestionType.RATING,
        "required": False,
    },
    {
        "question": "How well does your child's school or college support their needs?",
        "question_type": QuestionType.CHOICE,
        "choices": "Very well\nQuite well\nNot very well\nNot at all well\nI do not know",
        "positive_choices": "Very well\nQuite well",
    },
    {
        "question": "What one thing would make the Local Offer better for you?",
        "question_type": QuestionType.TEXT,
        "required": False,
    },
]
SURVEY_TEXT_ANSWERS = [
    "A list of after-school clubs that welcome disabled children.",
    "Somebody to call back when I leave a message.",
    "Plainer words about EHC plans. I had to look up every other word.",
    "More about what happens after my son turns 16.",
]


def load(demo):
    home = demo.home
    survey = _survey(demo, home)
    if not PageFeedback.objects.exists():
        rng = random.Random(SEED)
        _page_ratings(rng, home)
        _survey_answers(rng, survey)
    _indicators(home, survey)


def _survey(demo, home):
    return demo.page(
        home,
        SurveyPage,
        SURVEY_SLUG,
        title="Tell us what you think of the Local Offer",
        summary="Five short questions about our website and the help your family gets.",
        intro="<p>It takes about 3 minutes. Your answers help us decide what to improve first. "
        "You do not have to give your name.</p>",
        thank_you_text="<p>We share what families tell us with the SEND Partnership Board "
        "each term, and we publish what we changed on our 'You said, we did' page.</p>",
        opens_on=timezone.localdate() - datetime.timedelta(days=MONTHS * 31),
        ask_for_contact_details=True,
        questions=in_order(SurveyQuestion(**question) for question in SURVEY_QUESTIONS),
    )


def _months():
    return recent_spans(Period.MONTH, timezone.localdate(), MONTHS)


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
    if rating >= Rating.GOOD:
        return rng.choice(POSITIVE_COMMENTS)
    return rng.choice(NEGATIVE_COMMENTS if rating <= Rating.POOR else MIXED_COMMENTS)


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


def _survey_answers(rng, survey):
    questions = list(survey.questions.all())
    responses, answers = [], []
    for index, month in enumerate(_months()):
        chance = _chance_of_positive(0.45, index)
        for moment in _moments(rng, month, rng.randint(18, 30)):
            response = SurveyResponse(
                survey=survey, locale_id=survey.locale_id, submitted_at=moment
            )
            responses.append(response)
            for question in questions:
                value = _survey_value(rng, question, chance)
                if value:
                    answers.append(question.answer(value, response))
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
    return rng.choice(SURVEY_TEXT_ANSWERS)


def _indicators(home, survey):
    questions = {question.question: question for question in survey.questions.all()}
    education = home.get_children().filter(slug="education").first()
    definitions = [
        {
            "name": "Families find the Local Offer website helpful",
            "priority": "Priority 1: Clear information for families",
            "description": "Share of 'Was this page helpful?' answers that were good or very "
            "good, across the whole site.",
            "section": home,
            "measure": "percent_positive",
            "target": 70,
            "period": Period.TERM,
            "questions": ["How would you rate the Local Offer website overall?"],
        },
        {
            "name": "Families find what they are looking for",
            "priority": "Priority 1: Clear information for families",
            "description": "Share of survey answers saying yes.",
            "section": None,
            "measure": "percent_positive",
            "target": 75,
            "period": Period.QUARTER,
            "questions": ["Did you find the information you were looking for?"],
        },
        {
            "name": "Satisfaction with the EHC needs assessment process",
            "priority": "Priority 2: Timely, good-quality EHC plans",
            "description": "Average rating, from 1 (very poor) to 5 (very good), given by "
            "families who asked for an assessment.",
            "section": None,
            "measure": "mean_score",
            "target": 3.5,
            "period": Period.TERM,
            "questions": ["How would you rate the EHC needs assessment process?"],
        },
        {
            "name": "Families rate guidance on education and schools",
            "priority": "Priority 3: SEND Pathway",
            "description": "Page ratings for the 'Education and schools' section, month by month.",
            "section": education,
            "measure": "percent_positive",
            "target": 65,
            "period": Period.MONTH,
            "questions": [],
        },
        {
            "name": "Families feel school supports their child's needs",
            "priority": "Priority 3: SEND Pathway",
            "description": "Share of families saying their child's school or college supports "
            "them very well or quite well.",
            "section": None,
            "measure": "percent_positive",
            "target": 60,
            "period": Period.TERM,
            "questions": ["How well does your child's school or college support their needs?"],
        },
    ]
    for definition in definitions:
        question_texts = definition.pop("questions")
        indicator, created = OutcomeIndicator.objects.get_or_create(
            name=definition.pop("name"), defaults=definition
        )
        if created:
            indicator.survey_questions.set([questions[text] for text in question_texts])
