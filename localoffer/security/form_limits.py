"""Families' forms (page feedback, surveys, "Is this information right?") kept usable by families
and useless to spammers, without tracking anyone.

A client is known only by a keyed hash of its address, counted in the rate limits' own cache for
minutes and never written to the database (`rate_limits.py`): enough to slow down a flood and to
ignore a double click, not enough to find or follow a person. Every family form counts in the one
"feedback" group, under settings.FEEDBACK_RATE_LIMIT.
"""

from django.conf import settings
from django.template.response import TemplateResponse

from localoffer.security import rate_limits

# A second identical submission from the same client within this time is a double click or a
# retry, not a second opinion.
REPEAT_WINDOW_SECONDS = 10 * 60


def is_rate_limited(request):
    """Count this submission; True once the client has sent more than the limit in the window
    (settings.FEEDBACK_RATE_LIMIT, shared by every family form)."""
    limit = rate_limits.Limit.from_setting("feedback", settings.FEEDBACK_RATE_LIMIT)
    return limit.exceeded_by(rate_limits.client_key(request))


def is_repeat(request, *submission):
    """True if this client sent exactly this submission within REPEAT_WINDOW_SECONDS."""
    return rate_limits.seen_before("feedback", request, *submission, seconds=REPEAT_WINDOW_SECONDS)


def forget(request, *submission):
    """Let this submission be sent again: it could not be stored, and the family is asked to."""
    rate_limits.forget_seen("feedback", request, *submission)


def retry_after_seconds():
    """At most this long until a rate-limited client may send a form again."""
    return settings.FEEDBACK_RATE_LIMIT["seconds"]


def too_many_submissions(request, page):
    """429, with a page saying why and when to try again, and a link back to `page`."""
    response = TemplateResponse(request, "too_many_submissions.html", {"page": page}, status=429)
    response["Retry-After"] = str(retry_after_seconds())
    return response
