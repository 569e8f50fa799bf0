"""Keeping feedback forms usable by families and useless to spammers, without tracking anyone.

A browser is known only by a keyed hash of its IP address and user agent, kept in the cache for
minutes and never written to the database: enough to slow down a flood and to ignore a double
click, not enough to find or follow a person.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

# A second identical submission from the same browser within this time is a double click or a
# retry, not a second opinion.
REPEAT_WINDOW_SECONDS = 10 * 60


def client_fingerprint(request):
    """An HMAC of IP address and user agent, keyed from SECRET_KEY: the same browser gets the same
    value, but the value cannot be turned back into an IP address."""
    client = "|".join(
        (request.META.get("REMOTE_ADDR", ""), request.META.get("HTTP_USER_AGENT", ""))
    )
    return salted_hmac("feedback.client", client).hexdigest()


def is_rate_limited(request):
    """Count this submission; True once the browser has sent more than the limit in the window
    (settings.FEEDBACK_RATE_LIMIT, shared by page feedback and surveys)."""
    limit = settings.FEEDBACK_RATE_LIMIT["requests"]
    window = settings.FEEDBACK_RATE_LIMIT["seconds"]
    key = f"feedback:rate:{client_fingerprint(request)}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def is_repeat(request, *submission):
    """True if this browser sent exactly this submission within REPEAT_WINDOW_SECONDS."""
    return not cache.add(_seen_key(request, submission), True, timeout=REPEAT_WINDOW_SECONDS)


def forget(request, *submission):
    """Let this submission be sent again: it could not be stored, and the family is asked to."""
    cache.delete(_seen_key(request, submission))


def _seen_key(request, submission):
    digest = salted_hmac(
        "feedback.submission", "|".join([client_fingerprint(request), *map(str, submission)])
    ).hexdigest()
    return f"feedback:seen:{digest}"


def retry_after_seconds():
    """At most this long until a rate-limited browser may send feedback again."""
    return settings.FEEDBACK_RATE_LIMIT["seconds"]
