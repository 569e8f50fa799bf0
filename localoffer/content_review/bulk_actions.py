"""'Mark as reviewed — no changes needed', for one page or many.

One Wagtail page bulk action serves every way in: the checkboxes in the page listing, the page
header's menu (one page), the reminder email and the admin home panel (links naming the pages).
Its confirmation page takes a note, required for pages more than 12 months overdue, so that a
link in an email cannot rubber-stamp a long-forgotten page; nothing changes until the editor
submits it. The owner of some parts of a page (a pathway's steps) marks only those parts."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from .forms import MarkReviewedForm
from .links import MARK_REVIEWED_ACTION, mark_reviewed_url
from .models import ReviewStatus
from .reviews import mark_reviewed


class MarkReviewedBulkAction(PageBulkAction):
    display_name = _("Mark as reviewed")
    action_type = MARK_REVIEWED_ACTION
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

    def get_form_kwargs(self):
        ids = [page_id for page_id in self.request.GET.getlist("id") if page_id.isdigit()]
        long_overdue = (
            ReviewStatus.objects.filter(page_id__in=ids)
            .long_overdue()
            .order_by("page__title")
            .values_list("page__title", flat=True)
        )
        return {**super().get_form_kwargs(), "long_overdue": long_overdue}

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
