"""The "Directory" admin menu: services, the organisations that run them, their locations, and
the service types and languages editors choose from."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import DateColumn
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from localoffer.security.admin_access import PermissionCheckedSnippetViewSet

from .filters import ServiceFilterSet
from .models import Language, Location, Organisation, Service, ServiceType


class ServiceViewSet(PermissionCheckedSnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = _("Services")
    url_prefix = "directory/services"
    list_display = [
        "name",
        "organisation",
        "owner",
        DateColumn("last_checked_at"),
        DateColumn("next_check_due"),
    ]
    list_export = [
        "oruk_id",
        "name",
        "organisation",
        "min_age",
        "max_age",
        "cost",
        "access",
        "owner",
        "last_checked_at",
        "next_check_due",
        "live",
    ]
    export_filename = "directory-services"
    filterset_class = ServiceFilterSet
    search_fields = ["name", "description"]
    search_backend_name = None
    copy_view_enabled = False

    def get_queryset(self, request):
        return Service.objects.select_related("organisation", "owner")


class OrganisationViewSet(PermissionCheckedSnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    url_prefix = "directory/organisations"
    list_display = ["name", "website"]
    search_fields = ["name"]
    search_backend_name = None


class LocationViewSet(PermissionCheckedSnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    url_prefix = "directory/locations"
    list_display = ["name", "town", "postcode"]
    search_fields = ["name", "town", "postcode"]
    search_backend_name = None


class ServiceTypeViewSet(PermissionCheckedSnippetViewSet):
    model = ServiceType
    icon = "tag"
    menu_label = _("Service types")
    url_prefix = "directory/service-types"
    list_display = ["name", "slug"]


class LanguageViewSet(PermissionCheckedSnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Languages")
    url_prefix = "directory/languages"
    list_display = ["name", "code"]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 250
    items = (
        ServiceViewSet,
        OrganisationViewSet,
        LocationViewSet,
        ServiceTypeViewSet,
        LanguageViewSet,
    )
