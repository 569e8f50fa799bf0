from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from localoffer.blocks import BodyStreamBlock
from localoffer.pages import ContentPage
from localoffer.restrictions import public
from localoffer.taxonomy import Audience
from localoffer.translation.locales import in_locale, source_language_root_path
from localoffer.translation.versions import UNTRANSLATED_PARAMETER


class FooterLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    label = blocks.CharBlock(max_length=60, required=False, help_text=_("Defaults to the title."))

    class Meta:
        icon = "link"
        label = _("Footer link")


class HomePage(ContentPage):
    """The site root: sends each audience on its own route, and shows what changed lately."""

    LATEST_UPDATES = 5

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    # Kept on the home page so that each translation of the site has footer links in its language.
    footer_links = StreamField([("link", FooterLinkBlock())], blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("audience_routes", min_num=1, max_num=3, label=_("Routes for each audience")),
        MultiFieldPanel([FieldPanel("footer_links")], heading=_("Site footer")),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "feedback.SurveyPage",
        "feedback.YouSaidWeDidPage",
        "pathways.GuidanceFinderPage",
        "pathways.PathwayIndexPage",
        "pathways.ProvisionIndexPage",
        "pathways.PfaIndexPage",
        "directory.DirectoryPage",
    ]
    max_count_per_parent = 1

    def latest_updates(self):
        """The content pages most recently published under this home page."""
        return (
            public(Page.objects.live())
            .descendant_of(self)
            .exclude(content_type=self.content_type_id)
            .order_by("-last_published_at")[: self.LATEST_UPDATES]
        )

    def source_children(self):
        """The live, public pages under this home page's translation in the site's source
        language (English), in tree order. Every language's menu and footer are made of them,
        each shown in the family's language where it is translated (home/templatetags/
        site_tags.py), so a site in another language is whole from its first translated page."""
        return (
            public(Page.objects.live())
            .filter(depth=self.depth + 1, url_path__startswith=source_language_root_path(self))
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        routes = list(self.audience_routes.select_related("link_page"))
        # Each route's page was chosen on the English home page (translations keep it): a family
        # reading in another language goes to the page in their language where there is one.
        pages = in_locale([route.link_page for route in routes], self.locale_id)
        for route, page in zip(routes, pages, strict=True):
            route.link_page = page
        context["audience_routes"] = routes
        context["latest_updates"] = self.latest_updates()
        context["untranslated_page"] = self.untranslated_page(request)
        return context

    def untranslated_page(self, request):
        """The page the family was reading when they chose this home page's language in the
        language switcher, because that page is not translated into it (see
        `localoffer.translation.versions`); None without one."""
        page_id = request.GET.get(UNTRANSLATED_PARAMETER, "")
        if not (page_id.isdigit() and len(page_id) <= 9):  # an id the database can hold
            return None
        page = public(Page.objects.live()).filter(pk=page_id).first()
        return page if page is not None and page.locale_id != self.locale_id else None


class AudienceRoute(TranslatableMixin, Orderable):
    """One of the home page's three doors: parents and carers, young people, professionals.
    Translatable, so each language's home page has routes in its own words."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="audience_routes")
    audience = models.CharField(max_length=20, choices=Audience.choices)
    heading = models.CharField(max_length=80)
    description = models.CharField(max_length=200)
    link_page = models.ForeignKey(
        Page, on_delete=models.PROTECT, related_name="+", help_text=_("Where this route starts.")
    )

    panels = [
        FieldPanel("audience"),
        FieldPanel("heading"),
        FieldPanel("description"),
        FieldPanel("link_page"),
    ]
    # A translator may point a route at the page in their language (`link_page` stays
    # overridable); who the route is for is the same in every language.
    override_translatable_fields = [SynchronizedField("audience", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("audience route")

    def __str__(self):
        return self.heading


class StandardPage(ContentPage):
    """General guidance: anything that is not a pathway, provision or adulthood page."""

    body = StreamField(BodyStreamBlock())

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*ContentPage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    def subpages(self):
        """The live, public pages under this one, in the order editors put them: a section page
        (Health, About…) lists them with their summaries, as GOV.UK's topic pages do."""
        if not self.numchild:  # most pages: no query
            return StandardPage.objects.none()
        return public(StandardPage.objects.child_of(self).live()).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.subpages()
        return context
