"""The one base for the admin's reports: a report view, the viewset that puts it under one URL
prefix with one menu item, who may see it, and the dated name of its downloads.

Built on Wagtail's own `ReportView` (filters, paging, CSV and XLSX downloads) and `ViewSet`
(URLs and a menu item), like Wagtail's reports (wagtail/admin/views/reports/). A report's
permission is a model's Wagtail permission policy and an action ("view"); the viewset shows its
menu item only to users the policy allows, and the view refuses everyone else. A report every
editor may open (the content review report, which narrows its rows itself) names no model.
"""

import django_filters
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.coreutils import get_content_languages
from wagtail.permissions import policy_registry

from localoffer import calendar


class DatedExportMixin:
    """Downloads named for the day they were made in the council's calendar:
    "content-review-2025-03-31.csv". For any view with Wagtail's spreadsheet export."""

    def get_filename(self):
        return calendar.dated(self.export_filename)


class Report(DatedExportMixin, ReportView):
    """Base of every admin report. Subclasses set `permission_policy` (and, if not "view",
    `permission_required`), `export_filename`, and what Wagtail's ReportView asks for."""

    permission_required = "view"


class ReportPermissionMixin(PermissionCheckedMixin):
    """For a report's other pages (a printable summary) that are not listings."""

    permission_required = "view"


def _languages():
    return list(get_content_languages().items())


def language_filter(field_name):
    """A report's "Language" filter: the site's languages, by the language code at
    `field_name`."""
    return django_filters.ChoiceFilter(
        label=_("Language"), field_name=field_name, choices=_languages, empty_label=_("All")
    )


class ReportMenuItem(MenuItem):
    """A menu item shown to the users a permission policy allows one action."""

    def __init__(self, *args, permission_policy=None, permission_required="view", **kwargs):
        super().__init__(*args, **kwargs)
        self.permission_policy = permission_policy
        self.permission_required = permission_required

    def is_shown(self, request):
        if self.permission_policy is None:
            return True
        return self.permission_policy.user_has_permission(request.user, self.permission_required)


class ReportViewSet(ViewSet):
    """A report (or a few) under one URL prefix, with one menu item in the Reports menu (or in a
    group, for a viewset listed in a ViewSetGroup) shown to those allowed to open it."""

    menu_hook = "register_reports_menu_item"
    model = None  # whose permission opens the report (as in its views); None: every admin user
    permission_required = "view"

    @cached_property
    def permission_policy(self):
        return self.model and policy_registry.get_by_type(self.model)

    def get_menu_item(self, order=None):
        return ReportMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
            permission_policy=self.permission_policy,
            permission_required=self.permission_required,
        )

    def listing(self, view_class, view_name="index", results_name=None):
        """URL patterns for a filterable report: the page, and its results alone (which Wagtail's
        filters fetch to refresh the listing in place)."""
        results_name = results_name or f"{view_name}_results"
        urls = {
            "index_url_name": self.get_url_name(view_name),
            "index_results_url_name": self.get_url_name(results_name),
        }
        return [
            path("", view_class.as_view(**urls), name=view_name),
            path("results/", view_class.as_view(results_only=True, **urls), name=results_name),
        ]
