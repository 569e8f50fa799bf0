"""What every guidance listing shares: the filters (one form, `pathways.forms`), an intro, and the
areas of need as rows so that a pathway can be for several of them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from localoffer.pages import ContentPage
from localoffer.taxonomy import AreaOfNeed
from pathways.forms import GuidanceFilterForm

INTRO_FEATURES = ["bold", "italic", "link"]


def grouped(rows, attribute, choices):
    """[(choice, rows whose `attribute` is that choice)] in the order of `choices` (members of a
    TextChoices), for the choices that have rows. In Python, so that it works on a preview's
    unsaved rows too."""
    return [
        (choice, matching)
        for choice in choices
        if (matching := [row for row in rows if getattr(row, attribute) == choice])
    ]


def present(choices, values):
    """The members of `choices` found in `values`, in the choices' own order."""
    found = set(values)
    return [choice for choice in choices if choice in found]


class AreaOfNeedChoice(models.Model):
    """One of the four broad areas of need (`localoffer.taxonomy.AreaOfNeed`) as a row, so a page
    can be tagged with several and filtered with an indexed join. The rows are made by this app's
    migrations from the taxonomy; labels always come from the taxonomy, so they are translated."""

    value = models.CharField(max_length=40, choices=AreaOfNeed.choices, unique=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("area of need")

    def __str__(self):
        return str(self.get_value_display())


class GuidanceListingPage(ContentPage):
    """A page that lists guidance, filtered by the visitor's choices in the query string.

    Subclasses name the filters they offer (fields of `GuidanceFilterForm`), may narrow a filter's
    choices with `filter_choices()`, and implement `get_results(criteria)`, returning the template
    context for the results, including `result_count`."""

    filters = ()

    intro = RichTextField(features=INTRO_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*ContentPage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_results(self, criteria):
        raise NotImplementedError

    def filter_choices(self):
        """{filter: values} to offer only some of a filter's choices; all of them by default."""
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filter_form = GuidanceFilterForm(
            request.GET, offered=self.filters, limit_choices=self.filter_choices()
        )
        context["filter_form"] = filter_form
        context.update(self.get_results(filter_form.criteria))
        return context
