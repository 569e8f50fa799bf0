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
    priority = models.CharField(
        _("strategy priority"),
        max_length=150,
        help_text=_(
            "The strategy priority or reference this reports on, written the same way for every "
            "indicator under it, e.g. 'Priority 3: SEND Pathway'."
        ),
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
    measure = models.CharField(
        max_length=20, choices=Measure.choices, default=Measure.PERCENT_POSITIVE
    )
    target = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        help_text=_("A percentage (e.g. 75) or an average score from 1 to 5 (e.g. 4.2)."),
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
        index.SearchField("priority"),
        index.AutocompleteField("name"),
        index.FilterField("priority"),
        index.FilterField("period"),
    ]

    base_form_class = OutcomeIndicatorForm

    class Meta:
        ordering = ["priority", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.target is None or self.measure not in LIMITS:
            return
        low, high = LIMITS[Measure(self.measure)]
        if not low <= self.target <= high:
            raise ValidationError(
                {
                    "target": _("For this measure, the target must be from %(low)s to %(high)s.")
                    % {"low": low, "high": high}
                }
            )
