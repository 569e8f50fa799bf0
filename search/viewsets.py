from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from localoffer.security.admin_access import PermissionCheckedSnippetViewSet
from search.models import SynonymGroup
from search.reports import SearchInsightsView


class SynonymGroupViewSet(PermissionCheckedSnippetViewSet):
    """Beside Wagtail's "Promoted search results", in the Settings menu."""

    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    list_display = ["__str__"]
    search_fields = ["terms"]


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return SearchInsightsView.permission_policy.user_has_permission(request.user, "view")


class SearchInsightsViewSet(ViewSet):
    """The search insights report, in the Reports menu for those allowed to see it."""

    name = "search_insights"
    url_prefix = "reports/search-insights"
    icon = "search"
    menu_label = _("Search insights")
    menu_hook = "register_reports_menu_item"
    menu_item_class = InsightsMenuItem

    def get_urlpatterns(self):
        return [
            path("", SearchInsightsView.as_view(), name="index"),
            path("results/", SearchInsightsView.as_view(results_only=True), name="index_results"),
        ]
