from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from partners.forms import OnboardPartnerForm
from partners.onboarding import onboard_partner


def can_onboard(user):
    # Whoever may create user accounts (administrators) may onboard partners.
    return user.is_active and user.has_perm("auth.add_user")


def onboard(request):
    """The admin's one-step onboarding of a partner organization (as `manage.py add_partner`)."""
    if not can_onboard(request.user):
        raise PermissionDenied
    form = OnboardPartnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            access, user, created = onboard_partner(
                data["name"],
                data["email"],
                data["country"].slug if data["country"] else None,
                data["language"] or None,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(name)s is ready: %(email)s received a link to choose a password.")
                % {"name": access.name, "email": user.email}
                if created
                else _("%(email)s now belongs to %(name)s.")
                % {"name": access.name, "email": user.email},
            )
            return redirect("partner_onboarding")
    return render(
        request, "partners/onboard.html", {"form": form}, status=400 if form.errors else 200
    )
