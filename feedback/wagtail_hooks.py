import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale, Site
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from feedback.board.panels import homepage_panels
from feedback.bulk_actions import SetFeedbackStatusBulkAction, register_log_actions
from feedback.models import PageFeedback, SurveyContact, SurveyPage
from feedback.views import thanks_url
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
hooks.register("register_log_actions", register_log_actions)
hooks.register("register_bulk_action", GroupIntoEntryBulkAction)


@hooks.register("content_review_feedback_flags")
def pages_rated_poorly(statuses, threshold):
    """Content review asks which pages families' ratings say need reviewing sooner."""
    return PageFeedback.objects.rated_poorly(
        statuses,
        since=timezone.now() - datetime.timedelta(days=threshold["days"]),
        min_ratings=threshold["min_ratings"],
        min_positive_percent=threshold["min_positive_percent"],
    )


@hooks.register("content_review_ratings")
def ratings_since(page_id, since):
    """Content review's panel in the page editor shows families' ratings since the last review."""
    return PageFeedback.objects.ratings_since(page_id, since)


@hooks.register("register_accessibility_check_urls")
def thank_you_messages():
    """What families see after rating a page or answering a survey, in the active language: the
    whole-site accessibility check opens these as well as the pages themselves."""
    home = Site.objects.get(is_default_site=True).root_page.localized
    surveys = SurveyPage.objects.live().public().filter(locale=Locale.get_active())
    return [thanks_url(home), *(survey.thanks_url() for survey in surveys)]


@hooks.register("construct_homepage_panels")
def family_feedback_panel(request, panels):
    """A lead's dashboard: indicators off track and comments needing action or an answer."""
    panels.extend(homepage_panels(request.user))
