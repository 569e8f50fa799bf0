from django.utils.translation import gettext_lazy as _

from feedback.board.models import Priority
from localoffer.security.admin_access import PermissionCheckedSnippetViewSet


class PriorityViewSet(PermissionCheckedSnippetViewSet):
    """The SEND strategy's priorities, the entries that answer each, and each term's narrative
    for the Board report."""

    model = Priority
    icon = "flag"
    menu_label = _("Strategy priorities")
    url_prefix = "feedback/priorities"
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    copy_view_enabled = False
