from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.snippets.views.snippets import IndexView

from feedback.service_measures.models import ServiceMeasure
from feedback.service_measures.views import FiguresUploadView
from localoffer.security.admin_access import PermissionCheckedSnippetViewSet

UPLOAD_URL_NAME = "wagtailsnippets_feedback_servicemeasure:upload"


class ServiceMeasureIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(
                MenuItem(
                    _("Upload figures (CSV)"),
                    url=reverse(
                        "wagtailsnippets_feedback_servicemeasure:upload", args=[instance.pk]
                    ),
                    icon_name="upload",
                    priority=15,
                )
            )
        return buttons


class ServiceMeasureViewSet(PermissionCheckedSnippetViewSet):
    """Service measures and their figures: entered in the form, or uploaded as a CSV file."""

    model = ServiceMeasure
    icon = "table"
    menu_label = _("Service measures")
    url_prefix = "feedback/service-measures"
    index_view_class = ServiceMeasureIndexView
    list_display = ["name", "unit", "better", "period"]
    search_fields = ["name"]
    copy_view_enabled = False

    @property
    def upload_view(self):
        return FiguresUploadView.as_view(
            index_url_name=self.get_url_name("list"), edit_url_name=self.get_url_name("edit")
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("upload/<int:pk>/", self.upload_view, name="upload"),
        ]
