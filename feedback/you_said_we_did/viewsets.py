"""The "You said, we did" admin menu for leads: the entries (snippets with drafts, moderation,
locking, previews and translations) and the report with its quarterly Board summary."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from feedback.models import YouSaidWeDidEntry
from localoffer.reports import ReportViewSet
from localoffer.security.admin_access import PermissionCheckedSnippetViewSet

from . import reports
from .filters import EntryFilterSet
from .forms import YouSaidWeDidEntryForm


class YouSaidWeDidEntryViewSet(PermissionCheckedSnippetViewSet):
    model = YouSaidWeDidEntry
    icon = "tick-inverse"
    menu_label = _("Entries")
    url_prefix = "you-said-we-did/entries"
    list_display = ["title", "topic", "status", "received_on", "resolved_on"]
    filterset_class = EntryFilterSet
    search_fields = ["title", "you_said", "we_did"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("title"), FieldPanel("topic"), FieldPanel("you_said")],
                heading=_("What families said"),
            ),
            MultiFieldPanel(
                [FieldPanel("approved_quotation"), FieldPanel("quotation_approved")],
                heading=_("A family's words (optional)"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("we_did"),
                    FieldRowPanel([FieldPanel("received_on"), FieldPanel("resolved_on")]),
                ],
                heading=_("What we did"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel(
                        "comments",
                        widget=forms.CheckboxSelectMultiple,
                        help_text=_(
                            "Add comments from the comments inbox, with its “Group into…” "
                            "action. Untick a comment here to unlink it."
                        ),
                    ),
                    FieldPanel("survey_questions", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("What it answers (never shown in public)"),
            ),
            InlinePanel("changed_pages", heading=_("Pages we changed"), label=_("Page")),
        ],
        base_form_class=YouSaidWeDidEntryForm,
    )

    def get_queryset(self, request):
        return YouSaidWeDidEntry.objects.select_related("locale")


class YouSaidWeDidReportViewSet(ReportViewSet):
    name = "you_said_we_did_report"
    url_prefix = "you-said-we-did/report"
    icon = "table"
    menu_label = _("Report")
    menu_name = name
    menu_hook = None  # in the "You said, we did" menu
    model = YouSaidWeDidEntry

    def get_urlpatterns(self):
        return [
            *self.listing(reports.EntryReportView, "report"),
            path("board-summary/", reports.BoardSummaryView.as_view(), name="board_summary"),
        ]


class YouSaidWeDidGroup(SnippetViewSetGroup):
    menu_label = _("You said, we did")
    menu_icon = "tick-inverse"
    menu_order = 260
    items = (YouSaidWeDidEntryViewSet, YouSaidWeDidReportViewSet)
