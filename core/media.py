"""Uploaded images served by the application, for one machine with its media on disk.

WhiteNoise serves only the files it finds at start-up, so not uploads made since; a web server in
front could serve the folder, but `make run` has none. Django's `static.serve` resolves the path
inside MEDIA_ROOT (`safe_join`: no way out of it) and answers conditional requests; this view lets
it serve only the image folders. Documents are not served here: Wagtail's /documents/ view checks
their privacy and collection permissions, which a direct /media/documents/ link would bypass.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

# Wagtail's originals, their renditions, the admin's avatars.
PUBLIC_FOLDERS = {"original_images", "images", "avatar_images"}


def serve_media(request, path):
    path = posixpath.normpath(path).lstrip("/")
    if path.split("/", 1)[0] not in PUBLIC_FOLDERS:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    # A day, not forever: a file name is not a hash of its content, an image may be replaced.
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response
