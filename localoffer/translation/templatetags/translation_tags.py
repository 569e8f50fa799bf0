from django import template
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page

from localoffer.translation import versions
from localoffer.translation.locales import page_language, text_direction

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context, home_page):
    """The current page (or, on other views, this address) in each language it exists in.

    Empty without a request: Django renders the 500 page with no request, and that page must not
    touch a database that may be the reason for the error."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return []
    if isinstance(page, Page) and page.pk:
        return versions.page_versions(page, request)
    if home_page is not None:
        return versions.view_versions(home_page, request)
    return []


register.filter("newer_source", versions.newer_source)


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
