"""Preparing for adulthood (PfA): one page per outcome, with guidance for each age band, and a short
version written to the young person.

Guidance items are rows, not blocks, because families filter them across pages by age band.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from localoffer.pages import ContentPage
from localoffer.restrictions import public
from localoffer.taxonomy import Audience
from pathways.forms import GuidanceFilterForm
from pathways.taxonomy import AgeBand, PfaOutcome, age_bands_for_age

from .base import INTRO_FEATURES, GuidanceListingPage, grouped, present

GUIDANCE_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class PfaItemQuerySet(models.QuerySet):
    def on_live_pages_under(self, parent):
        return self.filter(page__in=public(PfaPage.objects.live()).child_of(parent))

    def matching(self, criteria):
        """Items for the visitor's choices (`criteria` from `GuidanceFilterForm`). Preparing for
        adulthood is for every audience and every area of need, so only age and outcome narrow
        it."""
        items = self
        if outcome := criteria.get("outcome"):
            items = items.filter(page__outcome=outcome)
        if (age := criteria.get("age")) is not None:
            items = items.filter(age_band__in=age_bands_for_age(age))
        return items


class PfaIndexPage(GuidanceListingPage):
    """The preparing for adulthood grid: age bands down the side, the four outcomes across."""

    search_category = "adulthood"  # the type filter on the search page

    filters = ("audience", "age", "outcome")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["pathways.PfaPage"]

    class Meta:
        verbose_name = _("preparing for adulthood index page")

    def get_results(self, criteria):
        items = list(
            PfaItem.objects.on_live_pages_under(self)
            .matching(criteria)
            .select_related("page")
            .order_by("page__path", "sort_order")
        )
        outcomes = present(PfaOutcome, (item.page.outcome for item in items))
        bands = present(AgeBand, (item.age_band for item in items))
        return {
            "outcomes": outcomes,
            "grid": pfa_grid(items, bands, outcomes),
            "result_count": len(items),
            "audience_query": audience_query(criteria),
        }


def pfa_grid(items, bands, outcomes):
    """Rows of (age band, [(outcome, its items) for each of `outcomes`]): each cell names its
    outcome, so on a phone the grid reads as a list of labelled cells."""
    cells = {(band, outcome): [] for band in bands for outcome in outcomes}
    for item in items:
        cells[(item.age_band, item.page.outcome)].append(item)
    return [(band, [(outcome, cells[(band, outcome)]) for outcome in outcomes]) for band in bands]


def audience_query(criteria):
    """A young person's choice, carried into links so PfA pages put their version first."""
    if criteria.get("audience") == Audience.YOUNG_PEOPLE:
        return f"audience={Audience.YOUNG_PEOPLE}"
    return ""


class PfaPage(ContentPage):
    search_category = "adulthood"  # the type filter on the search page

    outcome = models.CharField(max_length=40, choices=PfaOutcome.choices)
    for_you = RichTextField(
        _("short version for young people"),
        features=GUIDANCE_FEATURES,
        help_text=_("A few short sentences written to the young person, as “you”."),
    )
    intro = RichTextField(features=INTRO_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("outcome"),
        FieldPanel("for_you"),
        FieldPanel("intro"),
        InlinePanel("items", min_num=1, label=_("Guidance, by age band")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("for_you"),
        index.SearchField("intro"),
        index.RelatedFields("items", [index.SearchField("title"), index.SearchField("guidance")]),
    ]

    # Each language's page is for the same outcome; its items are translated one by one.
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        SynchronizedField("outcome", overridable=False),
    ]

    parent_page_types = ["pathways.PfaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("preparing for adulthood page")

    def items_by_band(self):
        """(age band, items) in age order, for the bands that have items."""
        return grouped(self.items.all(), "age_band", AgeBand)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audience = GuidanceFilterForm(request.GET, offered=("audience",)).criteria.get("audience")
        context["young_person_first"] = audience == Audience.YOUNG_PEOPLE
        context["items_by_band"] = self.items_by_band()
        return context


class PfaItem(TranslatableMixin, Orderable):
    """Guidance for one age band. Translatable, so a translated page has its own items."""

    page = ParentalKey(PfaPage, on_delete=models.CASCADE, related_name="items")
    age_band = models.CharField(max_length=10, choices=AgeBand.choices)
    title = models.CharField(max_length=120)
    guidance = RichTextField(features=GUIDANCE_FEATURES)

    objects = PfaItemQuerySet.as_manager()

    panels = [FieldPanel("age_band"), FieldPanel("title"), FieldPanel("guidance")]
    override_translatable_fields = [SynchronizedField("age_band", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("preparing for adulthood item")

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        # A new item in a preview has no id yet, and so no anchor.
        return f"item-{self.pk}" if self.pk else ""
