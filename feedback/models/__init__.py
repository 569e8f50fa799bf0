"""Family feedback: page ratings, satisfaction surveys and the outcome indicators built on them.

Import models from `feedback.models`; the modules below split them by concern.
"""

from feedback.board.models import Priority, PriorityNarrative
from feedback.service_measures.models import MeasureFigure, ServiceMeasure
from feedback.tallying.models import PageRatingTally, QuestionAnswerTally

from .indicators import OutcomeIndicator
from .page_feedback import FeedbackStatus, PageFeedback
from .surveys import SurveyAnswer, SurveyContact, SurveyPage, SurveyQuestion, SurveyResponse
from .you_said_we_did import YouSaidWeDidChangedPage, YouSaidWeDidEntry, YouSaidWeDidPage

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
