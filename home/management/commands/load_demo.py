from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from localoffer.demo import DemoSite

# Each app adds its demo content in this order (later apps link to earlier apps' pages).
DEMO_MODULES = [
    "home.demo",
    "pathways.demo",
    "localoffer.content_review.demo",
    "feedback.demo",
    "feedback.you_said_we_did.demo",
    "feedback.service_measures.demo",
    "feedback.board.demo",
    "search.demo",
    "localoffer.directory.demo",
]
# Once every page exists in every language: owners for all, and the review trend's history.
LAST_MODULES = ["localoffer.content_review.demo_history"]


class Command(BaseCommand):
    help = (
        "Load the fictional Anyshire Council Local Offer. "
        "Safe to run again: adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo into a database that holds content people made.",
        )

    def handle(self, *args, force=False, **options):
        # Demo logins have published passwords: never on a server's database.
        if not settings.LOCALOFFER_DEMO_USERS:
            raise CommandError(
                "load_demo only runs with development settings (LOCALOFFER_DEMO_USERS): "
                "it adds logins whose passwords are published."
            )
        authors = DemoSite.other_authors()
        if authors and not force:
            raise CommandError(
                f"This database holds content made by {len(authors)} people who are not demo "
                "users: load_demo would mix demo pages in with it. Run with --force if you "
                "really mean to."
            )
        demo = DemoSite(log=self.stdout.write)
        with transaction.atomic():
            for module in DEMO_MODULES:
                import_module(module).load(demo)
            # Last, once every page is there: the translations in the PO files beside them.
            demo.translations()
            for module in LAST_MODULES:
                import_module(module).load(demo)
            logins = demo.users()
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {demo.created} pages added."))
        if logins:
            self.stdout.write("Demo logins for http://127.0.0.1:8000/admin/ (development only):")
            for username, password, role in logins:
                self.stdout.write(f"  {role:<20} {username} / {password}")
