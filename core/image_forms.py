"""Image uploads that are checked to the last pixel (WAGTAILIMAGES_IMAGE_FORM_BASE). Wagtail reads
only an image's header before accepting it: a truncated file ended the upload in a 500 (Pillow's
error escaped the form), and a file that Pillow cannot decode was stored, to fail later in every
rendition. Here the whole image is decoded once, after Wagtail's size and pixel-count checks (so
that a decompression bomb is refused before it is decoded), and any failure is the form's own
"not a valid image" error, in the uploader's language."""

from django.core.exceptions import ValidationError
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class FullyDecodedImageField(WagtailImageField):
    def to_python(self, data):
        try:
            file = super().to_python(data)
            if file is not None:
                with Image.open(file) as image:
                    image.load()
                file.seek(0)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
            raise self.invalid() from error
        return file

    def invalid(self):
        return ValidationError(self.error_messages["invalid_image"], code="invalid_image")


class SiteImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Made for each form, not once in the class: Wagtail's field writes its help text and
        # messages in the active language when it is made (the user's, during a request).
        if uploaded := self.fields.get("file"):
            checked = FullyDecodedImageField(label=uploaded.label, required=uploaded.required)
            checked.widget = uploaded.widget  # with the attributes Wagtail's form gave it
            self.fields["file"] = checked
