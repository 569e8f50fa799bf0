"""Pointing at directory records from guidance: "who can help" blocks and provision entries."""

from django import template
from wagtail.models import Locale

from ..models import Service
from ..pages import DirectoryPage

register = template.Library()


def _directory_page(request):
    """The directory page in the visitor's language (the English one where it is not
    translated), looked up once per request."""
    cached = getattr(request, "_directory_page", None) if request else None
    if cached is not None:
        return cached
    pages = DirectoryPage.objects.live()
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    if request is not None:
        request._directory_page = page
    return page


@register.inclusion_tag("directory/includes/service_signpost.html", takes_context=True)
def service_signpost(context, service, heading=None, heading_level=2):
    """A published service's name, what it does in a line, how to contact it and a link to its
    page in the directory; nothing at all for a service families may not see."""
    request = context.get("request")
    # Only what families may see: a published service of a published organisation.
    visible = isinstance(service, Service) and service.live and service.organisation.live
    directory = _directory_page(request) if visible else None
    return {
        "service": service if visible else None,
        "heading": heading,
        "heading_level": heading_level,
        "url": directory.service_url(service, request) if directory else None,
        "request": request,
    }
