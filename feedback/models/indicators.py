from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from feedback.forms import OutcomeIndicatorForm
from feedback.measures import LIMITS, Measure
from feedback.questions import COUNTED_TYPES
from localoffer.calendar import Period


class OutcomeIndicator(index.Indexed, models.Model):
    """A number leads report to the SEND Partnership Board: what families say about part of the
    Local Offer, measured the same way each period and compared with a target."""

    name = models.CharField(max_length=150)
    description = models.TextField(blank=True, help_text=_("What this tells the Board, and why."))
    priority = models.ForeignKey(
        "feedback.Priority",
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("strategy priority"),
        help_text=_("The strategy priority this reports on to the Board."),
    )
    section = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page ratings from"),
        help_text=_(
            "Count 'Was this page helpful?' answers on this page, every page below it and their "
            "translations. Choose the home page for the whole site."
        ),
    )
    survey_questions = models.ManyToManyField(
        "feedback.SurveyQuestion",
        blank=True,
        related_name="+",
        limit_choices_to={"question_type__in": COUNTED_TYPES},
        help_text=_("Count the answers to these survey questions, and to their translations."),
    )
    service_measure = models.ForeignKey(
        "feedback.ServiceMeasure",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
        help_text=_("For the measure “A service measure's figures”: the figures to show."),
    )
    measure = models.CharField(
        max_length=20, choices=Measure.choices, default=Measure.PERCENT_POSITIVE
    )
    target = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "A percentage (e.g. 75) or an average score from 1 to 5 (e.g. 4.2). For a service "
            "measure, leave empty to use the target published with each figure."
        ),
    )
    period = models.CharField(max_length=10, choices=Period.choices, default=Period.TERM)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("priority"),
        MultiFieldPanel(
            [
                FieldPanel("section"),
                FieldPanel("survey_questions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("service_measure"),
            ],
            heading=_("What is counted"),
        ),
        FieldRowPanel(
            [FieldPanel("measure"), FieldPanel("target"), FieldPanel("period")],
            heading=_("How it is measured"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("priority"),
        index.FilterField("period"),
    ]

    base_form_class = OutcomeIndicatorForm

    class Meta:
        ordering = ["priority__sort_order", "priority__name", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.measure == Measure.SERVICE:
            self._clean_service_measure()
            return
        if self.target is None:
            raise ValidationError({"target": _("Enter the target this measure aims for.")})
        low, high = LIMITS[Measure(self.measure)]
        if not low <= self.target <= high:
            raise ValidationError(
                {
                    "target": _("For this measure, the target must be from %(low)s to %(high)s.")
                    % {"low": low, "high": high}
                }
            )

    def _clean_service_measure(self):
        measure = self.service_measure
        if measure is None:
            raise ValidationError({"service_measure": _("Choose the service measure to show.")})
        if self.period != measure.period:
            raise ValidationError(
                {
                    "period": _("%(measure)s has figures for each %(period)s: choose that.")
                    % {"measure": measure, "period": measure.get_period_display().lower()}
                }
            )
