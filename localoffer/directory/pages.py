"""The family side of the directory: one page with the search, and a page for each service."""

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from localoffer.pages import ContentPage

from . import change_reports
from .forms import DirectorySearchForm, ReportChangeForm, search_link, searched_from
from .models import Service
from .search import find_services

RESULTS_PER_PAGE = 20
REPORTED = "reported"


class DirectoryPage(RoutablePageMixin, ContentPage):
    """Find a service: the search at the page's own address, each service below it."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*ContentPage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory page")

    @path("", name="search")
    def search(self, request):
        form = DirectorySearchForm(request.GET)
        if not form.is_valid():
            response = self.render(request, context_overrides={"form": form})
            response.status_code = 400
            return response
        criteria = form.criteria
        found = find_services(
            words=criteria.get("q", ""),
            age=criteria.get("age"),
            areas=[criteria["area"]] if "area" in criteria else (),
            service_types=[criteria["type"]] if "type" in criteria else (),
            free_only="cost" in criteria,
            centroid=criteria.get("postcode"),
            miles=criteria["miles"],
        )
        page_obj = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "page_obj": page_obj,
                "query_string": query.urlencode(),
                "is_filtered": bool(set(criteria) - {"miles"}),
                # Each result's link carries the search, for its page's way back.
                "search_link": search_link(form.query_string(page_obj.number)),
            },
        )

    @path("<uuid:oruk_id>/", name="service")
    def service(self, request, oruk_id, form=None, status=200):
        service = self.published_service(oruk_id)
        searched = searched_from(request.GET)
        response = self.render(
            request,
            template="directory/service_page.html",
            context_overrides={
                "service": service,
                "report_form": form or ReportChangeForm(),
                "reported": REPORTED in request.GET,
                "back_url": self.search_url(searched, request),
                "search_link": search_link(searched),
            },
        )
        response.status_code = status
        return response

    @path("<uuid:oruk_id>/report/", name="report")
    def report(self, request, oruk_id):
        service = self.published_service(oruk_id)
        return change_reports.take(request, self, service)

    def published_service(self, oruk_id):
        service = (
            Service.objects.live()
            .for_listing()
            .select_related("owner")
            .prefetch_related("languages", "contacts", "guidance_links__page")
            .filter(oruk_id=oruk_id)
            .first()
        )
        if service is None:
            raise Http404
        return service

    def service_url(self, service, request=None):
        return self.get_url(request) + self.reverse_subpage("service", args=[service.oruk_id])

    def search_url(self, query_string, request=None):
        """The address of the search `query_string` (checked by `searched_from`) on this page."""
        url = self.get_url(request)
        return f"{url}?{query_string}" if query_string else url
