"""Responses shared by page feedback and surveys."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from feedback import spam


def see_other(url):
    """303: after a POST, the browser fetches the next page with GET, so reloading it does not
    send the answers again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def too_many_submissions(request, page):
    response = TemplateResponse(request, "feedback/too_many.html", {"page": page}, status=429)
    response["Retry-After"] = str(spam.retry_after_seconds())
    return response
