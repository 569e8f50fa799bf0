from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from localoffer.demo import DemoSite

# Each app adds its demo content in this order (later apps link to earlier apps' pages).
DEMO_MODULES = [
    "home.demo",
    "pathways.demo",
    "localoffer.content_review.demo",
    "feedback.demo",
    "feedback.you_said_we_did.demo",
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

    def handle(self, *args, **options):
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
