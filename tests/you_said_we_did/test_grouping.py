"""Leads make entries from the comments inbox: select comments, "Group into “You said, we
did”", and go straight to the entry to write it. The inbox can show unanswered comments."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from feedback.models import FeedbackStatus, PageFeedback, YouSaidWeDidEntry
from feedback.ratings import Rating
from feedback.you_said_we_did.models import group_comments
from tests.feedback.factories import PageFeedbackFactory
from tests.you_said_we_did.conftest import LONDON
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db

INBOX = reverse("wagtailsnippets_feedback_pagefeedback:list")
GROUP = reverse(
    "wagtail_bulk_action", args=["feedback", "pagefeedback", "group_into_you_said_we_did"]
)
NOW = datetime.datetime(2025, 6, 16, 12, tzinfo=LONDON)


@pytest.fixture(autouse=True)
def _mid_june_2025():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def comments(guidance_page):
    def comment(text, day, **fields):
        return PageFeedbackFactory(
            page=guidance_page,
            rating=Rating.POOR,  # needs action, so it can be unanswered
            comment=text,
            status=FeedbackStatus.UNREAD,
            created_at=datetime.datetime(2025, 5, day, 9, tzinfo=LONDON),
            **fields,
        )

    return [comment("No bus to school.", 20), comment("Who pays for taxis?", 3)]


def group_url(feedback):
    return GROUP + "?" + "&".join(f"id={item.pk}" for item in feedback) + f"&next={INBOX}"


def test_grouping_comments_into_a_new_draft_entry(lead_client, lead, comments):
    response = lead_client.post(
        group_url(comments), {"title": "School transport", "topic": "transport"}
    )

    entry = YouSaidWeDidEntry.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailsnippets_feedback_yousaidwedidentry:edit", args=[entry.pk]
    )
    assert (entry.title, entry.topic, entry.status) == ("School transport", "transport", "received")
    assert not entry.live
    assert set(entry.comments.all()) == set(comments)
    assert entry.received_on == datetime.date(2025, 5, 3)  # the earliest comment
    assert entry.latest_revision.user == lead
    assert entry.locale.language_code == "en-gb"


def test_grouping_comments_into_an_existing_entry(lead_client, comments, guidance_page):
    earlier = PageFeedbackFactory(
        page=guidance_page,
        comment="Still no bus.",
        created_at=datetime.datetime(2025, 4, 1, tzinfo=LONDON),
    )
    entry = EntryFactory(
        title="Transport",
        status="in_progress",
        comments=comments,
        received_on=datetime.date(2025, 5, 3),
    )

    response = lead_client.post(group_url([earlier]), {"entry": entry.pk})

    assert response["Location"].endswith(f"/edit/{entry.pk}/")
    entry.refresh_from_db()
    # A published entry gets the comment in a new draft, published with its next change.
    assert entry.has_unpublished_changes
    draft = entry.get_latest_revision_as_object()
    assert set(draft.comments.all()) == {*comments, earlier}
    assert draft.received_on == datetime.date(2025, 4, 1)
    assert set(entry.comments.all()) == set(comments)


def test_a_draft_entry_takes_the_comments_at_once(lead, comments):
    entry = group_comments(comments[:1], user=lead, title="Transport", topic="transport")
    group_comments(comments[1:], user=lead, entry=entry)
    entry.refresh_from_db()
    assert set(entry.comments.all()) == set(comments)
    assert entry.revisions.count() == 2


def test_a_new_entry_needs_a_title_and_topic(lead_client, comments):
    response = lead_client.post(group_url(comments), {"title": "", "topic": ""})
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "title": ["A new entry needs this."],
        "topic": ["A new entry needs this."],
    }
    assert not YouSaidWeDidEntry.objects.exists()


def test_ratings_without_comments_and_spam_are_not_grouped(lead_client, comments, guidance_page):
    rating = PageFeedbackFactory(page=guidance_page, comment="")
    spam = PageFeedbackFactory(
        page=guidance_page, comment="Buy now", status=FeedbackStatus.EXCLUDED
    )

    confirm = BeautifulSoup(
        lead_client.get(group_url([*comments, rating, spam])).content, "html.parser"
    )
    assert "These cannot be grouped" in confirm.get_text()
    lead_client.post(group_url([*comments, rating, spam]), {"title": "Buses", "topic": "transport"})
    assert set(YouSaidWeDidEntry.objects.get().comments.all()) == set(comments)

    response = lead_client.post(group_url([rating, spam]), {"title": "Nothing", "topic": "website"})
    assert response.status_code == 302
    assert YouSaidWeDidEntry.objects.count() == 1


def test_the_action_is_offered_in_the_inbox(lead_client, comments):
    html = lead_client.get(INBOX).content.decode()
    assert "group_into_you_said_we_did" in html


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_cannot_group_comments(role, request, client, comments):
    client.force_login(request.getfixturevalue(role))
    response = client.post(group_url(comments), {"title": "Buses", "topic": "transport"})
    assert response.status_code in (302, 403)
    assert not YouSaidWeDidEntry.objects.exists()


def test_the_inbox_shows_unanswered_comments(lead_client, comments, guidance_page):
    PageFeedbackFactory(
        page=guidance_page,
        rating=Rating.POOR,
        comment="Nobody answered.",
        status=FeedbackStatus.READ,
        created_at=NOW - datetime.timedelta(days=31),
    )
    answered = PageFeedbackFactory(
        page=guidance_page,
        rating=Rating.POOR,
        comment="Answered.",
        status=FeedbackStatus.READ,
        created_at=NOW - datetime.timedelta(days=31),
    )
    EntryFactory(comments=[answered])

    def listed(query):
        html = BeautifulSoup(lead_client.get(INBOX, query).content, "html.parser")
        return {
            title.get_text(strip=True) for title in html.select("tbody td.title .title-wrapper")
        }

    # "No bus to school." was sent 27 days ago: not unanswered yet.
    assert listed({"you_said_we_did": "unanswered"}) == {"Nobody answered.", "Who pays for taxis?"}
    assert listed({"you_said_we_did": "linked"}) == {"Answered."}
    assert PageFeedback.objects.count() == 4
