from django.middleware.locale import LocaleMiddleware

# Paths that live outside the language prefixes (config/urls.py).
UNPREFIXED = ("/admin/", "/documents/", "/language/", "/static/", "/media/")


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 under the admin (or another unprefixed path)
    stays a 404. Django would redirect it to /en/admin/..., since Wagtail's catch-all page route
    makes every prefixed path look valid."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
