"""The postcode table (ONS Postcode Directory layout) and the demo directory."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from localoffer.directory import demo
from localoffer.directory.models import PostcodeCentroid, Service
from localoffer.taxonomy import AreaOfNeed

pytestmark = pytest.mark.django_db


def test_loads_live_postcodes_from_the_ons_layout():
    call_command("load_postcodes", str(demo.POSTCODES_FILE), stdout=io.StringIO())
    assert PostcodeCentroid.objects.count() > 50
    assert PostcodeCentroid.objects.locate("an24jt").postcode == "AN2 4JT"
    # Terminated postcodes (doterm set) are left out.
    assert PostcodeCentroid.objects.locate("AN9 9ZZ") is None


def test_a_file_that_is_not_onspd_is_refused(tmp_path):
    path = tmp_path / "postcodes.csv"
    path.write_text("postcode,x,y\nAN1 1AA,1,2\n")
    with pytest.raises(CommandError, match="no lat, long, pcds column"):
        call_command("load_postcodes", str(path))


def test_demo_directory_covers_every_need_age_and_type():
    data = json.loads(demo.SERVICES_FILE.read_text())
    services = data["services"]
    assert len(services) >= 60
    assert {area for service in services for area in service["areas_of_need"]} == set(
        AreaOfNeed.values
    )
    assert {kind for service in services for kind in service["service_types"]} == {
        kind["slug"] for kind in data["service_types"]
    }
    for youngest, oldest in ((0, 4), (5, 11), (12, 16), (17, 25)):
        assert any(
            service["min_age"] <= oldest and service["max_age"] >= youngest for service in services
        ), (youngest, oldest)
    assert any("en" not in service["languages"] for service in services)
    assert any(service["access"] == "referral" for service in services)
    assert any(service["access"] == "ehc-plan" for service in services)


def test_demo_records_load_and_are_idempotent(home_page):
    # The records alone: the guidance pages their signposts go on are the rest of the demo's
    # (the signposts are tested on the whole demo in test_signposts.py).
    from localoffer.demo import DemoSite

    site = DemoSite(log=lambda *_: None)
    demo.load_records(site)
    count = Service.objects.live().count()
    assert count >= 60
    demo.load_records(site)
    assert Service.objects.count() == count
    assert PostcodeCentroid.objects.locate("AN2 4JT") is not None
