"""Importing from another directory: an ORUK 3.0 feed or file, or CSV; dry runs; rejected files."""

import json

import pytest
from django.core.management import CommandError, call_command

from localoffer.directory import importing
from localoffer.directory.models import Location, Organisation, Service

pytestmark = pytest.mark.django_db

SERVICE_ID = "0f1b1c7e-3d1e-4b8e-9c55-1f0c9c1a2b01"
ORG_ID = "0f1b1c7e-3d1e-4b8e-9c55-1f0c9c1a2b02"
LOCATION_ID = "0f1b1c7e-3d1e-4b8e-9c55-1f0c9c1a2b03"


def oruk_service(**changes):
    service = {
        "id": SERVICE_ID,
        "name": "Riverside Autism Group",
        "description": "A group for autistic children and their families.",
        "status": "active",
        "minimum_age": 5,
        "maximum_age": 11,
        "organization": {"id": ORG_ID, "name": "Riverside Charity", "description": "A charity."},
        "service_at_locations": [
            {
                "id": "0f1b1c7e-3d1e-4b8e-9c55-1f0c9c1a2b04",
                "location": {
                    "id": LOCATION_ID,
                    "location_type": "physical",
                    "name": "Riverside Hall",
                    "latitude": 52.9,
                    "longitude": -0.8,
                    "addresses": [
                        {"address_1": "1 River Road", "city": "Anyford", "postal_code": "an11aa"}
                    ],
                },
            }
        ],
        "attributes": [
            {"taxonomy_term": {"name": "Communication and interaction"}},
            {"taxonomy_term": {"name": "Support groups"}},
        ],
        "languages": [{"code": "pl", "name": "Polish"}],
    }
    return {**service, **changes}


def write_json(tmp_path, services):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"contents": services}))
    return str(path)


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("import_directory", *args, stdout=out, stderr=err)
    finally:
        run.stderr = err.getvalue()
    return out.getvalue()


def test_a_good_oruk_file_is_imported_and_published(tmp_path):
    output = run("--oruk-file", write_json(tmp_path, [oruk_service()]))
    assert "Created: 1" in output
    service = Service.objects.live().get(oruk_id=SERVICE_ID)
    assert (service.min_age, service.max_age) == (5, 11)
    assert service.organisation.name == "Riverside Charity"
    assert [area.value for area in service.areas_of_need.all()] == ["communication-interaction"]
    assert [kind.name for kind in service.service_types.all()] == ["Support groups"]
    [venue] = service.locations.all()
    assert (venue.postcode, venue.live) == ("AN1 1AA", True)
    assert service.revisions.count() == 1


def test_importing_again_updates_by_id(tmp_path):
    run("--oruk-file", write_json(tmp_path, [oruk_service()]))
    output = run("--oruk-file", write_json(tmp_path, [oruk_service(maximum_age=14)]))
    assert "Updated: 1" in output
    assert Service.objects.get(oruk_id=SERVICE_ID).max_age == 14
    assert Service.objects.count() == 1


def test_a_dry_run_reports_and_stores_nothing(tmp_path):
    output = run("--oruk-file", write_json(tmp_path, [oruk_service()]), "--dry-run")
    assert "Would be created: 1\n  Riverside Autism Group" in output
    assert "Dry run: nothing was stored." in output
    assert not Service.objects.exists()
    assert not Organisation.objects.exists()
    assert not Location.objects.exists()


def test_a_bad_feed_stores_nothing_and_says_where(tmp_path):
    bad = oruk_service(id="not-an-id", maximum_age="old", name="")
    second = oruk_service(id="0f1b1c7e-3d1e-4b8e-9c55-1f0c9c1a2b09")
    with pytest.raises(CommandError, match="Nothing imported: 3 error"):
        run("--oruk-file", write_json(tmp_path, [second, bad]))
    assert run.stderr.splitlines() == [
        "record 2: id: 'not-an-id' is not a UUID",
        "record 2: maximum_age: 'old' is not a number",
        "record 2: name: missing",
    ]
    assert not Service.objects.exists()


def test_a_file_that_is_not_json(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text("{oops")
    with pytest.raises(CommandError):
        run("--oruk-file", str(path))
    assert run.stderr.startswith("line 1: not JSON")


def test_a_feed_is_read_page_by_page(tmp_path):
    pages = {
        "https://other.example/api/services?page=1&per_page=100": {
            "contents": [{"id": SERVICE_ID}],
            "last_page": False,
        },
        "https://other.example/api/services?page=2&per_page=100": {
            "contents": [],
            "last_page": True,
        },
        f"https://other.example/api/services/{SERVICE_ID}": oruk_service(),
    }
    records = importing.read_oruk_feed("https://other.example/api/", fetch=pages.__getitem__)
    outcome = importing.import_services(records)
    assert outcome.created == ["Riverside Autism Group"]
    assert records[0][0] == f"https://other.example/api/services/{SERVICE_ID}"


CSV = (
    "name,description,organisation,min_age,max_age,areas_of_need,service_types,cost,access,"
    "languages,location,address,town,postcode\n"
    "Saturday Club,Games and crafts.,Play Trust,7,13,cognition-learning,Play,paid,referral,"
    "en;ur,Oak Hall,Oak Lane,Oakby,AN8 2OL\n"
)


def test_csv_import_then_again_unchanged(tmp_path):
    path = tmp_path / "services.csv"
    path.write_text(CSV)
    assert "Created: 1" in run("--csv", str(path))
    service = Service.objects.get(name="Saturday Club")
    assert (service.cost, service.access) == ("paid", "referral")
    assert sorted(language.code for language in service.languages.all()) == ["en", "ur"]
    assert "Unchanged: 1" in run("--csv", str(path))


def test_csv_errors_name_the_line(tmp_path):
    path = tmp_path / "services.csv"
    path.write_text(CSV + "Club,Words.,Trust,9,4,,,free-ish,,,,,,\n")
    with pytest.raises(CommandError):
        run("--csv", str(path))
    assert "line 3: cost: 'free-ish' is not one of free, paid" in run.stderr
    assert "line 3: minimum_age is above maximum_age" in run.stderr
    assert not Service.objects.exists()


def test_csv_without_the_needed_columns(tmp_path):
    path = tmp_path / "services.csv"
    path.write_text("title,words\nA,B\n")
    with pytest.raises(CommandError):
        run("--csv", str(path))
    assert run.stderr.strip() == "line 1: missing column(s): description, name, organisation"
