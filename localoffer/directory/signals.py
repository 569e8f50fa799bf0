"""Publishing a service is checking it: the date families see as "last checked" moves on."""

from django.utils import timezone
from wagtail.signals import published

from .models import Service


def record_check(sender, instance, **kwargs):
    instance.record_check(timezone.now())


def connect():
    published.connect(record_check, sender=Service, dispatch_uid="directory.service_checked")
