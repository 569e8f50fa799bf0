"""Search insights for leads: what families search for, what finds nothing, what nobody opens.

Only daily counts per search term and language are kept, never a single search: no time, no IP
address, no cookie, nothing that links a search to a person or to another search. Before a term
is counted, personal details a family may type (an email address, a phone number, a postcode)
are replaced by placeholders, as in feedback comments.
"""

from django.db import models
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from localoffer.privacy import redact
from search.query import MAX_QUERY_LENGTH, clean_query


def search_term(query):
    """`query` as the insights count it: personal details removed, lower case, tidy spaces.

    Redaction comes first: it recognises street addresses by their capital letters."""
    return " ".join(redact(clean_query(query)).lower().split())[:MAX_QUERY_LENGTH]


class Period(models.TextChoices):
    """How the report adds up the daily counts. Values are Django's `Trunc` kinds."""

    DAY = "day", _("Day")
    WEEK = "week", _("Week (Monday to Sunday)")
    MONTH = "month", _("Month")


def period_label(start, period):
    """How a report row names its period, from the period's first day."""
    if period == Period.MONTH:
        return formats.date_format(start, "F Y")
    if period == Period.WEEK:
        return gettext("Week starting %(day)s") % {"day": formats.date_format(start, "j F Y")}
    return formats.date_format(start, "j F Y")


class TermSelection(models.TextChoices):
    ALL = "all", _("All search terms, most searched first")
    NO_RESULTS = "no-results", _("Searches that found nothing (content gaps)")
    NOT_OPENED = "not-opened", _("Searches that found results nobody opened")
