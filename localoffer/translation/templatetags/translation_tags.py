from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page

from localoffer.translation import versions
from localoffer.translation.locales import page_language, text_direction

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context, home_page):
    """The current page (or, on other views, this address) in each language it exists in, and
    for a page, each other language's home page where it has no translation.

    Empty without a request: Django renders the 500 page with no request, and that page must not
    touch a database that may be the reason for the error."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return []
    if isinstance(page, Page) and page.pk:
        return versions.page_versions(page, request, home_page)
    if home_page is not None:
        return versions.view_versions(home_page, request)
    return []


register.filter("newer_source", versions.newer_source)
register.filter("translations", versions.translations)


@register.inclusion_tag("translation/page_link.html", takes_context=True)
def page_link(context, page, text="", css_class="", current=False):
    """A link to `page`, which may be in another language than the visitor's: a page not yet
    translated, or a translation's link to a page in the source language. The link then carries
    `hreflang`, the page's title its `lang` and `dir`, and a link to an English page says so
    ("in English", in the visitor's language). `text`, if given, is in the visitor's language."""
    language = _language_of(page)
    other = language if language not in (None, get_language()) else None
    return {
        "request": context.get("request"),  # for {% pageurl %}
        "page": page,
        "text": text,
        "css_class": css_class,
        "current": current,
        "language": other,
        "direction": text_direction(other) if other else "",
        "in_english": other == settings.LANGUAGE_CODE,
    }


@register.simple_tag
def language_attributes(obj):
    """` lang=".." dir=".."` for an element holding the words of `obj` (a page, or a translatable
    snippet with its locale loaded) when they are in another language than the visitor's: a page
    or entry not yet translated, shown in a translated page. Nothing when the languages match."""
    language = _language_of(obj)
    if language is None or language == get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', language, text_direction(language))


def _language_of(obj):
    if isinstance(obj, Page):
        return page_language(obj)
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else None
