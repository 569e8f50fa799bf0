"""Search insights for leads: what families search for, what finds nothing, what nobody opens.

Only daily counts per search term and language are kept, never a single search: no time, no IP
address, no cookie, nothing that links a search to a person or to another search. Before a term
is counted, personal details a family may type (an email address, a phone number, a postcode)
are replaced by placeholders, as in feedback comments.
"""

import re

from django.db import models
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from localoffer.privacy import redact
from search.query import MAX_QUERY_LENGTH, clean_query

# A search term is kept to its first few words: what families look for, never a whole sentence
# about themselves (a placeholder such as "[email removed]" counts as one word).
MAX_TERM_WORDS = 6
_WORD = re.compile(r"\[[^\]]*\]|\S+")


def search_term(query):
    """`query` as the insights count it: personal details removed, at most MAX_TERM_WORDS
    words, lower case, tidy spaces.

    Redaction comes first: it recognises street addresses by their capital letters."""
    words = _WORD.findall(redact(clean_query(query)).lower())
    return " ".join(words[:MAX_TERM_WORDS])[:MAX_QUERY_LENGTH]


class Grouping(models.TextChoices):
    """How the report groups the daily counts: by day, week or month (Django's `Trunc` kinds).
    Not the council's reporting periods (`localoffer.calendar.Period`)."""

    DAY = "day", _("Day")
    WEEK = "week", _("Week (Monday to Sunday)")
    MONTH = "month", _("Month")


def period_label(start, period):
    """How a report row names its period, from the period's first day."""
    if period == Grouping.MONTH:
        return formats.date_format(start, "F Y")
    if period == Grouping.WEEK:
        return gettext("Week starting %(day)s") % {"day": formats.date_format(start, "j F Y")}
    return formats.date_format(start, "j F Y")


class TermSelection(models.TextChoices):
    ALL = "all", _("All search terms, most searched first")
    NO_RESULTS = "no-results", _("Searches that found nothing (content gaps)")
    NOT_OPENED = "not-opened", _("Searches that found results nobody opened")
