from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from consortium.models import City, Region
from consortium.models.vocabularies import InstitutionKind
from consortium.onboarding import add_member


class Command(BaseCommand):
    help = (
        "Onboard a member institution: its page in Russian and English, its sections, media "
        "collection, member admin and moderation, in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The member's name in Russian.")
        parser.add_argument("--name-en", help="The member's name in English.")
        parser.add_argument("--kind", required=True, choices=InstitutionKind.values)
        parser.add_argument("--region", required=True, help="Region slug, e.g. tatarstan.")
        parser.add_argument("--city", required=True, help="City slug, e.g. kazan.")
        parser.add_argument("--admin-email", required=True, help="The member admin's e-mail.")
        parser.add_argument("--slug", help="URL slug (default: from the name).")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the new pages at once (default: drafts).",
        )

    def handle(self, *args, **options):
        # Messages in the site's main language, whatever language was active before.
        with translation.override(settings.LANGUAGE_CODE):
            self.add(options)

    def add(self, options):
        try:
            region = Region.objects.get(slug=options["region"])
            city = City.objects.get(slug=options["city"])
        except (Region.DoesNotExist, City.DoesNotExist) as error:
            raise CommandError(f"Unknown region or city: {error}") from error
        try:
            member = add_member(
                name=options["name"],
                name_en=options["name_en"],
                kind=options["kind"],
                region=region,
                city=city,
                admin_email=options["admin_email"],
                slug=options["slug"],
                publish_pages=options["publish"],
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Member added: {member.page.title} ({member.page.url_path}); "
                f"member admin: {member.admin.get_username()}."
            )
        )
