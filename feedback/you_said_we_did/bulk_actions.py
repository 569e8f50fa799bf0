from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.functional import cached_property, classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from feedback.models import PageFeedback, YouSaidWeDidEntry
from feedback.models.page_feedback import LEFT_OUT
from feedback.you_said_we_did.models import group_comments

from .forms import GroupCommentsForm


class GroupIntoEntryBulkAction(SnippetBulkAction):
    """In the comments inbox: link the selected comments to a new draft "You said, we did"
    entry, or to an existing one, then open that entry to write what families said."""

    display_name = _("Group into “You said, we did”…")
    action_type = "group_into_you_said_we_did"
    aria_label = _("Group the selected comments into a “You said, we did” entry")
    template_name = "feedback/you_said_we_did/admin/confirm_group.html"
    action_priority = 20
    form_class = GroupCommentsForm

    @classproperty
    def models(cls):
        return [PageFeedback]

    @cached_property
    def can_write_entries(self):
        entries = policy_registry.get_by_type(YouSaidWeDidEntry)
        return all(
            entries.user_has_permission(self.request.user, action) for action in ("add", "change")
        )

    def dispatch(self, request, *args, **kwargs):
        # Refused before anything is listed: the confirmation lists what families wrote.
        if not self.can_write_entries or not self.permission_policy.user_has_permission(
            request.user, "change"
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, feedback):
        """Only comments can be grouped, and not those left out of results as spam."""
        return bool(feedback.comment) and feedback.status not in LEFT_OUT

    def prepare_action(self, objects, objects_without_access):
        if not objects:
            messages.error(self.request, _("None of the selected feedback can be grouped."))
            return redirect(self.next_url)
        return None

    def get_execution_context(self):
        return {**super().get_execution_context(), **self.cleaned_form.cleaned_data}

    @classmethod
    def execute_action(cls, objects, self=None, entry=None, title="", topic="", **kwargs):
        self.entry = group_comments(
            objects, user=self.request.user, entry=entry, title=title, topic=topic
        )
        # Straight on to the entry, to write what families said and what we did.
        self.next_url = AdminURLFinder(self.request.user).get_edit_url(self.entry)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment grouped into “%(entry)s”.",
            "%(count)d comments grouped into “%(entry)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "entry": self.entry}
