"""Strategy priorities: what the SEND strategy promises, each reported to the Board termly."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index

from localoffer.calendar import Period, span_containing


class Priority(index.Indexed, ClusterableModel):
    name = models.CharField(
        max_length=150,
        unique=True,
        help_text=_("As the strategy words it, e.g. 'Priority 3: SEND Pathway'."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order in the Board report"), default=0, help_text=_("Lower numbers come first.")
    )
    description = models.TextField(blank=True, help_text=_("What the strategy promises."))
    you_said_we_did_entries = models.ManyToManyField(
        "feedback.YouSaidWeDidEntry",
        blank=True,
        related_name="priorities",
        verbose_name=_("“You said, we did” entries"),
        help_text=_("The entries whose actions report on this priority."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("sort_order"),
        FieldPanel("description"),
        FieldPanel("you_said_we_did_entries"),
        InlinePanel("narratives", label=_("Narrative for a term")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("strategy priority")
        verbose_name_plural = _("strategy priorities")

    def __str__(self):
        return self.name


class PriorityNarrative(models.Model):
    """What a lead tells the Board about a priority for one term, in a few sentences."""

    priority = ParentalKey(Priority, on_delete=models.CASCADE, related_name="narratives")
    term_start = models.DateField(
        _("term"),
        help_text=_("The term's first day: 1 September, 1 January or 1 April."),
    )
    narrative = models.TextField(max_length=2000)

    panels = [FieldPanel("term_start"), FieldPanel("narrative")]

    class Meta:
        ordering = ["-term_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["priority", "term_start"], name="one_narrative_per_priority_and_term"
            )
        ]

    def __str__(self):
        return f"{self.priority}: {self.term_start}"

    def clean(self):
        super().clean()
        if self.term_start and span_containing(self.term_start, Period.TERM).start != (
            self.term_start
        ):
            raise ValidationError(
                {"term_start": _("Use the term's first day: 1 September, 1 January or 1 April.")}
            )
