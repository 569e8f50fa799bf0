"""A way forward from a search that found nothing: the site's main topics, and people to ask."""

from django import template
from wagtail.models import Page, Site

from home.templatetags.site_tags import get_home_page
from localoffer.restrictions import public
from localoffer.translation.locales import in_locale
from search.models import SearchHelp

register = template.Library()


@register.inclusion_tag("search/includes/no_results.html", takes_context=True)
def no_results_help(context):
    home_page = get_home_page(context)
    if home_page is None:
        return {"topics": [], "contacts": []}
    site = Site.find_for_request(context["request"])
    chosen = SearchHelp.for_site(site).contact_pages() if site else []
    contacts = in_locale(chosen, home_page.locale_id) if chosen else []
    # Only pages every family can open: a contact page behind a password helps nobody here.
    openable = (
        set(
            public(Page.objects.filter(pk__in=[page.pk for page in contacts])).values_list(
                "pk", flat=True
            )
        )
        if contacts
        else set()
    )
    return {
        "topics": public(home_page.get_children().live().in_menu()).specific(),
        "contacts": [page.specific for page in contacts if page.pk in openable],
        "request": context["request"],
    }
