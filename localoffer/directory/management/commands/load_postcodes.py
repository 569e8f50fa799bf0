from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from localoffer.directory.postcodes import PostcodeFileError, load_centroids


class Command(BaseCommand):
    help = (
        "Load postcode centroids for 'services near me' from an ONS Postcode Directory CSV file "
        "(the whole country, or the council's area cut from it). Replaces the centroids stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The ONSPD CSV file, e.g. ONSPD_NOV_2024_UK.csv")

    def handle(self, *args, path, **options):
        try:
            with open(path, newline="", encoding="utf-8-sig") as lines, transaction.atomic():
                count = load_centroids(lines)
        except (OSError, PostcodeFileError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{count} postcodes loaded."))
