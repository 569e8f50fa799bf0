"""Refuse, with a clear 400, a request body the site cannot read as a form.

Browsers send forms as UTF-8 (the charset of every page here). Anything else is a client that
gets things wrong or tries its luck: a declared charset Python does not know, or one in which the
form's own `=` and `&` are not single bytes (UTF-16, UTF-32), a multipart body that breaks off,
bytes that are not text in the charset declared. Django would fail on those somewhere deep inside
the view, or read nonsense; here they are refused before anything reads the form.
"""

from django.http import HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _

FORM_SEPARATORS = b"=&"


def is_readable_charset(charset):
    try:
        return "=&".encode(charset) == FORM_SEPARATORS
    except (LookupError, UnicodeError):
        return False


class UnreadableBodyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not _body_is_readable(request):
            return HttpResponseBadRequest(
                _(
                    "We could not read what your browser sent. Please go back, reload the page "
                    "and try again."
                ),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def _body_is_readable(request):
    charset = request.content_params.get("charset")
    if charset is not None and not is_readable_charset(charset):
        return False
    try:
        request.POST  # noqa: B018  (reads the body now, where a failure can be answered)
    except (UnicodeDecodeError, MultiPartParserError, ValueError):
        return False
    return True
