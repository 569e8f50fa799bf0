"""The site's chrome (header navigation and footer), built from the home page of the visitor's
language so that menus and footer links follow translations, and from the pages under the English
home page so that every language has the whole menu."""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

from feedback.models import SurveyPage, YouSaidWeDidPage
from home.models import HomePage
from localoffer.translation.locales import with_translations

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
        root = site.root_page if site else None
        root_class = root.specific_class if root is not None else None
        is_home = root_class is not None and issubclass(root_class, HomePage)
        request._localoffer_home_page = _in_active_language(root) if is_home else None
    return request._localoffer_home_page


def _in_active_language(root):
    """The translation of the site's root page (a home page) in the active language, else the
    root page. Wagtail's cached site root paths say which language each translation is in, so
    there is one query in any language."""
    language = get_supported_content_language_variant(get_language())
    if any(
        site_root.root_path == root.url_path and site_root.language_code == language
        for site_root in Site.get_site_root_paths()
    ):
        return root.specific
    translation = HomePage.objects.live().filter(
        translation_key=root.translation_key, locale__language_code=language
    )
    return translation.first() or root.specific


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context, home_page):
    current = context.get("page")
    menu = [
        (page, current is not None and page.pk == current.pk)
        for page in _site_links(context, home_page)["menu"]
    ]
    return {"menu": menu, **_request(context)}


@register.inclusion_tag("includes/site_footer.html", takes_context=True)
def site_footer(context, home_page):
    """The home page's footer links, then "Have your say" (the survey) and "You said, we did" in
    every language, unless editors have put them among the footer links."""
    links = _site_links(context, home_page)
    chosen = {page.pk for page, _label in links["footer"]}
    return {
        "footer_links": links["footer"],
        "feedback_links": [
            (page, label) for page, label in links["feedback"] if page.pk not in chosen
        ],
        **_request(context),
    }


# Always in the footer, whatever the editors' footer links: the council must ask families what
# they think of the Local Offer and publish what it did in response (SEND Regulations 2014, 53).
FEEDBACK_LINKS = ((SurveyPage, _("Have your say")), (YouSaidWeDidPage, _("You said, we did")))


def _site_links(context, home_page):
    """The pages the menu and footer link to, each in the visitor's language where it is
    translated (`in_locale`): {"menu": [page], "footer": [(page, label)] of the home page's
    footer links, "feedback": [(page, label)] of `FEEDBACK_LINKS`}. The menu and the feedback
    pages are those under the home page in the source language, so every language has them all.
    Looked up once per request, in one query."""
    request = context.get("request")
    if home_page is None or request is None:
        return {"menu": [], "footer": [], "feedback": []}
    if not hasattr(request, "_localoffer_site_links"):
        children = home_page.source_children()
        feedback_types = [page_class for page_class, _label in FEEDBACK_LINKS]
        footer = [link.value for link in home_page.footer_links if link.value["page"]]
        sources, footer_pages = with_translations(
            children.filter(Q(show_in_menus=True) | children.type_q(*feedback_types)),
            home_page.locale_id,
            also=[link["page"] for link in footer],
        )
        feedback = []
        for page_class, label in FEEDBACK_LINKS:
            content_type = ContentType.objects.get_for_model(page_class)
            # The newest, when editors have made more than one survey.
            of_type = [shown for page, shown in sources if page.content_type_id == content_type.pk]
            if of_type:
                feedback.append((of_type[-1], label))
        request._localoffer_site_links = {
            "menu": [shown for page, shown in sources if page.show_in_menus],
            "footer": [
                (page, link["label"]) for page, link in zip(footer_pages, footer, strict=True)
            ],
            "feedback": feedback,
        }
    return request._localoffer_site_links


def _request(context):
    # {% pageurl %} in the included templates needs the request to build relative URLs.
    return {"request": context.get("request")}
