"""'Mark as reviewed — no changes needed', for one page or many.

One Wagtail page bulk action serves every way in: the checkboxes in the page listing, the page
header's menu (one page), the reminder email and the admin home panel (links naming the pages).
Its confirmation page takes an optional note; nothing changes until the editor submits it."""

from django.http import Http404
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from .forms import MarkReviewedForm
from .reviews import mark_reviewed


class MarkReviewedBulkAction(PageBulkAction):
    display_name = _("Mark as reviewed")
    action_type = "mark_reviewed"
    aria_label = _("Mark selected pages as reviewed, with no changes needed")
    template_name = "content_review/confirm_mark_reviewed.html"
    form_class = MarkReviewedForm
    action_priority = 55

    @classmethod
    def get_queryset(cls, model, object_ids):
        # A hand-edited link with a non-numeric id is a bad link, not a server error.
        if not all(str(object_id).isdigit() for object_id in object_ids):
            raise Http404("Page ids must be numbers.")
        return super().get_queryset(model, object_ids)

    def check_perm(self, page):
        return page.live and page.permissions_for_user(self.request.user).can_edit()

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "note": self.cleaned_form.cleaned_data["note"],
        }

    @classmethod
    def execute_action(cls, objects, user=None, note="", **kwargs):
        return mark_reviewed(objects, user=user, note=note), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d page marked as reviewed",
            "%(count)d pages marked as reviewed",
            num_parent_objects,
        ) % {"count": num_parent_objects}


def mark_reviewed_url(page_ids, next_url=None):
    """The admin path of the confirmation page for marking these pages as reviewed."""
    params = [("id", page_id) for page_id in page_ids]
    if next_url:
        params.append(("next", next_url))
    path = reverse(
        "wagtail_bulk_action", args=("wagtailcore", "page", MarkReviewedBulkAction.action_type)
    )
    return f"{path}?{urlencode(params)}"


class MarkReviewedMenuItem(PageMenuItem):
    """'Mark as reviewed' in a page's header menu."""

    label = _("Mark as reviewed")
    icon_name = "tick"
    priority = 62

    @property
    def url(self):
        return mark_reviewed_url([self.page.pk], next_url=self.next_url)

    def is_shown(self, user):
        return self.page.live and self.page.permissions_for_user(user).can_edit()
