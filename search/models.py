from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import DateField, F, Sum
from django.db.models.functions import Trunc
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from localoffer import calendar
from search.insights import TermSelection
from search.query import MAX_QUERY_LENGTH

# A longer "term" is a sentence, which the index would split into words anyway.
MAX_SYNONYM_LENGTH = 100


def split_terms(text):
    """The distinct terms of a synonym group, one per line, in the order written. Two lines
    that differ only in capitals or spaces are one term."""
    terms = {}
    for line in text.splitlines():
        term = " ".join(line.split())
        if term:
            terms.setdefault(term.casefold(), term)
    return list(terms.values())


class SynonymGroup(models.Model):
    """Words, acronyms and phrases that mean the same to a family searching the site, such as
    "EHCP", "EHC plan" and "education, health and care plan". They are applied to every search
    as it is made, so an edit takes effect at once, with no reindexing."""

    terms = models.TextField(
        help_text=_(
            "One word, acronym or phrase on each line. A search for any of them finds pages "
            "that use any of them."
        ),
    )

    class Meta:
        verbose_name = _("search synonym group")
        ordering = ["terms"]

    def __str__(self):
        return Truncator(" = ".join(self.term_list())).chars(120)

    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        terms = self.term_list()
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two terms, one on each line.")})
        too_long = [term for term in terms if len(term) > MAX_SYNONYM_LENGTH]
        if too_long:
            raise ValidationError(
                {
                    "terms": _("Keep each term under %(max)s characters: “%(term)s” is longer.")
                    % {"max": MAX_SYNONYM_LENGTH, "term": Truncator(too_long[0]).chars(40)}
                }
            )
        self.terms = "\n".join(terms)


class SearchTermCountQuerySet(models.QuerySet):
    def record_search(self, term, locale, *, found):
        """Count one search for `term` today (see `insights.search_term`), and whether it found
        anything."""
        self._add(term, locale, searches=1, no_results=0 if found else 1)

    def record_open(self, term, locale):
        """Count a result opened after searching for `term`. Only terms searched for today
        count, so a made-up link cannot add terms to the report."""
        self._today(term, locale).update(opens=F("opens") + 1)

    def _add(self, term, locale, **counts):
        increments = {name: F(name) + value for name, value in counts.items()}
        if self._today(term, locale).update(**increments):
            return
        try:
            with transaction.atomic():
                self.create(date=calendar.today(), locale=locale, term=term, **counts)
        except IntegrityError:  # another request counted the term's first search just before
            self._today(term, locale).update(**increments)

    def _today(self, term, locale):
        return self.filter(date=calendar.today(), locale=locale, term=term)

    def summarised(self, period):
        """One row (a dict) per period, language and term, with the counts added up."""
        return (
            self.annotate(period=Trunc("date", period, output_field=DateField()))
            .values("period", "term", language=F("locale__language_code"))
            .annotate(
                searched=Sum("searches"),
                found_nothing=Sum("no_results"),
                found_something=Sum(F("searches") - F("no_results")),
                opened=Sum("opens"),
            )
        )

    def selecting(self, selection):
        """Narrow `summarised()` rows to a `TermSelection`."""
        if selection == TermSelection.NO_RESULTS:
            return self.filter(found_nothing__gt=0)
        if selection == TermSelection.NOT_OPENED:
            return self.filter(found_something__gt=0, opened=0)
        return self


class SearchTermCount(models.Model):
    """How often one search term was searched for on one day in one language, how many of those
    searches found nothing, and how many results people opened from them."""

    date = models.DateField()
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=MAX_QUERY_LENGTH)
    searches = models.PositiveIntegerField(default=0)
    no_results = models.PositiveIntegerField(default=0)
    opens = models.PositiveIntegerField(default=0)

    objects = SearchTermCountQuerySet.as_manager()

    class Meta:
        verbose_name = _("search term count")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "locale", "term"], name="search_term_count_once_a_day"
            )
        ]

    def __str__(self):
        return f"{self.term} ({self.date})"


@register_setting(icon="help")
class SearchHelp(BaseSiteSetting):
    """Where a search that finds nothing sends families to ask people: the council's SEND team
    and the independent advice service (SENDIASS). Shown in the visitor's language where the
    page is translated."""

    send_team_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("SEND team contact page"),
        help_text=_("How to contact the council's SEND team."),
    )
    advice_service_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("independent advice page"),
        help_text=_("The independent advice service for families (SENDIASS)."),
    )

    panels = [FieldPanel("send_team_page"), FieldPanel("advice_service_page")]

    class Meta:
        verbose_name = _("search help")

    def contact_pages(self):
        """The live pages chosen, in the order families should try them."""
        pages = [self.send_team_page, self.advice_service_page]
        return [page for page in pages if page is not None and page.live]
