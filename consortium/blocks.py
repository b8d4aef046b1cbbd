"""Body blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "includes/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading; keeps the page outline in order.")
        preview_value = {"text": "Научная неделя", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    """An image with an optional caption; alt text comes from the image itself."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "includes/blocks/figure.html"
        label = _("Image")
        description = _("An image with its caption. Alt text is set on the image.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=1000)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "includes/blocks/quote.html"
        label = _("Quote")
        description = _("A quotation with the name of who said it.")
        preview_value = {
            "quote": "Наука начинается с вопроса.",
            "attribution": "Наставник кружка",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="includes/blocks/paragraph.html",
        description=_("Formatted text with links and lists."),
        preview_value="<p>Занятия проходят на оборудовании университета.</p>",
    )
    figure = FigureBlock()
    quote = QuoteBlock()

    class Meta:
        block_counts = {}
