from django import forms
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from localoffer.restrictions import public
from search import page_cache
from search.facets import SearchParams
from search.insights import search_term
from search.models import SearchTermCount
from search.site_search import SiteSearch

# Page ids are database integers; a larger number is not a page (and would overflow a query).
MAX_PAGE_ID = 2**31 - 1


def search(request):
    key = page_cache.key_for(request)
    if key and (response := page_cache.served_from_cache(request, key)):
        return response
    params = SearchParams.parse(request.GET)
    locale = Locale.get_active()
    site_search = SiteSearch(params, locale)
    term = search_term(params.query) if params.is_new_search else ""
    if term:
        SearchTermCount.objects.record_search(term, locale, found=site_search.found_anything)
    response = render(request, "search/search.html", {"search": site_search})
    if key:
        page_cache.keep(
            request, key, response, term=term, locale=locale, found=site_search.found_anything
        )
    return response


class OpenResultForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=MAX_PAGE_ID)


@require_GET
@never_cache
def open_result(request):
    """Count a search result as opened, then go to it. Only a live, public page's own URL is
    ever the destination: the link cannot send anyone elsewhere."""
    form = OpenResultForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(
            gettext("This link to a search result is broken: it does not name a page."),
            content_type="text/plain; charset=utf-8",
        )
    page = public(Page.objects.live()).filter(pk=form.cleaned_data["page"]).first()
    url = page.get_url(request) if page else None
    if not url:
        raise Http404(gettext("This search result is no longer on the site."))
    term = search_term(request.GET.get("q", ""))
    if term:
        SearchTermCount.objects.record_open(term, Locale.get_active())
    return HttpResponseRedirect(url)
