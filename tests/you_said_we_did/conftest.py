import datetime
from zoneinfo import ZoneInfo

import pytest

from feedback.models import FeedbackStatus
from tests.factories import StandardPageFactory
from tests.feedback.factories import PageFeedbackFactory
from tests.you_said_we_did.factories import YouSaidWeDidPageFactory

LONDON = ZoneInfo("Europe/London")
#: Words no public page or feed may ever show: what a family typed, as stored.
RAW_COMMENT = "Zebra-striped form 7731 kept crashing and nobody called me back"


@pytest.fixture
def guidance_page(home_page):
    return StandardPageFactory(parent=home_page, title="Asking for an EHC needs assessment")


@pytest.fixture
def yswd_page(home_page):
    return YouSaidWeDidPageFactory(parent=home_page)


@pytest.fixture
def raw_comment(guidance_page):
    return PageFeedbackFactory(
        page=guidance_page,
        rating=1,
        comment=RAW_COMMENT,
        status=FeedbackStatus.NEEDS_ACTION,
        created_at=datetime.datetime(2025, 1, 2, 9, tzinfo=LONDON),
    )


@pytest.fixture
def lead_client(client, lead):
    client.force_login(lead)
    return client
