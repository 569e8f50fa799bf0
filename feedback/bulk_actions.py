import uuid

from django import forms
from django.db import transaction
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, log
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from feedback.models import FeedbackStatus, PageFeedback
from feedback.tallying.counting import page_feedback_changed

SET_STATUS = "feedback.set_status"


def register_log_actions(actions):
    """Called by the `register_log_actions` hook: how a status change reads in the history."""

    @actions.register_action(SET_STATUS)
    class SetStatusFormatter(LogFormatter):
        label = _("Mark as…")

        def format_message(self, log_entry):
            return _("Marked “%(status)s”") % {
                "status": FeedbackStatus(log_entry.data["status"]).label
            }


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Mark as"), choices=FeedbackStatus.choices, widget=forms.RadioSelect
    )


class SetFeedbackStatusBulkAction(SnippetBulkAction):
    """Mark several comments in the inbox at once: read, needs action, not actionable, or
    abusive or spam (left out of results)."""

    display_name = _("Mark as…")
    action_type = "set_feedback_status"
    aria_label = _("Set the status of the selected feedback")
    template_name = "feedback/admin/confirm_bulk_set_status.html"
    action_priority = 10
    form_class = StatusForm

    @classproperty
    def models(cls):
        return [PageFeedback]

    def check_perm(self, feedback):
        return self.permission_policy.user_has_permission(self.request.user, "change")

    def get_execution_context(self):
        return {"status": self.cleaned_form.cleaned_data["status"], "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, status=None, user=None, **kwargs):
        """Set the status of each, and log each change in that feedback's own history (each
        entry with its own id: the history shows one entry per id)."""
        with transaction.atomic():
            updated = PageFeedback.objects.filter(pk__in=[obj.pk for obj in objects]).update(
                status=status
            )
            for feedback in objects:
                log(feedback, SET_STATUS, user=user, data={"status": status}, uuid=uuid.uuid4())
            page_feedback_changed(objects)  # spam in or out of results
        return updated, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d piece of feedback marked “%(status)s”.",
            "%(count)d pieces of feedback marked “%(status)s”.",
            num_parent_objects,
        ) % {
            "count": num_parent_objects,
            "status": FeedbackStatus(self.cleaned_form.cleaned_data["status"]).label,
        }
