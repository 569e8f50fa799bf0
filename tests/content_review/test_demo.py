"""The demo site's review history: every band filled, owners with cover, safe to load again."""

import datetime

import pytest

from home import demo as home_demo
from home.models import StandardPage
from localoffer import calendar
from localoffer.content_review import demo as review_demo
from localoffer.content_review import demo_history
from localoffer.content_review.bands import OVERDUE, STALENESS_CHOICES
from localoffer.content_review.models import BandSnapshot, Owner, ReviewStatus
from localoffer.demo import DemoSite


@pytest.fixture
def demo(db):
    site = DemoSite(log=lambda *args: None)
    home_demo.load(site)
    review_demo.load(site)
    return site


def test_the_demo_has_pages_in_every_band_and_some_due_soon(demo):
    counts = ReviewStatus.objects.live().band_counts()
    assert all(counts[value] > 0 for value, _label in STALENESS_CHOICES), counts
    due_for_review = ReviewStatus.objects.live().due_for_review()
    assert due_for_review.exclude(pk__in=ReviewStatus.objects.in_band(OVERDUE)).exists()
    # Today's counts are stored by the daily command, never while the demo loads.
    assert not BandSnapshot.objects.exists()


def test_the_demo_has_several_owners_and_teams_with_cover(demo):
    assert Owner.objects.count() >= 7
    assert Owner.objects.values("team").distinct().count() >= 6
    assert not Owner.objects.filter(active=True, cover__isnull=True).exists()
    assert ReviewStatus.objects.filter(owner__email="aisha.rahman@anyshire.example").count() == 2


def test_loading_the_demo_again_keeps_editors_reviews(demo):
    before = dict(ReviewStatus.objects.values_list("page_id", "last_reviewed_at"))
    review_demo.load(demo)
    assert dict(ReviewStatus.objects.values_list("page_id", "last_reviewed_at")) == before


def test_the_demos_last_step_gives_every_page_an_owner_and_six_months_of_trend(demo):
    orphan = demo.page(demo.home, StandardPage, "orphan", title="Orphan", content_owner=None)
    reviewed_before = ReviewStatus.objects.get(page=orphan).last_reviewed_at

    demo_history.load(demo)

    orphan.refresh_from_db()
    assert orphan.content_owner_id == demo.home.specific.content_owner_id is not None
    assert ReviewStatus.objects.get(page=orphan).last_reviewed_at == reviewed_before
    snapshots = list(BandSnapshot.objects.order_by("taken_on"))
    assert len(snapshots) == 26
    today = calendar.today()
    assert snapshots[-1].taken_on == today - datetime.timedelta(weeks=1)
    assert snapshots[0].taken_on == today - datetime.timedelta(weeks=26)
    # Each row is the report's own count over the pages reviewed by then.
    week_ago = snapshots[-1].taken_on
    expected = (
        ReviewStatus.objects.live()
        .filter(last_reviewed_at__lt=calendar.start_of_day(week_ago + datetime.timedelta(days=1)))
        .band_counts(week_ago)
    )
    assert dict(snapshots[-1].counts()) == {
        label: expected[value] for value, label in STALENESS_CHOICES
    }

    demo_history.load(demo)  # again: nothing added
    assert BandSnapshot.objects.count() == 26
