"""The demo site's review history: every band filled, owners with cover, safe to load again."""

import pytest

from home import demo as home_demo
from localoffer.content_review import demo as review_demo
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
    assert BandSnapshot.objects.count() == 1


def test_the_demo_has_several_owners_and_teams_with_cover(demo):
    assert Owner.objects.count() >= 7
    assert Owner.objects.values("team").distinct().count() >= 6
    assert not Owner.objects.filter(active=True, cover__isnull=True).exists()
    assert ReviewStatus.objects.filter(owner__email="aisha.rahman@anyshire.example").count() == 2


def test_loading_the_demo_again_keeps_editors_reviews(demo):
    before = dict(ReviewStatus.objects.values_list("page_id", "last_reviewed_at"))
    review_demo.load(demo)
    assert dict(ReviewStatus.objects.values_list("page_id", "last_reviewed_at")) == before
