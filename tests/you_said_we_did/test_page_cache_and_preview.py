"""Entries change a cached page without a page being published: publishing, unpublishing or
deleting one retires cached pages. Leads preview an entry as families will see it."""

import pytest
from django.test import RequestFactory

from feedback.models import YouSaidWeDidPage
from tests.you_said_we_did.conftest import RAW_COMMENT
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_publishing_unpublishing_and_deleting_entries_retire_the_cached_page(
    client, yswd_page, page_cache_on, django_capture_on_commit_callbacks
):
    def shown(title, url=yswd_page.url):
        return title in client.get(url).content.decode()

    assert not shown("Ramps")  # the page is now cached
    with django_capture_on_commit_callbacks(execute=True):
        entry = EntryFactory(title="Ramps", publish=False)
    assert not shown("Ramps")

    with django_capture_on_commit_callbacks(execute=True):
        entry.get_latest_revision().publish()
    assert shown("Ramps")
    assert shown("Ramps", f"{yswd_page.url}feed/")

    entry.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        entry.unpublish()
    assert not shown("Ramps")

    with django_capture_on_commit_callbacks(execute=True):
        lifts = EntryFactory(title="Lifts")
    assert shown("Lifts")
    with django_capture_on_commit_callbacks(execute=True):
        lifts.delete()
    assert not shown("Lifts")


def test_a_lead_previews_an_entry_as_on_the_public_page(home_page, raw_comment, lead):
    entry = EntryFactory(
        title="Forms that crash", comments=[raw_comment], approved_quotation=RAW_COMMENT
    )
    request = RequestFactory().get("/")
    request.user = lead
    response = entry.make_preview_request(request)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Forms that crash" in html
    assert RAW_COMMENT not in html
    assert YouSaidWeDidPage.can_create_at(home_page)
