"""Taking a family's answer, shared by page feedback and surveys: stored all or nothing, or the
family told to send it again."""

import logging

from django.db import DatabaseError, transaction
from django.utils.translation import gettext_lazy as _

from localoffer.security import form_limits

logger = logging.getLogger(__name__)

NOT_SAVED = _(
    "Sorry, we could not save your answers because of a problem on our side. Nothing has been "
    "sent. Please try again in a few minutes."
)


def accept(request, page, form, submission, store):
    """Take a family's valid answer: False only when it could not be stored.

    Spam and repeats of `submission` are thanked like any answer, and not stored. Otherwise
    `store()` runs, all or nothing. If the database refuses it, why is logged with the page and
    path, and NOT_SAVED goes on the form, which keeps what the family entered: their answer is
    never lost without them being told to send it again (and sending it again is not taken for a
    repeat)."""
    if form.is_spam() or form_limits.is_repeat(request, *submission):
        return True
    try:
        with transaction.atomic():
            store()
    except DatabaseError:
        logger.exception(
            "Could not store a family's answer", extra={"page_id": page.pk, "path": request.path}
        )
        form_limits.forget(request, *submission)
        form.add_error(None, NOT_SAVED)
        return False
    return True
