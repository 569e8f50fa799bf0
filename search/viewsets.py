from django.utils.translation import gettext_lazy as _

from localoffer.reports import ReportViewSet
from localoffer.security.admin_access import PermissionCheckedSnippetViewSet
from search.models import SearchTermCount, SynonymGroup
from search.reports import SearchInsightsView


class SynonymGroupViewSet(PermissionCheckedSnippetViewSet):
    """Beside Wagtail's "Promoted search results", in the Settings menu."""

    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    list_display = ["__str__"]
    search_fields = ["terms"]


class SearchInsightsViewSet(ReportViewSet):
    """The search insights report, in the Reports menu for those allowed to see it."""

    name = "search_insights"
    url_prefix = "reports/search-insights"
    icon = "search"
    menu_label = _("Search insights")
    model = SearchTermCount

    def get_urlpatterns(self):
        return self.listing(SearchInsightsView)
