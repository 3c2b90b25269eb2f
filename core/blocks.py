"""The one body block set that every page type's StreamField uses."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Safe formatting only: no raw HTML, no embeds, no images inside text.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class ImageWithRenditionsChooserBlock(ImageChooserBlock):
    """Fetches a body's images with their renditions in bulk: a page with thirty pictures does
    not make thirty more queries."""

    def bulk_to_python(self, values):
        images = self.model_class.objects.prefetch_renditions().in_bulk(values)
        return [images.get(image_id) for image_id in values]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = "The values of the Social and Solidarity Economy"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Organisations of the SSE put <b>people before capital</b>: "
            "their profits serve a social or environmental cause.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageWithRenditionsChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        preview_value = {"caption": "Young people from four countries at a training week"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "One person, one vote: that is how we decide together.",
            "attribution": "A member of a housing cooperative",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
