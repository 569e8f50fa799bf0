import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from feedback.bulk_actions import SetFeedbackStatusBulkAction
from feedback.models import PageFeedback, SurveyContact
from feedback.viewsets import FamilyFeedbackGroup, FamilyRecordsPolicy
from feedback.you_said_we_did.bulk_actions import GroupIntoEntryBulkAction
from feedback.you_said_we_did.viewsets import YouSaidWeDidGroup

# Families create feedback and contact details on the site; in the admin they are only read,
# triaged and deleted. Registered before the viewsets, which would register a default policy.
register_permission_policy(PageFeedback, FamilyRecordsPolicy(PageFeedback), exact_class=True)
register_permission_policy(
    SurveyContact,
    FamilyRecordsPolicy(SurveyContact, denied_actions=("add", "change")),
    exact_class=True,
)


register_snippet(FamilyFeedbackGroup)
register_snippet(YouSaidWeDidGroup)
hooks.register("register_bulk_action", SetFeedbackStatusBulkAction)
hooks.register("register_bulk_action", GroupIntoEntryBulkAction)


@hooks.register("content_review_feedback_flags")
def pages_rated_poorly(last_reviewed, threshold):
    """Content review asks which pages families' ratings say need reviewing sooner."""
    return PageFeedback.objects.rated_poorly(
        last_reviewed,
        since=timezone.now() - datetime.timedelta(days=threshold["days"]),
        min_ratings=threshold["min_ratings"],
        min_positive_percent=threshold["min_positive_percent"],
    )
