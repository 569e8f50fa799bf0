"""Services in the content review report and the owners' reminders, beside the pages
(`localoffer.content_review.records`): a service's check is its review, its owner and cycle are
a page's, and its band is worked out by the same rule."""

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.urls import reverse
from wagtail.models import Locale

from localoffer.content_review.records import RecordPage, RecordRow, RecordSource

from .models import Service
from .pages import DirectoryPage


class ServiceRecords(RecordSource):
    kind = "service"

    def live(self):
        # The report's names for a service's own fields, so pages' rules apply as they are.
        return Service.objects.live().alias(
            title=F("name"),
            last_reviewed_at=F("last_checked_at"),
            next_review_due=F("next_check_due"),
            cycle_months=F("review_cycle_months"),
        )

    def rows(self, records, today):
        services = list(records.select_related("owner", "owner__cover"))
        if not services:
            return []
        content_type = ContentType.objects.get_for_model(Service)
        locale = Locale.get_default()
        directory = DirectoryPage.objects.live().filter(locale=locale).first()
        directory_url = (directory.full_url or "") if directory else ""
        return [
            RecordRow(
                kind=self.kind,
                pk=service.pk,
                page=RecordPage(
                    title=service.name,
                    content_type=content_type,
                    locale=locale,
                    full_url=directory_url
                    and directory_url
                    + directory.reverse_subpage("service", args=[service.oruk_id]),
                ),
                owner=service.owner,
                last_reviewed_at=service.last_checked_at,
                next_review_due=service.next_check_due,
                cycle_months=service.review_cycle_months,
                edit_url=reverse(
                    "wagtailsnippets_directory_service:edit", args=[quote(service.pk)]
                ),
                band=service.band,
            )
            for service in services
        ]


def service_records():
    return ServiceRecords()
