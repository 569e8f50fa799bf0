"""The lead's dashboard panel: indicators off track, new comments needing action and comments
unanswered for too long, each linking to where the work is. Beside content review's bands
(order 130), for people who may see indicators and feedback (leads)."""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from feedback.indicator_results import dashboard_spans, indicator_results
from feedback.models import FeedbackStatus, OutcomeIndicator, PageFeedback
from feedback.models.page_feedback import UNANSWERED_AFTER
from localoffer import calendar

PERMISSIONS = ("feedback.view_outcomeindicator", "feedback.change_pagefeedback")
SHOWN = 5


class FamilyFeedbackPanel(Component):
    name = "family_feedback"
    template_name = "feedback/board/panel.html"
    order = 135

    def get_context_data(self, parent_context):
        indicators = OutcomeIndicator.objects.select_related(
            "section", "service_measure", "priority"
        ).prefetch_related("survey_questions")
        results = indicator_results(indicators, dashboard_spans(calendar.today()))
        off_track = [r for r in results if latest_result(r).on_track is False]
        inbox = reverse("wagtailsnippets_feedback_pagefeedback:list")
        return {
            "off_track": [(r, latest_result(r)) for r in off_track[:SHOWN]],
            "off_track_count": len(off_track),
            "indicator_count": len(results),
            "new_needing_action": PageFeedback.objects.needing_action()
            .filter(status=FeedbackStatus.UNREAD)
            .count(),
            "unanswered": PageFeedback.objects.unanswered().count(),
            "unanswered_days": UNANSWERED_AFTER.days,
            "dashboard_url": reverse("feedback_indicators:dashboard"),
            "board_report_url": reverse("feedback_indicators:board_report"),
            "new_url": f"{inbox}?{urlencode({'status': FeedbackStatus.UNREAD})}",
            "unanswered_url": f"{inbox}?{urlencode({'you_said_we_did': 'unanswered'})}",
        }


def latest_result(results):
    """The newest period with a value: a period under way often has none yet."""
    shown = [period for period in results.periods if period.value is not None]
    return shown[-1] if shown else results.latest


def homepage_panels(user):
    return [FamilyFeedbackPanel()] if user.has_perms(PERMISSIONS) else []
