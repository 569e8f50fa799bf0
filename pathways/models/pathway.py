"""Pathways: the GOV.UK "step by step" pattern for what happens next, who does it and how long it
may take.

Steps are a StreamField: a pathway is read as a whole, editors reorder and preview steps like any
other block, and every page a step links to is resolved in one query however many steps there are.
Which pathways link to a page ("Part of" on that page) is asked of Wagtail's reference index, which
records every page chosen in a step's links, with an indexed lookup by target page.
"""

from functools import cached_property

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, PageQuerySet, ReferenceIndex
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from localoffer.content_review.models import ReviewCycle
from localoffer.pages import ContentPage
from localoffer.restrictions import public
from localoffer.taxonomy import MAX_AGE, MIN_AGE, Audience
from localoffer.translation.locales import in_locale
from pathways.blocks import PathwayStepsBlock
from pathways.panels import UnavailableLinksPanel
from pathways.steps import locate, number_steps

from .base import INTRO_FEATURES, AreaOfNeedChoice, GuidanceListingPage


class PathwayQuerySet(PageQuerySet):
    def listed(self):
        """Pathways families may see, with what a list of them shows."""
        return public(self.live()).prefetch_related("areas_of_need")

    def matching(self, criteria):
        """Pathways for the visitor's choices: `criteria` from `GuidanceFilterForm`. A pathway
        with no areas of need ticked is for every area."""
        pathways = self
        if audience := criteria.get("audience"):
            pathways = pathways.filter(audience=audience)
        if (age := criteria.get("age")) is not None:
            pathways = pathways.filter(min_age__lte=age, max_age__gte=age)
        if area := criteria.get("area"):
            pathways = pathways.filter(
                models.Q(areas_of_need__value=area) | models.Q(areas_of_need__isnull=True)
            )
        return pathways

    def linking_to(self, page):
        """Pathways with a step that links to `page`."""
        references = (
            ReferenceIndex.objects.filter(
                to_content_type=ContentType.objects.get_for_model(Page),
                to_object_id=str(page.pk),
                content_type=ContentType.objects.get_for_model(self.model),
                model_path__startswith="steps.",
            )
            .annotate(pathway_id=Cast("object_id", models.IntegerField()))
            .values("pathway_id")
        )
        return self.filter(pk__in=references)


class PathwayIndexPage(GuidanceListingPage):
    """Lists its pathways, filtered by audience, age and area of need."""

    search_category = "pathway"  # the type filter on the search page

    filters = ("audience", "age", "area")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["pathways.PathwayPage"]

    class Meta:
        verbose_name = _("pathway index page")

    def filter_choices(self):
        """Only the areas of need some pathway here is tagged with: a family choosing any other
        would find only the pathways for every area, or nothing. One query."""
        pathways = public(PathwayPage.objects.live()).child_of(self)
        tagged = AreaOfNeedChoice.objects.filter(pathways__in=pathways).values_list("value")
        return {"area": {value for (value,) in tagged.distinct()}}

    def get_results(self, criteria):
        pathways = list(PathwayPage.objects.listed().child_of(self).matching(criteria))
        return {"pathways": pathways, "result_count": len(pathways)}


class PathwayPage(ContentPage):
    search_category = "pathway"  # the type filter on the search page

    # Statutory deadlines change, and a wrong deadline misleads families: check every 3 months.
    default_review_cycle = ReviewCycle.QUARTERLY

    intro = RichTextField(
        features=INTRO_FEATURES, blank=True, help_text=_("Who this pathway is for, and when.")
    )
    audience = models.CharField(
        max_length=20,
        choices=Audience.choices,
        help_text=_("Who the pathway is written for: it speaks to them as “you”."),
    )
    min_age = models.PositiveSmallIntegerField(
        _("from age"), default=MIN_AGE, validators=[MaxValueValidator(MAX_AGE)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("to age"), default=MAX_AGE, validators=[MaxValueValidator(MAX_AGE)]
    )
    areas_of_need = ParentalManyToManyField(
        AreaOfNeedChoice,
        blank=True,
        related_name="pathways",
        help_text=_("Leave all unticked if the pathway is for every area of need."),
    )
    steps = StreamField(PathwayStepsBlock(), min_num=1)

    objects = PageManager.from_queryset(PathwayQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("areas_of_need", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who it is for"),
        ),
        UnavailableLinksPanel(heading=_("Links families cannot follow")),
        FieldPanel("steps"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("steps"),
        index.FilterField("audience"),
    ]
    # Who a pathway is for decides where families find it, in every language. Steps are
    # translated block by block: what happens, who does it and the timescale are words to
    # translate; how a step joins the one before and whether its timescale is set by law are not.
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        SynchronizedField("audience", overridable=False),
        SynchronizedField("min_age", overridable=False),
        SynchronizedField("max_age", overridable=False),
        SynchronizedField("areas_of_need", overridable=False),
    ]

    parent_page_types = ["pathways.PathwayIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("pathway")

    def clean(self):
        super().clean()
        if self.min_age > self.max_age:
            raise ValidationError({"max_age": _("The oldest age must not be below the youngest.")})

    @cached_property
    def numbered_steps(self):
        return number_steps([block.value for block in self.steps])

    def part_owners(self):
        """The owners steps name for themselves, other than the pathway's owner."""
        owners = {}
        for step in self.numbered_steps:
            owner = step.value["owner"]
            if owner and owner.pk != self.content_owner_id:
                owners.setdefault(owner, []).append(step.value["title"])
        return owners

    def feedback_steps(self):
        """The choices for "Which step were you on?" in the page feedback form."""
        return [f"{step.number}. {step.value['title']}" for step in self.numbered_steps]

    def position_of(self, page):
        """Where `page` sits in this pathway, for the "Part of" sidebar (None if not in it)."""
        return locate(self, self.numbered_steps, page)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.link_steps_in_own_language()
        return context

    def link_steps_in_own_language(self):
        """Send each step's page link to the page in this pathway's language where it is
        translated. A translation keeps the pages chosen on the English pathway (wagtail-localize
        synchronises them unchanged), so this happens when the page is shown. One query."""
        links = [link for step in self.numbered_steps for link in step.page_links()]
        links = [link for link in links if link.is_available]
        pages = in_locale([link["page"] for link in links], self.locale_id)
        for link, page in zip(links, pages, strict=True):
            link["page"] = page

    def unavailable_links(self):
        """(step, link) for each step link families cannot follow: to an unpublished or deleted
        page."""
        return [
            (step, link)
            for step in self.numbered_steps
            for link in step.page_links()
            if not link.is_available
        ]
