"""A lead's dashboard: indicators off track, new comments needing action and unanswered ones,
beside content review's bands. Editors and moderators do not see it."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from feedback.measures import Measure
from feedback.models import FeedbackStatus, MeasureFigure, PageFeedback, ServiceMeasure
from tests.feedback.factories import OutcomeIndicatorFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 12, tzinfo=ZoneInfo("Europe/London"))
HOME = reverse("wagtailadmin_home")


@pytest.fixture(autouse=True)
def _december_2026():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def work(guidance_page):
    appeals = ServiceMeasure.objects.create(
        name="Appeals to the SEND Tribunal", unit="count", better="lower", period="term"
    )
    MeasureFigure.objects.create(
        measure=appeals,
        period_start=datetime.date(2026, 4, 1),
        value=24,
        target=20,
        published_on=datetime.date(2026, 10, 1),
    )
    OutcomeIndicatorFactory(
        name="Appeals", measure=Measure.SERVICE, service_measure=appeals, period="term", target=None
    )
    PageFeedback.objects.record(page=guidance_page, rating=2, comment="I could not find the form.")
    old = PageFeedback.objects.record(page=guidance_page, rating=1, comment="No reply yet.")
    old.created_at = NOW - datetime.timedelta(days=40)
    old.status = FeedbackStatus.NEEDS_ACTION
    old.save()


def panel(response):
    return BeautifulSoup(response.content, "html.parser").select_one("#family-feedback-content")


def test_a_lead_sees_where_the_work_is(lead_client, work, django_assert_max_num_queries):
    with django_assert_max_num_queries(60):
        response = lead_client.get(HOME)
    found = panel(response)
    links = [a.get_text(" ", strip=True) for a in found.select("li a")]
    assert links == [
        "1 new comment needs action",
        "1 comment unanswered for more than 30 days",
        "1 of 1 indicators off track",
    ]
    rows = [[c.get_text(strip=True) for c in r.select("th, td")] for r in found.select("tbody tr")]
    assert rows == [["Appeals", "Summer term 2026", "24", "20"]]


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_do_not_see_it(client, work, role, request):
    client.force_login(request.getfixturevalue(role))
    assert panel(client.get(HOME)) is None
