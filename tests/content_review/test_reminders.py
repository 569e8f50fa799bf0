"""`send_review_reminders`: weekly digests to owners, escalations after 12 months, idempotent
daily runs, a dry run, and the daily snapshot of band counts."""

import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from wagtail import hooks

from localoffer.content_review.bands import STALENESS_CHOICES
from localoffer.content_review.feedback_flags import HOOK_NAME
from localoffer.content_review.links import mark_reviewed_url
from localoffer.content_review.models import BandSnapshot, ReviewReminder, ReviewStatus
from localoffer.content_review.reviews import mark_reviewed
from tests.factories import OwnerFactory
from tests.pathways.factories import PathwayPageFactory, step

from .factories import content_page, london

Reason = ReviewReminder.Reason
TODAY = datetime.date(2026, 4, 15)


@pytest.fixture(autouse=True)
def reminders_on(settings):
    settings.CONTENT_REVIEW_REMINDERS = True
    settings.CONTENT_REVIEW_LEADS_EMAIL = "leads@anyshire.example"


@pytest.fixture
def cover(db):
    return OwnerFactory(name="Sam Lowry", email="sam@anyshire.example")


@pytest.fixture
def owner(owner, cover):
    owner.cover = cover
    owner.save()
    return owner


@pytest.fixture
def pages(section, owner):
    def page(title, reviewed_at, due):
        return content_page(
            section, reviewed_at=reviewed_at, due=due, content_owner=owner, title=title
        )

    return {
        "overdue": page("Overdue page", london(2025, 10, 20), datetime.date(2026, 4, 1)),
        "due soon": page("Due soon page", london(2025, 10, 20), datetime.date(2026, 4, 25)),
        "not due": page("Not due page", london(2026, 3, 1), datetime.date(2026, 9, 1)),
    }


def run(day=TODAY, *args):
    output = io.StringIO()
    with time_machine.travel(london(day.year, day.month, day.day, 7), tick=False):
        call_command("send_review_reminders", *args, stdout=output)
    return output.getvalue()


def _to(address):
    return [message for message in mail.outbox if address in message.to]


def test_each_owner_gets_one_digest_of_their_overdue_and_due_soon_pages(pages, owner):
    run()

    [digest] = _to(owner.email)
    assert digest.subject == "2 Local Offer pages need your review"
    body = digest.body
    assert "Hello Priya Natarajan," in body
    overdue_part, due_soon_part = body.split("Due in the next two weeks:")
    assert "Overdue page" in overdue_part
    assert "Was due 1 April 2026 (14 days ago)" in overdue_part
    assert "Due soon page" in due_soon_part
    assert "Due 25 April 2026" in due_soon_part
    assert "Not due page" not in body
    assert mark_reviewed_url([pages["overdue"].pk]) in body
    assert "http://127.0.0.1:8000/education/overdue-page/" in body
    html, mime_type = digest.alternatives[0]
    assert mime_type == "text/html"
    assert "Overdue page</a>" in html


def test_every_reminder_sent_is_recorded(pages, owner):
    run()

    recorded = {(r.page_id, r.reason, r.owner_id) for r in ReviewReminder.objects.all()}
    assert recorded == {
        (pages["overdue"].pk, Reason.OVERDUE, owner.pk),
        (pages["due soon"].pk, Reason.DUE_SOON, owner.pk),
    }


def test_a_second_run_on_the_same_day_sends_nothing_new(pages):
    run()
    sent, recorded = len(mail.outbox), ReviewReminder.objects.count()

    run()

    assert len(mail.outbox) == sent == 1
    assert ReviewReminder.objects.count() == recorded


def test_the_digest_repeats_weekly_while_pages_are_overdue(pages, owner):
    run()
    for day in range(1, 7):
        run(TODAY + datetime.timedelta(days=day))
    assert len(_to(owner.email)) == 1

    run(TODAY + datetime.timedelta(days=7))

    assert len(_to(owner.email)) == 2
    assert "Overdue page" in mail.outbox[-1].body


def test_pages_reviewed_since_the_last_digest_are_left_out(pages, owner, editor):
    run()
    mark_reviewed([pages["overdue"]], user=editor)

    run(TODAY + datetime.timedelta(days=7))

    latest = _to(owner.email)[-1]
    assert "Overdue page" not in latest.body
    assert "Due soon page" in latest.body


def test_an_owner_with_nothing_due_gets_no_email(section, owner):
    content_page(section, reviewed_at=london(2026, 3, 1), due=datetime.date(2026, 9, 1))
    run()
    assert mail.outbox == []


def test_pages_unreviewed_for_12_months_are_escalated_to_leads_and_cover(section, owner, cover):
    content_page(
        section,
        reviewed_at=london(2025, 4, 15, 23),
        due=datetime.date(2025, 10, 1),
        content_owner=owner,
        title="Forgotten page",
    )

    run()

    [escalation] = _to("leads@anyshire.example")
    assert sorted(escalation.to) == ["leads@anyshire.example", "sam@anyshire.example"]
    assert escalation.subject == "Escalated: 1 Local Offer page owned by Priya Natarajan"
    assert "Forgotten page" in escalation.body
    assert "follow this up with Priya Natarajan (priya@anyshire.example)" in escalation.body
    assert "Forgotten page" in _to(owner.email)[0].body  # the owner still hears too
    assert ReviewReminder.objects.filter(reason=Reason.ESCALATION).count() == 1


def test_the_cover_contact_hears_from_the_day_a_page_reaches_6_months(section, owner, cover):
    content_page(
        section,
        reviewed_at=london(2025, 10, 16),
        due=datetime.date(2026, 4, 1),
        content_owner=owner,
        title="Half-forgotten page",
    )
    run()
    assert _to(cover.email) == []
    assert len(_to(owner.email)) == 1  # the owner hears from the due date

    run(TODAY + datetime.timedelta(days=1))

    [to_cover] = _to(cover.email)
    assert to_cover.to == [cover.email]
    assert (
        to_cover.subject == "Not reviewed in 6 months: 1 Local Offer page owned by Priya Natarajan"
    )
    assert "Half-forgotten page" in to_cover.body
    assert _to("leads@anyshire.example") == []
    assert ReviewReminder.objects.filter(reason=Reason.COVER).count() == 1


def test_a_page_whose_owner_has_left_goes_to_the_leads_at_once(section, owner):
    # Reviewed last month and not due: nobody active would ever be reminded about it.
    content_page(
        section,
        reviewed_at=london(2026, 3, 1),
        due=datetime.date(2026, 9, 1),
        content_owner=owner,
        title="Page of someone who left",
    )
    owner.active = False
    owner.save()

    run()

    [escalation] = _to("leads@anyshire.example")
    assert "Page of someone who left" in escalation.body
    assert "Priya Natarajan is no longer active" in escalation.body
    assert _to(owner.email) == []


def test_a_page_is_escalated_on_the_day_it_reaches_12_months(section, owner):
    content_page(section, reviewed_at=london(2025, 4, 16), due=datetime.date(2025, 10, 1))
    run()
    assert _to("leads@anyshire.example") == []
    run(TODAY + datetime.timedelta(days=1))
    assert len(_to("leads@anyshire.example")) == 1


def test_escalations_repeat_weekly(section, owner):
    content_page(section, reviewed_at=london(2024, 1, 1), due=datetime.date(2024, 7, 1))
    run()
    run(TODAY + datetime.timedelta(days=6))
    assert len(_to("leads@anyshire.example")) == 1
    run(TODAY + datetime.timedelta(days=7))
    assert len(_to("leads@anyshire.example")) == 2


def test_an_inactive_owner_gets_no_digest_but_their_old_pages_are_escalated(section, owner):
    owner.active = False
    owner.save()
    content_page(
        section, reviewed_at=london(2024, 1, 1), due=datetime.date(2024, 7, 1), content_owner=owner
    )

    run()

    assert _to(owner.email) == []
    assert len(_to("leads@anyshire.example")) == 1


def test_pages_nobody_owns_are_escalated_to_the_leads(section):
    content_page(
        section,
        reviewed_at=london(2024, 1, 1),
        due=datetime.date(2024, 7, 1),
        content_owner=None,
        title="Orphan page",
    )

    run()

    [escalation] = mail.outbox
    assert escalation.to == ["leads@anyshire.example"]
    assert "Nobody owns these pages" in escalation.body


def test_feedback_brings_a_review_forward_into_the_digest(pages, owner):
    not_due = pages["not due"]

    def poorly_rated(statuses, threshold):
        return set(statuses.filter(page=not_due).values_list("page_id", flat=True))

    with hooks.register_temporarily(HOOK_NAME, poorly_rated):
        run()

    body = _to(owner.email)[0].body
    feedback_part = body.split("Families' feedback asks for a review:")[1]
    assert "Not due page (review requested by feedback)" in feedback_part
    assert ReviewReminder.objects.filter(page=not_due, reason=Reason.FEEDBACK).exists()


def test_a_dry_run_prints_what_would_be_sent_and_changes_nothing(pages, owner):
    output = run(TODAY, "--dry-run")

    assert "To: priya@anyshire.example" in output
    assert "Subject: 2 Local Offer pages need your review" in output
    assert "Overdue page" in output
    assert "Dry run: 1 emails would be sent." in output
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()
    assert not BandSnapshot.objects.exists()


def test_with_reminders_off_only_the_band_counts_are_stored(settings, pages):
    settings.CONTENT_REVIEW_REMINDERS = False

    output = run()

    assert "Reminders are switched off" in output
    assert mail.outbox == []
    assert BandSnapshot.objects.filter(taken_on=TODAY).exists()


def test_band_counts_are_stored_once_a_day(pages):
    run()
    run()
    run(TODAY + datetime.timedelta(days=1))

    snapshots = BandSnapshot.objects.order_by("taken_on")
    assert [s.taken_on for s in snapshots] == [TODAY, TODAY + datetime.timedelta(days=1)]
    # The home page, the section and "Not due page" are current; the due soon and overdue pages
    # were reviewed on 20 October (under 6 months before).
    first = snapshots[0]
    assert (first.within_3_months, first.not_in_3_months, first.not_in_6_months) == (3, 2, 0)
    assert (first.not_in_12_months, first.overdue) == (0, 1)


def test_the_trend_keeps_the_latest_count_of_each_week_and_ends_with_the_live_count(pages, editor):
    for day in range(0, 15):
        run(TODAY + datetime.timedelta(days=day))
    # A page reviewed after today's count was stored: today's row must still be the live count.
    last_day = datetime.date(2026, 4, 29)
    with time_machine.travel(london(2026, 4, 29, 12), tick=False):
        mark_reviewed([pages["overdue"]], user=editor)
        live = ReviewStatus.objects.live().band_counts(last_day)
        trend = BandSnapshot.objects.trend(live, last_day)
    # 15 April is a Wednesday: that week ends on Sunday the 19th, the next on the 26th.
    assert [s.taken_on.day for s in trend] == [19, 26, 29]
    assert dict(trend[-1].counts()) == {label: live[value] for value, label in STALENESS_CHOICES}
    assert trend[-1].overdue == BandSnapshot.objects.get(taken_on=last_day).overdue - 1


@pytest.fixture
def health_lead(db):
    return OwnerFactory(name="Dr Ade Okafor", team="Health", email="ade@anyshire.example")


@pytest.fixture
def pathway(section, owner, health_lead):
    """An overdue pathway whose owner looks after all but two steps, which the health lead owns."""
    return content_page(
        section,
        reviewed_at=london(2025, 10, 1),
        due=datetime.date(2026, 4, 1),
        factory=PathwayPageFactory,
        title="Asking for an assessment",
        content_owner=owner,
        steps=[
            step("Talk to the school", owner=owner),
            step("Ask a health visitor", owner=health_lead),
            step("See a paediatrician", owner=health_lead),
        ],
    )


def test_the_owner_of_a_step_is_reminded_of_the_steps_they_look_after(pathway, owner, health_lead):
    run()

    [digest] = _to(health_lead.email)
    assert digest.subject == "1 Local Offer page needs your review"
    assert "Asking for an assessment" in digest.body
    assert "The parts you look after: Ask a health visitor; See a paediatrician" in digest.body
    assert "The parts you look after" in digest.alternatives[0][0]
    [own_digest] = _to(owner.email)
    assert "Asking for an assessment" in own_digest.body
    assert "The parts you look after" not in own_digest.body
    assert ReviewReminder.objects.filter(page=pathway, owner=health_lead).count() == 1

    run()  # the same day again

    assert len(_to(health_lead.email)) == 1


def test_a_step_owner_is_not_escalated_about_the_pathway(section, owner, health_lead):
    content_page(
        section,
        reviewed_at=london(2025, 4, 1),
        due=datetime.date(2025, 10, 1),
        factory=PathwayPageFactory,
        content_owner=owner,
        steps=[step("See a paediatrician", owner=health_lead)],
    )

    run()

    [escalation] = _to("leads@anyshire.example")
    assert ReviewReminder.objects.filter(reason=Reason.ESCALATION).get().owner == owner
    assert len(_to(health_lead.email)) == 1  # their digest only
    assert escalation not in _to(health_lead.email)
