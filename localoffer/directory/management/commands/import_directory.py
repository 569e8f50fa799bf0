from django.core.management.base import BaseCommand, CommandError

from localoffer.directory import importing


class Command(BaseCommand):
    help = (
        "Import services from an Open Referral UK 3.0 feed (its API address, or a JSON file of "
        "its services) or from a CSV file. A file with any error is rejected whole; --dry-run "
        "reports what would change and stores nothing."
    )

    def add_arguments(self, parser):
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--oruk-url", help="The feed's API, e.g. https://example.org/api/oruk")
        source.add_argument("--oruk-file", help="A JSON file: a list of services, or a page")
        source.add_argument(
            "--csv", help=f"A CSV file with the columns {', '.join(importing.CSV_COLUMNS)}"
        )
        parser.add_argument("--dry-run", action="store_true", help="Report, but store nothing.")

    def handle(self, *args, oruk_url, oruk_file, csv, dry_run, **options):
        try:
            if oruk_url:
                records = importing.read_oruk_feed(oruk_url)
            elif oruk_file:
                records = importing.read_oruk_file(oruk_file)
            else:
                records = importing.read_csv_file(csv)
            outcome = importing.import_services(records, dry_run=dry_run)
        except OSError as error:
            raise CommandError(str(error)) from error
        except importing.RejectedFile as rejected:
            for where, what in rejected.errors:
                self.stderr.write(f"{where}: {what}")
            raise CommandError(
                f"Nothing imported: {len(rejected.errors)} error(s) to correct first."
            ) from rejected
        prefix = "Would be " if dry_run else ""
        for label, names in (
            ("created", outcome.created),
            ("updated", outcome.updated),
            ("unchanged", outcome.unchanged),
        ):
            self.stdout.write(f"{prefix}{label}: {len(names)}".capitalize())
            for name in names:
                self.stdout.write(f"  {name}")
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was stored."))
