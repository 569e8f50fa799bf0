"""Blocks for page bodies, shared by every content page type (one StreamBlock, used everywhere)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

HEADING_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class CalloutBlock(blocks.StructBlock):
    """A highlighted message, such as a legal deadline families must not miss."""

    style = blocks.ChoiceBlock(
        choices=[("information", _("Information")), ("warning", _("Important"))],
        default="information",
        # Families see the style as a colour, not these words: not searchable.
        search_index=False,
    )
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"
        preview_value = {
            "style": "warning",
            "heading": "The council must reply within 6 weeks",
            "text": "<p>If you have not heard back after 6 weeks, contact the SEND team.</p>",
        }


class DetailsBlock(blocks.StructBlock):
    """Extra detail that most readers can skip: a native <details> element, no JavaScript."""

    summary = blocks.CharBlock(max_length=120, help_text=_("Written as a question or short label."))
    text = blocks.RichTextBlock(features=INLINE_FEATURES)

    class Meta:
        icon = "collapse-down"
        label = _("Details (show and hide)")
        template = "blocks/details.html"
        preview_value = {
            "summary": "What does SENCO mean?",
            "text": "<p>The special educational needs co-ordinator in a school or nursery.</p>",
        }


class AccordionBlock(blocks.StructBlock):
    """Several related sections a reader opens one at a time, e.g. questions and answers."""

    heading = blocks.CharBlock(max_length=120, required=False)
    sections = blocks.ListBlock(DetailsBlock(), min_num=2)

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = "blocks/accordion.html"


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(required=False, max_length=300)
    phone = blocks.CharBlock(max_length=40, required=False)
    email = blocks.EmailBlock(required=False)
    website = blocks.URLBlock(required=False)
    opening_hours = blocks.CharBlock(max_length=120, required=False)

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "blocks/contact_card.html"
        preview_value = {
            "name": "Anyshire SEND team",
            "phone": "01234 567890",
            "email": "send@anyshire.example",
            "opening_hours": "Monday to Friday, 9am to 5pm",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    description = blocks.CharBlock(
        max_length=200, required=False, help_text=_("What is in it and who it is for.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link.html"


class WhoCanHelpBlock(blocks.StructBlock):
    """Signposting to a service that can help next, such as SENDIASS or the parent carer forum:
    a record of the directory (kept up to date by its owner, shown while it is published), or
    words written here for help the directory does not list."""

    heading = blocks.CharBlock(max_length=120, default=_("Who can help"))
    service = SnippetChooserBlock(
        "directory.Service",
        required=False,
        help_text=_(
            "A service in the directory: families see its name, what it does, how to contact "
            "it and a link to it, for as long as it is published."
        ),
    )
    organisation = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text=_("Or, for help that is not in the directory, its name and what it does."),
    )
    description = blocks.RichTextBlock(features=INLINE_FEATURES, required=False)
    link = blocks.URLBlock(required=False)
    phone = blocks.CharBlock(max_length=40, required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("service") and not (
            value.get("organisation") and value.get("description")
        ):
            raise StructBlockValidationError(
                block_errors={
                    "service": ValidationError(
                        _(
                            "Choose a service from the directory, or write the organisation's "
                            "name and what it does."
                        )
                    )
                }
            )
        return value

    class Meta:
        icon = "group"
        label = _("Who can help")
        template = "blocks/who_can_help.html"
        preview_value = {
            "heading": "Who can help",
            "organisation": "Anyshire SENDIASS",
            "description": "<p>Free, impartial advice for families and young people.</p>",
            "phone": "01234 567891",
        }


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    text = blocks.RichTextBlock(features=HEADING_FEATURES, label=_("Text"))
    callout = CalloutBlock()
    details = DetailsBlock()
    accordion = AccordionBlock()
    contact_card = ContactCardBlock()
    document_link = DocumentLinkBlock()
    who_can_help = WhoCanHelpBlock()
    image = ImageBlock(template="blocks/image.html")
