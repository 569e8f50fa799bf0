"""A way forward from a search that found nothing: the site's main topics, and people to ask."""

from django import template
from wagtail.models import Page

from home.templatetags.site_tags import get_home_page
from localoffer.restrictions import public
from localoffer.translation.locales import in_locale
from search.models import SearchHelp

register = template.Library()


@register.inclusion_tag("search/includes/no_results.html", takes_context=True)
def no_results_help(context):
    """The home page's menu topics, and the SEND team's and the advice service's pages, in the
    visitor's language where they are translated."""
    home_page = get_home_page(context)  # None only when the site has no home page
    if home_page is None:
        return {"topics": [], "contacts": []}
    request = context["request"]
    chosen = in_locale(SearchHelp.for_request(request).contact_pages(), home_page.locale_id)
    # Only pages every family can open: a page behind a password helps nobody here.
    openable = public(Page.objects.live()).filter(pk__in=[page.pk for page in chosen]).specific()
    openable = {page.pk: page for page in openable}
    return {
        "topics": public(home_page.get_children().live().in_menu()),
        "contacts": [openable[page.pk] for page in chosen if page.pk in openable],
        "request": request,
    }
