"""A finder page for one audience: the pathways, provision and preparing for adulthood guidance
for parents and carers, young people or professionals. The home page's three routes lead here."""

from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from localoffer.restrictions import public
from localoffer.taxonomy import Audience

from .adulthood import PfaItem, PfaPage, audience_query
from .base import GuidanceListingPage
from .pathway import PathwayPage
from .provision import YOUNG_PEOPLES_PHASE, ProvisionEntry, ProvisionPage


class GuidanceFinderPage(GuidanceListingPage):
    filters = ("age", "area")

    audience = models.CharField(
        max_length=20, choices=Audience.choices, help_text=_("Who this page finds guidance for.")
    )

    content_panels = [*Page.content_panels, FieldPanel("audience"), FieldPanel("intro")]
    override_translatable_fields = [
        *GuidanceListingPage.override_translatable_fields,
        SynchronizedField("audience", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance finder page")

    @property
    def is_for_young_people(self):
        return self.audience == Audience.YOUNG_PEOPLE

    def get_results(self, criteria):
        criteria = {**criteria, "audience": self.audience}
        pathways = list(
            PathwayPage.objects.listed()
            .filter(locale_id=self.locale_id)
            .matching(criteria)
            .order_by("title")
        )
        provision_pages = pages_with_counts(
            ProvisionEntry.objects.filter(page__in=self._live(ProvisionPage)).matching(criteria)
        )
        pfa_pages = pages_with_counts(
            PfaItem.objects.filter(page__in=self._live(PfaPage)).matching(criteria)
        )
        return {
            "pathways": pathways,
            "provision_pages": provision_pages,
            "pfa_pages": pfa_pages,
            "audience_query": audience_query(criteria),
            "provision_query": (
                urlencode({"phase": YOUNG_PEOPLES_PHASE}) if self.is_for_young_people else ""
            ),
            "result_count": len(pathways) + len(provision_pages) + len(pfa_pages),
        }

    def _live(self, page_class):
        return public(page_class.objects.live()).filter(locale_id=self.locale_id)


def pages_with_counts(rows):
    """[(page, how many of `rows` are on it)] in page tree order, for entries or items."""
    counts = {}
    for row in rows.select_related("page").order_by("page__path", "sort_order"):
        page, count = counts.get(row.page_id, (row.page, 0))
        counts[row.page_id] = (page, count + 1)
    return list(counts.values())
