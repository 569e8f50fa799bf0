"""A review is a decision: publishing with "Content reviewed" ticked, or marking pages as
reviewed (one or many, with a note that goes into Wagtail's audit log). Publishing alone keeps
the review date."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry

from localoffer import roles
from localoffer.content_review.bands import Band
from localoffer.content_review.links import mark_reviewed_url
from localoffer.content_review.models import PartReview, ReviewCycle, ReviewStatus
from localoffer.content_review.reviews import MARK_REVIEWED
from tests.factories import OwnerFactory
from tests.pathways.factories import PathwayPageFactory, step

from .factories import content_page, london, status_of


@time_machine.travel(london(2026, 3, 3, 10), tick=False)
def test_publishing_a_page_records_a_review_with_its_owner_and_cycle(section, owner):
    page = content_page(section, content_owner=owner, review_cycle_months=ReviewCycle.QUARTERLY)
    status = status_of(page)
    assert status.owner == owner
    assert status.cycle_months == 3
    assert status.last_reviewed_at == london(2026, 3, 3, 10)
    spread = datetime.timedelta(days=page.pk % 9)
    assert status.next_review_due == datetime.date(2026, 6, 3) - spread


def test_republishing_keeps_the_review_date_and_takes_a_new_owner(section):
    page = content_page(section, reviewed_at=london(2025, 5, 1))
    due_before = status_of(page).next_review_due
    new_owner = OwnerFactory()
    page.content_owner = new_owner
    with time_machine.travel(london(2026, 3, 3, 10), tick=False):
        page.save_revision().publish()
    status = status_of(page)
    assert status.last_reviewed_at == london(2025, 5, 1)
    assert status.next_review_due == due_before
    assert status.owner == new_owner


def test_the_page_types_usual_cycle_applies_when_the_page_sets_none(section):
    assert status_of(section).cycle_months == section.default_review_cycle == 6


def test_saving_a_draft_is_not_a_review(section):
    page = content_page(section, reviewed_at=london(2025, 1, 1))
    page.title = "A draft change"
    page.save_revision()
    assert status_of(page).last_reviewed_at == london(2025, 1, 1)


@pytest.fixture
def stale_pages(section):
    return [
        content_page(section, reviewed_at=london(2025, 10, 1), title=f"Stale page {n}")
        for n in range(3)
    ]


def _mark_reviewed(client, pages, note=""):
    return client.post(mark_reviewed_url([page.pk for page in pages]), {"note": note})


@time_machine.travel(london(2026, 4, 15, 9), tick=False)
def test_marking_one_page_as_reviewed_moves_it_into_the_current_band(client, editor, stale_pages):
    page = stale_pages[0]
    statuses = ReviewStatus.objects.filter(page__in=stale_pages)
    assert set(statuses.in_band(Band.NOT_IN_6_MONTHS)) == set(statuses)
    client.force_login(editor)

    response = _mark_reviewed(client, [page], note="Checked the phone numbers.")

    assert response.status_code == 302
    assert list(statuses.in_band(Band.WITHIN_3_MONTHS)) == [status_of(page)]
    assert status_of(page).next_review_due > datetime.date(2026, 9, 1)
    entry = PageLogEntry.objects.get(page=page, action=MARK_REVIEWED)
    assert entry.user == editor
    assert entry.timestamp == london(2026, 4, 15, 9)
    assert entry.data == {"note": "Checked the phone numbers."}
    assert entry.comment == "Checked the phone numbers."


@time_machine.travel(london(2026, 4, 15, 9), tick=False)
def test_marking_many_pages_at_once_reviews_each_and_logs_each(client, editor, stale_pages):
    client.force_login(editor)

    response = _mark_reviewed(client, stale_pages)

    assert response.status_code == 302
    statuses = ReviewStatus.objects.filter(page__in=stale_pages)
    assert statuses.in_band(Band.WITHIN_3_MONTHS).count() == 3
    logged = PageLogEntry.objects.filter(action=MARK_REVIEWED, user=editor)
    assert sorted(logged.values_list("page_id", flat=True)) == sorted(p.pk for p in stale_pages)


def test_the_confirmation_page_lists_the_pages_and_asks_for_a_note(client, editor, stale_pages):
    client.force_login(editor)

    response = client.get(mark_reviewed_url([page.pk for page in stale_pages]))

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert [a.get_text() for a in html.select("main ul li a")] == [p.title for p in stale_pages]
    assert html.find("label", attrs={"for": "id_note"}).get_text(strip=True).startswith("Note")
    # Opening the link from an email changes nothing until the editor confirms.
    assert not PageLogEntry.objects.filter(action=MARK_REVIEWED).exists()


def test_a_draft_cannot_be_marked_as_reviewed(client, editor, section):
    draft = content_page(section, publish=False, title="Not yet published")
    client.force_login(editor)

    response = client.get(mark_reviewed_url([draft.pk]))

    assert "cannot be marked as reviewed" in response.content.decode()
    _mark_reviewed(client, [draft])
    assert not ReviewStatus.objects.filter(page=draft).exists()


def test_a_non_numeric_page_id_is_a_404_not_an_error(client, editor):
    client.force_login(editor)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "mark_reviewed"))
    assert client.get(f"{url}?id=abc").status_code == 404


def test_the_page_listing_offers_mark_as_reviewed_for_selected_pages(client, editor, section):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_explore", args=[section.pk]))

    bulk_url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "mark_reviewed"))
    assert bulk_url in response.content.decode()


def test_a_page_offers_mark_as_reviewed_in_its_header_menu(client, editor, section):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[section.pk]))

    assert mark_reviewed_url([section.pk]) in response.content.decode().replace("&amp;", "&")


def test_the_page_history_shows_the_review_and_its_note(client, editor, stale_pages):
    page = stale_pages[0]
    client.force_login(editor)
    _mark_reviewed(client, [page], note="Rang the service to check.")

    response = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))

    text = response.content.decode()
    assert "Marked as reviewed: no changes needed" in text
    assert "Rang the service to check." in text


def _user_with_email(group, email):
    user = get_user_model().objects.create_user(username=email, password="x", email=email)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.mark.parametrize(
    ("due", "note_required"),
    [(datetime.date(2025, 4, 15), False), (datetime.date(2025, 4, 14), True)],
)
@time_machine.travel(london(2026, 4, 15, 9), tick=False)
def test_a_page_more_than_12_months_overdue_needs_a_note(
    client, editor, section, due, note_required
):
    page = content_page(section, reviewed_at=london(2024, 10, 1), due=due, title="Forgotten")
    client.force_login(editor)

    response = _mark_reviewed(client, [page], note="  ")

    assert (response.status_code == 200) is note_required
    reviewed = status_of(page).last_reviewed_at == london(2026, 4, 15, 9)
    assert reviewed is not note_required
    if note_required:
        html = BeautifulSoup(response.content, "html.parser")
        assert "needs a note" in html.select_one(".error-message").get_text()
        assert _mark_reviewed(client, [page], note="Rang the team.").status_code == 302
        assert status_of(page).last_reviewed_at == london(2026, 4, 15, 9)


@pytest.fixture
def health_lead(db):
    return OwnerFactory(name="Jo Health", email="jo.health@anyshire.example")


@pytest.fixture
def pathway(section, owner, health_lead):
    return content_page(
        section,
        reviewed_at=london(2025, 10, 1),
        factory=PathwayPageFactory,
        title="Asking for an assessment",
        content_owner=owner,
        steps=[
            step("Talk to the school", owner=owner),
            step("Ask a health visitor", owner=health_lead),
        ],
    )


@time_machine.travel(london(2026, 4, 15, 9), tick=False)
def test_a_step_owner_reviews_their_steps_and_the_page_owner_the_rest(
    client, section, owner, health_lead, pathway
):
    step_owner = _user_with_email(roles.EDITORS, health_lead.email)
    page_owner = _user_with_email(roles.EDITORS, owner.email)
    client.force_login(step_owner)

    _mark_reviewed(client, [pathway])

    # Their steps are reviewed; the pathway is not, until its own text is too.
    assert PartReview.objects.get(page=pathway, owner=health_lead).reviewed_at == london(
        2026, 4, 15, 9
    )
    assert status_of(pathway).last_reviewed_at == london(2025, 10, 1)
    entry = PageLogEntry.objects.get(page=pathway, action=MARK_REVIEWED)
    assert entry.data["parts"] == ["Ask a health visitor"]

    client.force_login(page_owner)
    with time_machine.travel(london(2026, 4, 16, 9), tick=False):
        _mark_reviewed(client, [pathway])

    assert status_of(pathway).last_reviewed_at == london(2026, 4, 15, 9)
    assert status_of(pathway).content_reviewed_at == london(2026, 4, 16, 9)


@time_machine.travel(london(2026, 4, 15, 9), tick=False)
def test_each_page_of_a_bulk_review_shows_it_in_its_own_history(client, editor, stale_pages):
    client.force_login(editor)

    _mark_reviewed(client, stale_pages[:2], note="Checked the section.")

    for page in stale_pages[:2]:
        response = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
        assert response.content.decode().count("Marked as reviewed: no changes needed") == 1
        assert "Checked the section." in response.content.decode()
