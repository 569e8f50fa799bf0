"""HTTP answers every app's views share."""

from django.http import HttpResponseRedirect


def see_other(url):
    """303: after a POST, the browser fetches the next page with GET, so reloading it does not
    send the answers again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response
