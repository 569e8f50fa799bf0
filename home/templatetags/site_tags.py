"""The site's chrome (header navigation and footer), built from the home page of the visitor's
language so that menus and footer links follow translations."""

from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

from home.models import HomePage
from localoffer.translation.locales import in_locale

register = template.Library()


@register.simple_tag(takes_context=True)
def get_home_page(context):
    """The home page in the active language, looked up once per request.

    Returns None without a request (Django renders the 500 page with no request, and that page
    must not touch a database that may be the reason for the error)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_localoffer_home_page"):
        page = context.get("page")
        if isinstance(page, HomePage):  # already the home page in the visitor's language
            request._localoffer_home_page = page
            return page
        site = Site.find_for_request(request)
        root = site.root_page.specific if site else None
        request._localoffer_home_page = (
            _in_active_language(root) if isinstance(root, HomePage) else None
        )
    return request._localoffer_home_page


def _in_active_language(home):
    """`home.localized`, without its query for the active Locale: Wagtail's cached site root
    paths already say which language each translation of the home page is in."""
    language = get_supported_content_language_variant(get_language())
    if any(
        root.root_path == home.url_path and root.language_code == language
        for root in Site.get_site_root_paths()
    ):
        return home
    translation = HomePage.objects.live().filter(
        translation_key=home.translation_key, locale__language_code=language
    )
    return translation.first() or home


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context, home_page):
    menu_pages = home_page.get_children().live().in_menu() if home_page else []
    return {"menu_pages": menu_pages, "current_page": context.get("page"), **_request(context)}


@register.inclusion_tag("includes/site_footer.html", takes_context=True)
def site_footer(context, home_page):
    """The home page's footer links, each to the page in the visitor's language if it has one."""
    if home_page is None:
        return {"footer_links": [], **_request(context)}
    links = [link.value for link in home_page.footer_links if link.value["page"]]
    pages = in_locale([link["page"] for link in links], home_page.locale_id)
    return {
        "footer_links": [(page, link["label"]) for page, link in zip(pages, links, strict=True)],
        **_request(context),
    }


def _request(context):
    # {% pageurl %} in the included templates needs the request to build relative URLs.
    return {"request": context.get("request")}
