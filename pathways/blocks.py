"""The blocks a pathway's steps are made of.

Links in a step live in the step's own list of links, never inside its text, so that we can check
every one: a link to a page that is not published (or was deleted) is shown as plain text to
families, and editors are warned about it (see `pathways.panels`).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from pathways.steps import Join, TimescaleKind, number_steps

STEP_TEXT_FEATURES = ["bold", "italic", "ol", "ul"]


class PageLinkValue(blocks.StructValue):
    @property
    def is_available(self):
        """False when the page is unpublished or deleted: families see the text, not a link."""
        page = self.get("page")
        return page is not None and page.live

    @property
    def label(self):
        page = self.get("page")
        return self.get("text") or (page.title if page is not None else "")


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    text = blocks.CharBlock(
        max_length=120, required=False, help_text=_("Leave empty to use the page's title.")
    )

    class Meta:
        icon = "doc-empty-inverse"
        label = _("Page on this site")
        value_class = PageLinkValue


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Web address"))
    text = blocks.CharBlock(max_length=120, help_text=_("Say where the link goes."))

    class Meta:
        icon = "link-external"
        label = _("Another website or online service")


class StepLinksBlock(blocks.StreamBlock):
    page = PageLinkBlock()
    external = ExternalLinkBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, help_text=_("What happens, e.g. “Ask for help”."))
    join = blocks.ChoiceBlock(
        choices=Join.choices,
        default=Join.NEW_STEP,
        required=False,
        label=_("How it follows the step before"),
        # The choices' labels are editors' words ("A new step, with the next number"): families
        # see a number, "and" or "or", so search and excerpts must not find them.
        search_index=False,
    )
    optional = blocks.BooleanBlock(
        required=False, help_text=_("Tick if some families will not need this step.")
    )
    body = blocks.RichTextBlock(
        features=STEP_TEXT_FEATURES,
        help_text=_("In plain English. Put links under “Links” below so that we can check them."),
    )
    responsible = blocks.CharBlock(
        max_length=120,
        label=_("Who does this"),
        help_text=_("For example “You”, “Your child's school” or “The council's SEND team”."),
    )
    timescale = blocks.CharBlock(
        max_length=160,
        required=False,
        help_text=_("For example “The council must decide within 6 weeks of your request”."),
    )
    timescale_kind = blocks.ChoiceBlock(
        choices=TimescaleKind.choices,
        default=TimescaleKind.TYPICAL,
        label=_("Is the timescale set by law?"),
        search_index=False,  # editors' words too: the step shows its own heading
    )
    links = StepLinksBlock(required=False)
    owner = SnippetChooserBlock(
        "content_review.Owner",
        required=False,
        label=_("Owner of this step"),
        help_text=_(
            "Only if someone other than the pathway's owner keeps this step right, for example "
            "the health team for a health step. They are sent the pathway's review reminders too."
        ),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "pathways/blocks/step.html"
        preview_value = {
            "title": "The council decides whether to assess",
            "join": "",
            "optional": False,
            "body": "<p>The council reads your request and the school's evidence.</p>",
            "responsible": "The council's SEND team",
            "timescale": "The council must decide within 6 weeks of your request",
            "timescale_kind": "statutory",
        }

    def get_context(self, value, parent_context=None):
        # Shown alone (a block preview), a step is step 1 of a pathway of one.
        context = super().get_context(value, parent_context=parent_context)
        context["step"] = number_steps([value])[0]
        return context


class PathwayStepsBlock(blocks.StreamBlock):
    step = StepBlock()

    def clean(self, value):
        value = super().clean(value)
        if value and value[0].value["join"]:
            raise StreamBlockValidationError(
                block_errors={
                    0: StructBlockValidationError(
                        block_errors={
                            "join": ValidationError(
                                _("The first step must be a new step, not “and” or “or”.")
                            )
                        }
                    )
                }
            )
        return value
