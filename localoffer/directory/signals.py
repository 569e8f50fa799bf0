"""Publishing a service is checking it: the date families see as "last checked" moves on."""

from django.utils import timezone
from wagtail.signals import published

from .models import Service


def record_check(sender, instance, **kwargs):
    instance.last_checked_at = timezone.now()
    Service.objects.filter(pk=instance.pk).update(last_checked_at=instance.last_checked_at)


def connect():
    published.connect(record_check, sender=Service, dispatch_uid="directory.service_checked")
