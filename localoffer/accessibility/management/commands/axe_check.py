import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from localoffer.accessibility.checker import (
    WIDTHS,
    AxeChecker,
    CheckerUnavailable,
    PageLoadError,
    describe_violations,
)
from localoffer.accessibility.models import AccessibilityCheck
from localoffer.accessibility.targets import site_targets, target_for_url


class Command(BaseCommand):
    help = (
        "Open pages of a running site in headless Chromium and check them with axe-core against "
        "WCAG 2.2 AA. Prints the problems grouped by rule, keeps the results for the "
        "Accessibility report, and exits with status 1 when there is any problem, so it can run "
        "from cron: manage.py axe_check --all --base-url https://localoffer.example.gov.uk"
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument(
            "--all",
            action="store_true",
            dest="whole_site",
            help="Every live page in every locale, and the search results, page not found and "
            "server error pages in every language.",
        )
        which.add_argument("--url", help="One page: a full address or a path on the site.")
        parser.add_argument(
            "--base-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help="Where the site is running (default: %(default)s).",
        )
        parser.add_argument(
            "--width",
            type=int,
            action="append",
            dest="widths",
            help=f"Browser width in pixels; repeat for several (default: {WIDTHS}).",
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print the results as JSON."
        )
        parser.add_argument(
            "--no-store",
            action="store_true",
            help="Do not keep the results for the Accessibility report.",
        )

    def handle(self, *args, whole_site, url, base_url, widths, as_json, no_store, **options):
        targets = site_targets(base_url) if whole_site else [target_for_url(url, base_url)]
        checked = self._check(targets, tuple(widths or WIDTHS))
        if not no_store:
            for target, result in checked:
                AccessibilityCheck.objects.record(target, result)
        results = [result for _target, result in checked]
        wrong_statuses = [
            f"{result.url} answered {result.status}, expected {target.expected_status}."
            for target, result in checked
            if result.status != target.expected_status
        ]
        if as_json:
            self.stdout.write(_as_json(checked))
        else:
            self._print_text(results, wrong_statuses, len(targets))
        if failures := _failures(results, wrong_statuses):
            raise CommandError(f"Found {failures}.")

    def _check(self, targets, widths):
        try:
            with AxeChecker() as checker:
                return [
                    (target, result)
                    for target in targets
                    for result in checker.check(
                        target.url, widths, html=target.html, html_status=target.expected_status
                    )
                ]
        except (CheckerUnavailable, PageLoadError) as error:
            raise CommandError(str(error)) from error

    def _print_text(self, results, wrong_statuses, page_count):
        violation_count = _violation_count(results)
        if violation_count:
            self.stdout.write(describe_violations(results))
        for line in wrong_statuses:
            self.stdout.write(self.style.ERROR(line))
        pages_with_problems = len({result.url for result in results if result.violations})
        widths = len({result.width for result in results})
        self.stdout.write(
            f"Checked {_plural(page_count, 'page')} at {_plural(widths, 'width')}: "
            f"{_plural(violation_count, 'problem')} on {_plural(pages_with_problems, 'page')}."
        )


def _violation_count(results):
    return sum(len(result.violations) for result in results)


def _failures(results, wrong_statuses):
    """What makes the check fail, in words, such as "3 accessibility problems"; "" for none."""
    failures = []
    if violation_count := _violation_count(results):
        failures.append(_plural(violation_count, "accessibility problem"))
    if wrong_statuses:
        failures.append(f"{_plural(len(wrong_statuses), 'page')} with an unexpected status")
    return " and ".join(failures)


def _plural(count, noun):
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _as_json(checked):
    return json.dumps(
        [
            {
                "url": result.url,
                "page_id": target.page_id,
                "language_code": target.language_code,
                "width": result.width,
                "status": result.status,
                "expected_status": target.expected_status,
                "axe_version": result.axe_version,
                "violations": [violation.as_dict() for violation in result.violations],
            }
            for target, result in checked
        ],
        indent=2,
    )
