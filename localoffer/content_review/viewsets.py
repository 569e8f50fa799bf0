from django.urls import path
from django.utils.translation import gettext_lazy as _

from localoffer.reports import ReportViewSet
from localoffer.security.admin_access import PermissionCheckedSnippetViewSet

from .models import Owner
from .views import HandOverView, OwnerIndexView, ReviewReportView


class OwnerViewSet(PermissionCheckedSnippetViewSet):
    model = Owner
    icon = "user"
    menu_label = _("Content owners")
    list_display = ["name", "role", "team", "email", "active"]
    list_filter = ["team", "active"]
    search_fields = ["name", "team", "email"]
    index_view_class = OwnerIndexView

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            hand_over_url_name=self.get_url_name("hand_over"), **kwargs
        )

    @property
    def hand_over_view(self):
        return self.construct_view(HandOverView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                f"hand-over/<{self.pk_path_converter}:pk>/", self.hand_over_view, name="hand_over"
            ),
        ]


class ReviewReportViewSet(ReportViewSet):
    """The content review report, in the Reports menu of every editor (leads see every page,
    others their own and their team's)."""

    name = "content_review"
    url_prefix = "reports/content-review"
    icon = "time"
    menu_label = _("Content review")

    def get_urlpatterns(self):
        return self.listing(ReviewReportView, "report")
