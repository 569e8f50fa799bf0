"""Family feedback: page ratings, satisfaction surveys and the outcome indicators built on them.

Import models from `feedback.models`; the modules below split them by concern, and "You said,
we did" keeps its models in its own room (`feedback.you_said_we_did.models`), imported here so
they stay in the feedback app (same app label, same tables).
"""

from feedback.board.models import Priority, PriorityNarrative
from feedback.service_measures.models import MeasureFigure, ServiceMeasure
from feedback.tallying.models import PageRatingTally, QuestionAnswerTally
from feedback.you_said_we_did.models import (
    YouSaidWeDidChangedPage,
    YouSaidWeDidEntry,
    YouSaidWeDidPage,
)

from .indicators import OutcomeIndicator
from .page_feedback import FeedbackStatus, PageFeedback
from .surveys import SurveyAnswer, SurveyContact, SurveyPage, SurveyQuestion, SurveyResponse

__all__ = [
    "FeedbackStatus",
    "MeasureFigure",
    "OutcomeIndicator",
    "PageFeedback",
    "PageRatingTally",
    "Priority",
    "PriorityNarrative",
    "QuestionAnswerTally",
    "ServiceMeasure",
    "SurveyAnswer",
    "SurveyContact",
    "SurveyPage",
    "SurveyQuestion",
    "SurveyResponse",
    "YouSaidWeDidChangedPage",
    "YouSaidWeDidEntry",
    "YouSaidWeDidPage",
]
