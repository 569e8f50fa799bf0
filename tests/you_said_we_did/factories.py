"""Factories for "You said, we did": entries (published unless `publish=False`) and the page."""

import datetime

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from feedback.models import YouSaidWeDidEntry, YouSaidWeDidPage
from feedback.you_said_we_did.choices import EntryStatus, EntryTopic
from tests.factories import PageFactory


class EntryFactory(DjangoModelFactory):
    """`EntryFactory(comments=[...], publish=False)`: an entry in the source language, saved
    with a revision and published, as a lead would."""

    class Meta:
        model = YouSaidWeDidEntry

    title = factory.Sequence(lambda n: f"Theme {n}")
    topic = EntryTopic.WEBSITE
    you_said = "You said the pages were hard to follow."
    we_did = "We rewrote them in plain English."
    status = EntryStatus.DONE
    received_on = datetime.date(2025, 1, 6)
    resolved_on = factory.LazyAttribute(
        lambda entry: (
            entry.received_on + datetime.timedelta(days=10)
            if entry.status in (EntryStatus.DONE, EntryStatus.NOT_POSSIBLE)
            else None
        )
    )
    locale = factory.LazyFunction(Locale.get_default)

    @classmethod
    def _create(cls, model_class, *args, publish=True, comments=(), **kwargs):
        entry = model_class(*args, live=False, comments=list(comments), **kwargs)
        entry.full_clean()
        entry.save()
        revision = entry.save_revision()
        if publish:
            revision.publish()
            entry.refresh_from_db()
        return entry


class YouSaidWeDidPageFactory(PageFactory):
    class Meta:
        model = YouSaidWeDidPage

    title = "You said, we did"
    slug = "you-said-we-did"
    summary = "What families told us, and what we changed."
