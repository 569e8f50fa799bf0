"""The abstract base of every content page: what families see on each page, and what editors and
leads need to keep it true (an owner and a review cycle)."""

from functools import cached_property

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from localoffer.accessibility.panels import AccessibilityPanel
from localoffer.content_review.editor_panel import ReviewPanel
from localoffer.content_review.forms import ContentPageForm
from localoffer.content_review.models import ReviewCycle, ReviewStatus


class ContentPage(Page):
    """Not creatable itself. Subclasses set `default_review_cycle` when their content changes more
    or less often than most (a pathway with legal deadlines is checked more often)."""

    default_review_cycle = ReviewCycle.HALF_YEARLY

    summary = models.TextField(
        max_length=300,
        blank=True,
        help_text=_("One or two plain-English sentences, shown in lists and search results."),
    )
    base_form_class = ContentPageForm

    content_owner = models.ForeignKey(
        "content_review.Owner",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("owner"),
        help_text=_("The professional who keeps this page true and is reminded to review it."),
    )
    review_cycle_months = models.PositiveSmallIntegerField(
        choices=ReviewCycle.choices,
        null=True,
        blank=True,
        help_text=_("Leave empty to use the usual cycle for this type of page."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("locale_id"),
    ]
    # Translations (wagtail-localize): the words are translated; who owns a page and how often it
    # is reviewed hold for every language, so translations copy them and cannot change them.
    # Page types add their own choices with `[*ContentPage.override_translatable_fields, ...]`.
    override_translatable_fields = [
        SynchronizedField("content_owner", overridable=False),
        SynchronizedField("review_cycle_months", overridable=False),
    ]
    promote_panels = [
        *Page.promote_panels,
        FieldPanel("summary"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                ReviewPanel(),
                FieldPanel("content_owner"),
                FieldPanel("review_cycle_months"),
                FieldPanel("content_reviewed"),
            ],
            heading=_("Ownership and review"),
        ),
        AccessibilityPanel(),
        *Page.settings_panels,
    ]

    class Meta:
        abstract = True

    @property
    def review_cycle(self):
        return self.review_cycle_months or self.default_review_cycle

    @cached_property
    def current_review(self):
        """The page's `ReviewStatus` with its owner, for families: when it was last reviewed, when
        it is next due and the team that keeps it true, in one query (only if a template asks).
        None for a page never reviewed (a preview of a draft)."""
        return ReviewStatus.objects.select_related("owner").filter(page_id=self.pk).first()

    def part_owners(self):
        """{owner: [titles of the parts they own]} for owners of parts of this page other than
        the page's own owner. Review reminders for the page go to them as well."""
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.get_ancestors().live().filter(depth__gt=1)
        return context


def in_order(children):
    """Number Orderable children (steps' rows, entries, questions) by their place in the list.

    The admin's sortable panels do this when an editor saves; children built in code (demo content,
    tests) would otherwise keep a null `sort_order`, and the database may return them in any order.
    """
    children = list(children)
    for position, child in enumerate(children):
        child.sort_order = position
    return children
