"""A service measure and its figures, one per period.

A figure belongs to a period of the measure's kind (a month, a school term or a school year,
named by its first day, as in `localoffer.calendar`). Its target is the one the council published
for that period; a figure may also carry its base, the number of children or cases it is
counted from, so that a percentage of a handful of children is not shown (the small-number
rule of `feedback.measures.min_responses`)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from localoffer.calendar import Period, span_containing


class Unit(models.TextChoices):
    COUNT = "count", _("Count")
    PERCENTAGE = "percentage", _("Percentage")
    DAYS = "days", _("Days")


class Better(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")


#: The periods figures are published for. Quarters are not used for SEND service figures.
FIGURE_PERIODS = [
    (Period.MONTH.value, Period.MONTH.label),
    (Period.TERM.value, Period.TERM.label),
    (Period.YEAR.value, Period.YEAR.label),
]


class ServiceMeasure(index.Indexed, ClusterableModel):
    """One figure the council counts about its services, e.g. "EHC plans issued within 20
    weeks", with its unit and which way is better."""

    name = models.CharField(max_length=150, unique=True)
    description = models.TextField(
        blank=True, help_text=_("How it is counted and where the figure comes from.")
    )
    unit = models.CharField(max_length=12, choices=Unit.choices)
    better = models.CharField(_("which way is better"), max_length=8, choices=Better.choices)
    period = models.CharField(
        _("figures are for each"), max_length=10, choices=FIGURE_PERIODS, default=Period.TERM
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("better"), FieldPanel("period")]),
        MultiFieldPanel(
            [InlinePanel("figures", label=_("Figure"))],
            heading=_("Figures (or upload a CSV file from the list of measures)"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("service measure")
        verbose_name_plural = _("service measures")

    def __str__(self):
        return self.name

    @property
    def higher_is_better(self):
        return self.better == Better.HIGHER


class MeasureFigureQuerySet(models.QuerySet):
    def in_spans(self, spans):
        """The figures for these periods (of their measures' kind), by their first days."""
        return self.filter(period_start__in=[span.start for span in spans])


class MeasureFigure(models.Model):
    measure = ParentalKey(ServiceMeasure, on_delete=models.CASCADE, related_name="figures")
    period_start = models.DateField(
        _("period"),
        help_text=_(
            "The first day of the month, term (1 September, 1 January or 1 April) or school "
            "year (1 September)."
        ),
    )
    value = models.DecimalField(max_digits=12, decimal_places=2)
    base = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_(
            "How many children or cases the figure is counted from, if it is a percentage or "
            "an average. Figures from too few are not shown."
        ),
    )
    target = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    published_on = models.DateField(_("published"))

    objects = MeasureFigureQuerySet.as_manager()

    panels = [
        FieldRowPanel(
            [
                FieldPanel("period_start"),
                FieldPanel("value"),
                FieldPanel("base"),
                FieldPanel("target"),
                FieldPanel("published_on"),
            ]
        )
    ]

    class Meta:
        ordering = ["measure", "period_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "period_start"], name="one_figure_per_measure_and_period"
            )
        ]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self):
        return f"{self.measure}: {self.value}"

    def clean(self):
        super().clean()
        errors = figure_errors(self.measure.period, self.measure.unit, self)
        if errors:
            raise ValidationError(errors)


def figure_errors(period, unit, figure):
    """{field: message} for what is wrong with a figure of a measure of this period and unit:
    the one set of rules for the form and the CSV upload."""
    errors = {}
    start = figure.period_start
    if start is not None and span_containing(start, period).start != start:
        errors["period_start"] = _(
            "%(day)s is not the first day of a %(period)s: use the first day, e.g. %(example)s."
        ) % {
            "day": start.isoformat(),
            "period": Period(period).label.lower(),
            "example": span_containing(start, period).start.isoformat(),
        }
    for name in ("value", "target"):
        number = getattr(figure, name)
        if number is not None and number < 0:
            errors[name] = _("Enter a number of 0 or more.")
        elif number is not None and unit == Unit.PERCENTAGE and number > Decimal(100):
            errors[name] = _("A percentage must be from 0 to 100.")
    return errors
