from wagtail import hooks

from .store import FAMILY_PAGE_MARK


@hooks.register("before_serve_page")
def mark_family_page(page, request, serve_args, serve_kwargs):
    """Only pages Wagtail serves are cached, not every view that answers a GET."""
    setattr(request, FAMILY_PAGE_MARK, True)
