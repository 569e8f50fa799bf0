"""The words "You said, we did" entries are sorted by. Values are stored and appear in public
links (`?topic=transport`), so they never change; labels are what families read."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryStatus(models.TextChoices):
    RECEIVED = "received", _("We have heard you")
    IN_PROGRESS = "in_progress", _("We are working on it")
    DONE = "done", _("Done")
    NOT_POSSIBLE = "not_possible", _("We cannot do this")


#: Statuses that close an entry: each needs a date and a public answer.
CLOSED_STATUSES = (EntryStatus.DONE, EntryStatus.NOT_POSSIBLE)

#: What the public page calls the answer, and the date an entry closed, in each status.
ANSWER_HEADINGS = {
    EntryStatus.RECEIVED: _("What happens next"),
    EntryStatus.IN_PROGRESS: _("What we are doing"),
    EntryStatus.DONE: _("What we did"),
    EntryStatus.NOT_POSSIBLE: _("Why we cannot do this"),
}
CLOSED_ON_LABELS = {EntryStatus.DONE: _("Done on"), EntryStatus.NOT_POSSIBLE: _("Decided on")}


class EntryTopic(models.TextChoices):
    WEBSITE = "website", _("The Local Offer website")
    EHC_PLANS = "ehc-plans", _("EHC needs assessments and plans")
    EDUCATION = "education", _("Schools, colleges and SEN support")
    HEALTH = "health", _("Health and therapies")
    SOCIAL_CARE = "social-care", _("Social care and short breaks")
    PREPARING_FOR_ADULTHOOD = "preparing-for-adulthood", _("Preparing for adulthood")
    TRANSPORT = "transport", _("Travel and transport")
    TALKING_TO_US = "talking-to-us", _("Talking to us and getting advice")
