"""Keeping feedback forms usable by families and useless to spammers, without tracking anyone.

A client is known only by a keyed hash of its address, counted in the rate limits' own cache for
minutes and never written to the database (localoffer/security/rate_limits.py): enough to slow
down a flood and to ignore a double click, not enough to find or follow a person.
"""

from django.conf import settings

from localoffer.security import rate_limits

# A second identical submission from the same client within this time is a double click or a
# retry, not a second opinion.
REPEAT_WINDOW_SECONDS = 10 * 60


def is_rate_limited(request):
    """Count this submission; True once the client has sent more than the limit in the window
    (settings.FEEDBACK_RATE_LIMIT, shared by page feedback and surveys)."""
    limit = rate_limits.Limit.from_setting("feedback", settings.FEEDBACK_RATE_LIMIT)
    return limit.exceeded_by(rate_limits.client_key(request))


def is_repeat(request, *submission):
    """True if this client sent exactly this submission within REPEAT_WINDOW_SECONDS."""
    return rate_limits.seen_before("feedback", request, *submission, seconds=REPEAT_WINDOW_SECONDS)


def forget(request, *submission):
    """Let this submission be sent again: it could not be stored, and the family is asked to."""
    rate_limits.forget_seen("feedback", request, *submission)


def retry_after_seconds():
    """At most this long until a rate-limited client may send feedback again."""
    return settings.FEEDBACK_RATE_LIMIT["seconds"]
