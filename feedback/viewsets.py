"""The "Family feedback" admin menu: the comments inbox, outcome indicators and their dashboard,
survey results and survey contact details. Shown only to people whose role has the permission
(Local Offer leads)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, SnippetViewSetGroup

from feedback import reports
from feedback.board import views as board_views
from feedback.board.viewsets import PriorityViewSet
from feedback.filters import OutcomeIndicatorFilterSet, PageFeedbackFilterSet
from feedback.models import OutcomeIndicator, PageFeedback, SurveyContact, SurveyResponse
from feedback.service_measures.viewsets import ServiceMeasureViewSet
from localoffer.reports import DatedExportMixin, ReportViewSet
from localoffer.security.admin_access import PermissionCheckedSnippetViewSet


class FamilyRecordsPolicy(ModelPermissionPolicy):
    """For what families create on the site: the admin may read it, triage it or delete it, but
    never make it up. Not even a superuser can add (or, where denied, change) these records."""

    def __init__(self, model, denied_actions=("add",)):
        super().__init__(model)
        self.denied_actions = set(denied_actions)

    def user_has_permission(self, user, action):
        return action not in self.denied_actions and super().user_has_permission(user, action)


class FeedbackInboxView(DatedExportMixin, IndexView):
    page_title = _("Comments inbox")


class PageFeedbackViewSet(PermissionCheckedSnippetViewSet):
    """The comments inbox: leads read what families said, mark each comment read, needing
    action or not actionable, and leave abusive or spam submissions out of results. It opens on
    comments (ratings alone are behind the "Show" filter), without those set aside as spam."""

    model = PageFeedback
    icon = "comment"
    menu_label = _("Comments inbox")
    url_prefix = "feedback/comments"
    index_view_class = FeedbackInboxView
    inspect_view_enabled = True
    copy_view_enabled = False
    ordering = ["-created_at"]
    filterset_class = PageFeedbackFilterSet
    list_display = [
        "__str__",
        "rating",
        Column("page", label=_("Page"), accessor="page_title"),
        "locale",
        "status",
        DateColumn("created_at", label=_("Sent")),
    ]
    list_export = [
        "created_at",
        "page_title",
        "locale",
        "rating",
        "step",
        "comment",
        "get_status_display",
    ]
    export_headings = {
        "created_at": _("Sent"),
        "page_title": _("Page"),
        "locale": _("Language"),
        "rating": _("Rating (1 = very poor, 5 = very good)"),
        "step": _("Step"),
        "comment": _("Comment"),
        "get_status_display": _("Status"),
    }
    export_filename = "family-comments"
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("rating", read_only=True),
        FieldPanel("step", read_only=True),
        FieldPanel("comment", read_only=True),
        FieldPanel("status"),
    ]

    def get_queryset(self, request):
        return PageFeedback.objects.select_related("page", "locale")


class OutcomeIndicatorViewSet(PermissionCheckedSnippetViewSet):
    model = OutcomeIndicator
    icon = "list-ul"
    menu_label = _("Outcome indicators")
    url_prefix = "feedback/indicators"
    list_display = ["name", "priority", "measure", "target", "period"]
    filterset_class = OutcomeIndicatorFilterSet
    search_fields = ["name"]

    def get_queryset(self, request):
        return OutcomeIndicator.objects.select_related("priority")


class SurveyContactViewSet(PermissionCheckedSnippetViewSet):
    """Contact details families agreed to leave, to be deleted once the follow-up is done.

    A family who asks what we hold about them (a subject access request) is found by searching
    for their name, email or phone number; the export then holds their details and nothing of
    anyone else's, and deleting them leaves their anonymous answers in the results."""

    model = SurveyContact
    icon = "mail"
    menu_label = _("Survey contacts")
    url_prefix = "feedback/contacts"
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "__str__",
        "email",
        "phone",
        "survey",
        DateColumn("created_at", label=_("Left on")),
    ]
    search_fields = ["name", "email", "phone"]
    list_export = ["name", "email", "phone", "survey", "created_at", "reference"]
    export_headings = {"survey": _("Survey"), "created_at": _("Left on")}
    export_filename = "survey-contact-details"

    def get_queryset(self, request):
        return SurveyContact.objects.select_related("survey")


class IndicatorDashboardViewSet(ReportViewSet):
    name = "feedback_indicators"
    url_prefix = "feedback/dashboard"
    icon = "table"
    menu_label = _("Indicator dashboard")
    menu_name = name
    menu_hook = None  # in the Family feedback menu
    model = OutcomeIndicator

    def get_urlpatterns(self):
        return [
            *self.listing(reports.IndicatorDashboardView, "dashboard"),
            path("board-report/", board_views.BoardReportView.as_view(), name="board_report"),
            path(
                "board-report/download.xlsx",
                board_views.BoardReportSpreadsheetView.as_view(),
                name="board_report_xlsx",
            ),
            path(
                "board-report/download.html",
                board_views.BoardReportFileView.as_view(),
                name="board_report_html",
            ),
        ]


class SurveyResultsViewSet(ReportViewSet):
    name = "feedback_surveys"
    url_prefix = "feedback/surveys"
    icon = "form"
    menu_label = _("Survey results")
    menu_name = name
    menu_hook = None  # in the Family feedback menu
    model = SurveyResponse

    def get_urlpatterns(self):
        return [
            *self.listing(reports.SurveyIndexView, "index"),
            *self.survey_listing(reports.SurveyResultsView, "", "results"),
            *self.survey_listing(reports.SurveyCommentsView, "free-text/", "comments"),
            *self.survey_listing(reports.SurveyResponsesView, "responses/", "responses"),
        ]

    def survey_listing(self, view_class, route, view_name):
        """Like `listing`, for a report on one survey: its page and its results alone."""
        results_name = f"{view_name}_results"
        urls = {
            "index_url_name": self.get_url_name(view_name),
            "index_results_url_name": self.get_url_name(results_name),
        }
        return [
            path(f"<int:pk>/{route}", view_class.as_view(**urls), name=view_name),
            path(
                f"<int:pk>/{route}results/",
                view_class.as_view(results_only=True, **urls),
                name=results_name,
            ),
        ]


class FamilyFeedbackGroup(SnippetViewSetGroup):
    menu_label = _("Family feedback")
    menu_icon = "comment"
    menu_order = 250
    items = (
        IndicatorDashboardViewSet,
        OutcomeIndicatorViewSet,
        ServiceMeasureViewSet,
        PriorityViewSet,
        PageFeedbackViewSet,
        SurveyResultsViewSet,
        SurveyContactViewSet,
    )
