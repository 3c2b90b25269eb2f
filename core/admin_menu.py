from wagtail.admin.menu import MenuItem


class MenuItemFor(MenuItem):
    """An admin menu item shown only to the users `may_see(user)` accepts."""

    def __init__(self, label, url, may_see, **kwargs):
        super().__init__(label, url, **kwargs)
        self.may_see = may_see

    def is_shown(self, request):
        return self.may_see(request.user)
