"""The form a family fills in to open a page an editor protected with a password.

Wagtail's own view checks the password, then hands the form's hidden return address to Django's
`redirect()`, which reads a bare word ("home", "0") as the name of a URL pattern and fails with a
server error when there is none. A browser always sends back the address Wagtail put in the form,
a path on this site, so anything else is refused here, with a message, before Wagtail reads it.
"""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext
from wagtail import views as wagtail_views


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's `authenticate_with_password`, for return addresses that are paths only."""
    return_url = request.POST.get("return_url", "")
    if request.method == "POST" and return_url and not return_url.startswith("/"):
        return HttpResponseBadRequest(
            gettext(
                "This form was sent with a broken return address. Go back to the page and enter "
                "the password again."
            ),
            content_type="text/plain; charset=utf-8",
        )
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
