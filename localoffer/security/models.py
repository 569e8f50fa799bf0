from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class TwoPeopleApprovalTask(GroupApprovalTask):
    """Approval by a member of the chosen groups other than the person who submitted the page or
    snippet: nobody approves their own work, superusers included (two people, always)."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if _submitted_by(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups can approve, except whoever submitted it")

    class Meta:
        verbose_name = _("approval by someone else")
        verbose_name_plural = _("approvals by someone else")


def _submitted_by(obj, user):
    state = getattr(obj, "current_workflow_state", None)
    return state is not None and state.requested_by_id == user.pk
