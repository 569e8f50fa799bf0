"""The demo: a "You said, we did" page in the site footer, with published entries in every
status, linked to the demo's comments, and drafts; loading it again adds nothing."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from feedback.demo import words
from feedback.models import PageFeedback, YouSaidWeDidEntry, YouSaidWeDidPage
from feedback.you_said_we_did.choices import EntryStatus
from localoffer.privacy import redact

pytestmark = pytest.mark.django_db


class _Discard:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass


def test_the_demo_has_published_entries_in_every_status_linked_to_feedback(demo_site):
    published = YouSaidWeDidEntry.objects.live()
    assert published.count() >= 10
    assert set(published.values_list("status", flat=True)) == set(EntryStatus)
    assert published.values("topic").distinct().count() >= 5
    linked = published.filter(comments__isnull=False).distinct()
    assert linked.count() >= 10
    assert YouSaidWeDidEntry.objects.filter(live=False).count() == 2
    for entry in published.filter(status=EntryStatus.NOT_POSSIBLE):
        assert entry.we_did
    for entry in published.filter(status__in=[EntryStatus.DONE, EntryStatus.NOT_POSSIBLE]):
        assert entry.received_on <= entry.resolved_on
    assert YouSaidWeDidEntry.objects.median_days_to_done() is not None
    assert PageFeedback.objects.unanswered().exists()  # plenty left for leads to do


def test_the_demo_page_is_in_the_footer_and_shows_no_raw_comments(client, demo_site):
    page = YouSaidWeDidPage.objects.child_of(demo_site).get()
    home = BeautifulSoup(client.get(demo_site.url).content, "html.parser")
    assert home.select_one(f'.site-footer a[href="{page.url}"]').get_text() == page.title

    html = client.get(page.url).content.decode()
    assert "The SENDIASS phone number on more pages" in html
    # The comment with personal details has a quotation drafted, but not approved.
    assert redact(words()["comments"]["negative"][4]) not in html
    assert "Plainer words about EHC plans" not in html  # a draft

    feed = client.get(f"{page.url}feed/")
    entries = ET.fromstring(feed.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == min(YouSaidWeDidEntry.objects.live().count(), 20)


def test_loading_the_demo_again_adds_nothing(demo_site):
    entries = YouSaidWeDidEntry.objects.count()
    links = list(YouSaidWeDidEntry.comments.through.objects.values_list("pk", flat=True))
    footer = len(demo_site.footer_links)

    call_command("load_demo", stdout=_Discard())

    assert YouSaidWeDidEntry.objects.count() == entries
    assert list(YouSaidWeDidEntry.comments.through.objects.values_list("pk", flat=True)) == links
    demo_site.refresh_from_db()
    assert len(demo_site.footer_links) == footer
    assert YouSaidWeDidPage.objects.child_of(demo_site).count() == 1
