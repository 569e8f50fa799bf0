""" "Is this information right? Tell us": a family's note about a service goes by email to the
person who keeps the record (its owner), or to the leads' mailbox if it has none. Only the
redacted note and the service are sent; nothing about the family is kept. Rate-limited and
protected from bots and double clicks like page feedback (`localoffer.security.form_limits`)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from localoffer.http import see_other
from localoffer.security import form_limits

from .forms import ReportChangeForm, search_link, searched_from

logger = logging.getLogger(__name__)


def recipient(service):
    if service.owner and service.owner.active:
        return service.owner.email
    return settings.CONTENT_REVIEW_LEADS_EMAIL


def take(request, page, service):
    service_url = page.service_url(service, request)
    if request.method != "POST":
        return see_other(service_url)
    if form_limits.is_rate_limited(request):
        return form_limits.too_many_submissions(request, page)
    form = ReportChangeForm(request.POST)
    if not form.is_valid():
        return page.service(request, service.oruk_id, form=form, status=400)
    note = form.cleaned_data["what"]
    if not form.is_spam() and not form_limits.is_repeat(request, service.pk, note):
        send(service, note, request.build_absolute_uri(service_url))
    # The thanks keep the way back to the search the family came from.
    carried = search_link(searched_from(request.GET))
    return see_other(f"{service_url}?{carried + '&' if carried else ''}reported=1#report-thanks")


def send(service, note, service_url):
    to = recipient(service)
    if not to:
        logger.warning(
            "No owner or leads' mailbox for a change report", extra={"service": service.pk}
        )
        return
    context = {"service": service, "note": note, "service_url": service_url}
    send_mail(
        subject=f"Is this right? A family wrote about {service.name}",
        message=render_to_string("directory/emails/change_report.txt", context),
        from_email=None,
        recipient_list=[to],
    )
