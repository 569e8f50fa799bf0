"""Ordinarily available provision (OAP): what every mainstream setting should provide without an
EHC plan, by area of need (one page each) and phase (each entry).

Entries are rows, not blocks, because families filter them across pages by phase and age.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from localoffer.pages import ContentPage
from localoffer.restrictions import public
from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.forms import GuidanceFilterForm
from pathways.taxonomy import phases_for_age

from .base import INTRO_FEATURES, GuidanceListingPage, grouped

LIST_FEATURES = ["bold", "italic", "ol", "ul"]
# Provision is about what a setting does; a young person's own setting is their college or sixth
# form, so young people are shown the post-16 provision.
YOUNG_PEOPLES_PHASE = Phase.POST_16


class ProvisionEntryQuerySet(models.QuerySet):
    def on_live_pages_under(self, parent):
        return self.filter(page__in=public(ProvisionPage.objects.live()).child_of(parent))

    def matching(self, criteria):
        """Entries for the visitor's choices (`criteria` from `GuidanceFilterForm`)."""
        entries = self
        if area := criteria.get("area"):
            entries = entries.filter(page__area_of_need=area)
        if phase := criteria.get("phase"):
            entries = entries.filter(phase=phase)
        if (age := criteria.get("age")) is not None:
            entries = entries.filter(phase__in=phases_for_age(age))
        if criteria.get("audience") == Audience.YOUNG_PEOPLE:
            entries = entries.filter(phase=YOUNG_PEOPLES_PHASE)
        return entries


class ProvisionIndexPage(GuidanceListingPage):
    """The provision grid: areas of need down the side, phases across the top."""

    search_category = "provision"  # the type filter on the search page

    filters = ("area", "phase", "age")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["pathways.ProvisionPage"]

    class Meta:
        verbose_name = _("ordinarily available provision index page")

    def get_results(self, criteria):
        entries = list(
            ProvisionEntry.objects.on_live_pages_under(self)
            .matching(criteria)
            .select_related("page")
            .order_by("page__path", "sort_order")
        )
        phases = grid_phases(criteria)
        return {
            "phases": phases,
            "grid": provision_grid(entries, phases),
            "result_count": len(entries),
        }


def grid_phases(criteria):
    """The phases the grid shows columns for: the one chosen, those for the age chosen, or all."""
    if phase := criteria.get("phase"):
        return [Phase(phase)]
    if (age := criteria.get("age")) is not None:
        return phases_for_age(age)
    return list(Phase)


def provision_grid(entries, phases):
    """Rows of (page, [(phase, its entries) for each of `phases`]), one row per page that has
    entries. Each cell names its phase, so on a phone the grid reads as a list of labelled cells."""
    rows = {}
    for entry in entries:
        cells = rows.setdefault(entry.page, {phase: [] for phase in phases})
        cells[entry.phase].append(entry)
    return [(page, list(cells.items())) for page, cells in rows.items()]


class ProvisionPage(RoutablePageMixin, ContentPage):
    """The provision for one area of need, by phase, with a printable version to take to a
    meeting with the SENCO."""

    search_category = "provision"  # the type filter on the search page

    area_of_need = models.CharField(max_length=40, choices=AreaOfNeed.choices)
    intro = RichTextField(features=INTRO_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("area_of_need"),
        FieldPanel("intro"),
        InlinePanel("entries", min_num=1, label=_("Provision, by phase")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("intro"),
        index.RelatedFields(
            "entries",
            [
                index.SearchField("title"),
                index.SearchField("noticing"),
                index.SearchField("provision"),
                index.SearchField("next_help"),
            ],
        ),
    ]
    # Each language's page is for the same area of need; its entries are translated one by one.
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        SynchronizedField("area_of_need", overridable=False),
    ]
    preview_modes = [("", _("Page")), ("print", _("Printable version"))]

    parent_page_types = ["pathways.ProvisionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("ordinarily available provision page")

    def entries_by_phase(self, phase=None):
        """(phase, entries) in phase order, for the phases that have entries."""
        entries = self.entries.select_related("service__organisation")
        return grouped(entries, "phase", [Phase(phase)] if phase else Phase)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filter_form = GuidanceFilterForm(request.GET, offered=("phase",))
        phase_groups = self.entries_by_phase(filter_form.criteria.get("phase"))
        context.update(
            filter_form=filter_form,
            phase_groups=phase_groups,
            result_count=sum(len(entries) for _, entries in phase_groups),
            print_url=self.print_url(request, filter_form.query_string),
        )
        return context

    def print_url(self, request, query_string=""):
        """The printable version, keeping the visitor's phase filter."""
        url = (self.get_url(request) or "") + self.reverse_subpage("print")
        return f"{url}?{query_string}" if query_string else url

    @path("print/", name="print")
    def print_version(self, request):
        return self.render(request, template="pathways/provision_page_print.html")

    def serve_preview(self, request, mode_name):
        if mode_name == "print":
            return self.print_version(request)
        return super().serve_preview(request, mode_name)


class ProvisionEntry(TranslatableMixin, Orderable):
    """One need in one phase. Translatable, so a translated provision page has its own entries."""

    page = ParentalKey(ProvisionPage, on_delete=models.CASCADE, related_name="entries")
    phase = models.CharField(max_length=20, choices=Phase.choices)
    title = models.CharField(
        max_length=120, help_text=_("The need in a few words, e.g. “Understanding language”.")
    )
    noticing = RichTextField(_("what a family or teacher might notice"), features=LIST_FEATURES)
    provision = RichTextField(
        _("what every setting should provide"),
        features=LIST_FEATURES,
        help_text=_("Without an education, health and care plan."),
    )
    next_help = RichTextField(_("who can help next"), features=INTRO_FEATURES)
    service = models.ForeignKey(
        "directory.Service",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("a service in the directory that can help"),
        help_text=_(
            "Families see its name, what it does, how to contact it and a link to it, for as "
            "long as it is published."
        ),
    )

    objects = ProvisionEntryQuerySet.as_manager()

    panels = [
        FieldPanel("phase"),
        FieldPanel("title"),
        FieldPanel("noticing"),
        FieldPanel("provision"),
        FieldPanel("next_help"),
        FieldPanel("service"),
    ]
    # The same service in every language: a directory record is not translated.
    override_translatable_fields = [
        SynchronizedField("phase", overridable=False),
        SynchronizedField("service", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("provision entry")
        verbose_name_plural = _("provision entries")

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        # A new entry in a preview has no id yet, and so no anchor.
        return f"entry-{self.pk}" if self.pk else ""
