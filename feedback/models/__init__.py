"""Family feedback: page ratings, satisfaction surveys and the outcome indicators built on them.

Import models from `feedback.models`; the modules below split them by concern.
"""

from .indicators import OutcomeIndicator
from .page_feedback import FeedbackStatus, PageFeedback
from .surveys import SurveyAnswer, SurveyContact, SurveyPage, SurveyQuestion, SurveyResponse
from .you_said_we_did import YouSaidWeDidChangedPage, YouSaidWeDidEntry, YouSaidWeDidPage

__all__ = [
    "FeedbackStatus",
    "OutcomeIndicator",
    "PageFeedback",
    "SurveyAnswer",
    "SurveyContact",
    "SurveyPage",
    "SurveyQuestion",
    "SurveyResponse",
    "YouSaidWeDidChangedPage",
    "YouSaidWeDidEntry",
    "YouSaidWeDidPage",
]
