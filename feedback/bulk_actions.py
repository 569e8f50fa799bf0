from django import forms
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from feedback.models import FeedbackStatus, PageFeedback


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
        return {"status": self.cleaned_form.cleaned_data["status"]}

    @classmethod
    def execute_action(cls, objects, status=None, **kwargs):
        updated = PageFeedback.objects.filter(pk__in=[obj.pk for obj in objects]).update(
            status=status
        )
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
