from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from partners.forms import OnboardPartnerForm
from partners.onboarding import onboard_partner


class Command(BaseCommand):
    help = (
        "Onboard a partner organization: its page, group, collection and permissions in every "
        "language tree, and a user for EMAIL who gets a link to choose a password. Safe to re-run; "
        "another --email adds another user to the same organization."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--country", help="ISO code of the country, e.g. GR")
        parser.add_argument(
            "--language", help="language of its users, e.g. el (default: the country's)"
        )

    def handle(self, *args, name, email, country, language, **options):
        # The admin's form checks the input, so both ways refuse the same mistakes.
        form = OnboardPartnerForm(
            {
                "name": name,
                "email": email,
                "country": (country or "").lower(),
                "language": language or "",
            }
        )
        if not form.is_valid():
            raise CommandError(
                " ".join(f"--{field}: {' '.join(errors)}" for field, errors in form.errors.items())
            )
        try:
            access, user, created = onboard_partner(name, email, country, language)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(
            f"{access.name}: group '{access.group.name}', collection '{access.collection.name}'. "
            + (
                f"User {user.email} created; a link to set the password was sent."
                if created
                else f"User {user.email} already existed; now in the group."
            )
        )
