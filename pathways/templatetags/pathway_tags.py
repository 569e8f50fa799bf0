from django import template

from localoffer.restrictions import public
from pathways.models import PathwayPage

register = template.Library()


@register.inclusion_tag("pathways/includes/part_of_sidebar.html", takes_context=True)
def part_of_sidebar(context):
    """The "Part of" sidebar for the page being shown: where it sits in each published pathway
    that links to it."""
    page = context.get("page")
    if page is None or page.pk is None:
        return {"positions": []}
    # A translated pathway links to the pages it was translated with: only this page's own
    # language's pathways list it.
    pathways = (
        public(PathwayPage.objects.live())
        .filter(locale_id=page.locale_id)
        .linking_to(page)
        .order_by("title")
    )
    return {
        "positions": [position for pathway in pathways if (position := pathway.position_of(page))],
        # This app's own pages load the stylesheet in <head>; any other page needs it here.
        "load_stylesheet": page._meta.app_label != "pathways",
        "request": context.get("request"),
    }
