"""Image uploads that are checked to the last pixel (WAGTAILIMAGES_IMAGE_FORM_BASE). Wagtail reads
only an image's header before accepting it: a truncated file ended the upload in a 500 (Pillow's
error escaped the form), and a file that Pillow cannot decode was stored, to fail later in every
rendition. Here the whole image is decoded once, after Wagtail's size and pixel-count checks (so
that a decompression bomb is refused before it is decoded), and any failure is the form's own
"not a valid image" error, in the uploader's language."""

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class FullyDecodedImageField(WagtailImageField):
    def to_python(self, data):
        try:
            file = super().to_python(data)
        except ValidationError:
            raise
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
            raise self.invalid() from error
        if file is None:
            return None
        try:
            with Image.open(file) as image:
                image.load()
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
            raise self.invalid() from error
        finally:
            file.seek(0)
        return file

    def invalid(self):
        return ValidationError(self.error_messages["invalid_image"], code="invalid_image")


class SiteImageForm(BaseImageForm):
    # Labelled as Wagtail labels it, from the model field (in Wagtail's catalogues).
    file = FullyDecodedImageField(
        label=capfirst(get_image_model()._meta.get_field("file").verbose_name)
    )
