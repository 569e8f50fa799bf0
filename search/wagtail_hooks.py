from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from search.viewsets import SearchInsightsViewSet, SynonymGroupViewSet

register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_viewset")
def register_search_insights():
    return SearchInsightsViewSet()


@hooks.register("register_permissions")
def search_insights_permission():
    """So that administrators can give other groups the report, in the groups editor."""
    return Permission.objects.filter(
        content_type__app_label="search", codename="view_searchtermcount"
    )
