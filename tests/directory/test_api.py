"""The Open Referral UK API: every endpoint's responses validated against the official schemas
(../shared/oruk), with its filters, pages and errors."""

import re

import pytest
from django.core.cache import caches

from localoffer.directory import api as oruk_api
from localoffer.directory import oruk
from localoffer.security import rate_limits
from localoffer.taxonomy import AreaOfNeed
from pathways.models import AreaOfNeedChoice
from tests.factories import OwnerFactory

from .factories import (
    LocationFactory,
    PostcodeFactory,
    ServiceFactory,
    ServiceTypeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(search_index):
    """Three published services (two in Anyford, one 20 miles away), a draft service, and a
    published service whose only venue is an unpublished draft."""
    area = {choice.value: choice for choice in AreaOfNeedChoice.objects.all()}
    group = ServiceTypeFactory(name="Support groups", slug="support-groups")
    therapy = ServiceTypeFactory(name="Therapy", slug="therapy")
    PostcodeFactory(postcode="AN1 1AA", latitude=52.95, longitude=-0.85)
    anyford = LocationFactory(name="Anyford Family Hub", latitude=52.951, longitude=-0.851)
    faraway = LocationFactory(name="Far Hall", town="Kingsmere", latitude=53.2, longitude=-1.2)
    hidden_venue = LocationFactory(name="Secret Venue", publish=False)
    owner = OwnerFactory(email="private.owner@anyshire.example")
    services = {
        "autism": ServiceFactory(
            name="Autism Family Group",
            min_age=5,
            max_age=11,
            locations=[anyford],
            areas_of_need=[area[AreaOfNeed.COMMUNICATION_INTERACTION]],
            service_types=[group],
            owner=owner,
        ),
        "therapy": ServiceFactory(
            name="Speech Therapy Clinic",
            min_age=0,
            max_age=18,
            locations=[anyford],
            areas_of_need=[area[AreaOfNeed.COMMUNICATION_INTERACTION]],
            service_types=[therapy],
        ),
        "far": ServiceFactory(
            name="Kingsmere Youth Club",
            min_age=12,
            max_age=19,
            locations=[faraway],
            areas_of_need=[area[AreaOfNeed.SOCIAL_EMOTIONAL_MENTAL_HEALTH]],
            service_types=[group],
        ),
        "draft": ServiceFactory(name="Draft Autism Service", publish=False, locations=[anyford]),
        "hidden-venue": ServiceFactory(name="Hidden Venue Service", locations=[hidden_venue]),
    }
    return {"services": services, "types": {"group": group, "therapy": therapy}}


def get(client, path, **params):
    return client.get(f"/api/oruk{path}", params)


def names(body):
    return [item["name"] for item in body["contents"]]


def test_about_points_at_the_openapi_document(client, oruk_schemas):
    response = get(client, "/")
    assert response.status_code == 200
    oruk_schemas.validate("/", response.json())
    assert response.json()["version"] == "3.0"
    assert response.json()["openapi_url"].endswith("/api/oruk/openapi.json")
    assert client.get("/api/oruk/openapi.json").status_code == 200


def test_services_lists_only_published_services(client, oruk_schemas, directory):
    response = get(client, "/services")
    assert response.status_code == 200
    body = response.json()
    oruk_schemas.validate("/services", body)
    assert names(body) == [
        "Autism Family Group",
        "Hidden Venue Service",
        "Kingsmere Youth Club",
        "Speech Therapy Clinic",
    ]
    assert body["total_items"] == 4


def test_services_pages(client, oruk_schemas, directory):
    body = get(client, "/services", per_page=3, page=2).json()
    oruk_schemas.validate("/services", body)
    assert body == {**body, "total_items": 4, "total_pages": 2, "page_number": 2, "size": 1}
    assert (body["first_page"], body["last_page"], body["empty"]) == (False, True, False)
    beyond = get(client, "/services", per_page=3, page=9).json()
    oruk_schemas.validate("/services", beyond)
    assert beyond["contents"] == []
    assert beyond["size"] == 0


def test_an_empty_directory_is_an_empty_page(client, oruk_schemas, db):
    body = get(client, "/services").json()
    oruk_schemas.validate("/services", body)
    assert (body["total_items"], body["empty"], body["last_page"]) == (0, True, True)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"minimum_age": 5}, ["Autism Family Group", "Kingsmere Youth Club"]),
        ({"maximum_age": 18}, ["Autism Family Group", "Speech Therapy Clinic"]),
        ({"minimum_age": 1, "maximum_age": 12}, ["Autism Family Group"]),
        ({"search": "autism"}, ["Autism Family Group"]),
        ({"postcode": "an11aa"}, ["Autism Family Group", "Speech Therapy Clinic"]),
        (
            {"postcode": "AN1 1AA", "proximity": 50000},
            ["Autism Family Group", "Speech Therapy Clinic", "Kingsmere Youth Club"],
        ),
    ],
)
def test_services_filters(client, oruk_schemas, directory, params, expected):
    body = get(client, "/services", **params).json()
    oruk_schemas.validate("/services", body)
    assert names(body) == expected


def test_services_by_taxonomy_term_and_taxonomy(client, oruk_schemas, directory):
    therapy = directory["types"]["therapy"]
    assert names(get(client, "/services", taxonomy_term_id=therapy.oruk_id).json()) == [
        "Speech Therapy Clinic"
    ]
    semh = oruk.area_of_need_term_id(AreaOfNeed.SOCIAL_EMOTIONAL_MENTAL_HEALTH)
    assert names(get(client, "/services", taxonomy_term_id=semh).json()) == ["Kingsmere Youth Club"]
    body = get(client, "/services", taxonomy_id=oruk.AREAS_OF_NEED_TAXONOMY).json()
    oruk_schemas.validate("/services", body)
    assert "Hidden Venue Service" not in names(body)
    assert len(names(body)) == 3


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"postcode": "ZZ9 9ZZ"}, 400, "The postcode 'ZZ9 9ZZ' is not one we know."),
        ({"proximity": 1000}, 400, "proximity needs a postcode to measure from."),
        (
            {"taxonomy_term_id": "2d0ea1a6-3f4a-4fd5-9f5e-6f1b2f0f0000"},
            400,
            "No taxonomy term has the id 2d0ea1a6-3f4a-4fd5-9f5e-6f1b2f0f0000.",
        ),
        ({"per_page": 101}, 422, None),
        ({"per_page": 0}, 422, None),
        ({"page": "first"}, 422, None),
        ({"minimum_age": "nine"}, 422, None),
    ],
)
def test_services_errors_say_what_is_wrong(client, directory, params, status, message):
    response = get(client, "/services", **params)
    assert response.status_code == status
    assert response["Access-Control-Allow-Origin"] == "*"
    detail = response.json()["detail"]
    if message:
        assert detail == message
    else:
        assert detail[0]["loc"][0] == "query"


def test_one_service_fully_nested(client, oruk_schemas, directory):
    service = directory["services"]["autism"]
    response = get(client, f"/services/{service.oruk_id}")
    assert response.status_code == 200
    body = response.json()
    oruk_schemas.validate("/services/{id}", body)
    assert body["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "AN1 1AA"
    assert {attribute["taxonomy_term"]["name"] for attribute in body["attributes"]} == {
        "Communication and interaction",
        "Support groups",
    }


def test_drafts_and_unknown_services_are_not_found(client, directory):
    draft = directory["services"]["draft"]
    assert get(client, f"/services/{draft.oruk_id}").status_code == 404
    assert get(client, "/services/2d0ea1a6-3f4a-4fd5-9f5e-6f1b2f0f0000").status_code == 404
    assert client.get("/api/oruk/services/not-a-uuid", follow=True).status_code == 404


def test_no_staff_personal_data(client, directory):
    service = directory["services"]["autism"]
    for path in ("/services", f"/services/{service.oruk_id}", "/service_at_locations"):
        assert b"private.owner@anyshire.example" not in get(client, path).content


def test_service_at_locations(client, oruk_schemas, directory):
    body = get(client, "/service_at_locations", postcode="AN1 1AA").json()
    oruk_schemas.validate("/service_at_locations", body)
    assert [item["service"]["name"] for item in body["contents"]] == [
        "Autism Family Group",
        "Speech Therapy Clinic",
    ]
    everything = get(client, "/service_at_locations", per_page=100).json()
    oruk_schemas.validate("/service_at_locations", everything)
    # The draft venue is never shown: its service is listed by /services but has no place here.
    assert "Secret Venue" not in {item["location"]["name"] for item in everything["contents"]}
    assert everything["total_items"] == 3


def test_taxonomies_and_terms(client, oruk_schemas, directory):
    taxonomies = get(client, "/taxonomies").json()
    oruk_schemas.validate("/taxonomies", taxonomies)
    assert taxonomies["total_items"] == 2
    terms = get(client, "/taxonomy_terms", per_page=100).json()
    oruk_schemas.validate("/taxonomy_terms", terms)
    assert terms["total_items"] == len(AreaOfNeed) + 2
    for taxonomy in taxonomies["contents"]:
        one = get(client, f"/taxonomies/{taxonomy['id']}")
        oruk_schemas.validate("/taxonomies/{id}", one.json())
    for term in terms["contents"]:
        one = get(client, f"/taxonomy_terms/{term['id']}")
        oruk_schemas.validate("/taxonomy_terms/{id}", one.json())
        assert one.json()["name"] == term["name"]
    assert get(client, "/taxonomy_terms/2d0ea1a6-3f4a-4fd5-9f5e-6f1b2f0f0000").status_code == 404


def test_every_response_may_be_read_from_any_site(client, directory):
    for path in ("/", "/services", "/taxonomies", "/taxonomy_terms", "/service_at_locations"):
        assert get(client, path)["Access-Control-Allow-Origin"] == "*"


def test_rate_limited_without_keeping_the_address(client, directory, monkeypatch):
    monkeypatch.setattr(oruk_api.CLIENT_THROTTLE, "num_requests", 2)
    assert [get(client, "/taxonomies").status_code for _ in range(3)] == [200, 200, 429]
    counted = caches[rate_limits.CACHE]._cache
    assert counted  # the API counts where the other rate limits count
    assert not any("127.0.0.1" in key for key in counted)


def test_services_query_count(client, directory, django_assert_max_num_queries):
    for _ in range(20):
        ServiceFactory(locations=[directory["services"]["autism"].locations.first()])
    with django_assert_max_num_queries(8):
        assert get(client, "/services", per_page=50).json()["size"] == 24


def test_every_path_and_parameter_of_the_profile_is_served(oruk_schemas):
    """Each path of ORUK's openapi.json, and each parameter it names, is in ours."""
    # Placeholders are named differently ({id} there, {service_id} here).
    ours = {
        re.sub(r"{\w+}", "{id}", path): operations
        for path, operations in oruk_api.api.get_openapi_schema(path_prefix="")["paths"].items()
    }
    profile = oruk_schemas.openapi
    for path, operations in profile["paths"].items():
        assert path in ours, path
        for parameter in operations["get"].get("parameters", []):
            if "$ref" in parameter:
                parameter = profile["components"]["parameters"][parameter["$ref"].split("/")[-1]]
            served = {p["name"] for p in ours[path]["get"].get("parameters", [])}
            assert parameter["name"] in served, (path, parameter["name"])


def test_one_service_at_a_location(client, oruk_schemas, directory):
    listed = get(client, "/service_at_locations", postcode="AN1 1AA").json()["contents"][0]
    response = get(client, f"/service_at_locations/{listed['id']}")
    assert response.status_code == 200
    body = response.json()
    oruk_schemas.validate("/service_at_locations/{id}", body)
    assert body["name"] == listed["service"]["name"]
    assert [item["id"] for item in body["service_at_locations"]] == [listed["id"]]
    assert response["Access-Control-Allow-Origin"] == "*"


def test_a_draft_or_unknown_service_at_location_is_not_found(client, directory):
    draft = directory["services"]["draft"]
    venue = draft.locations.first()
    hidden = oruk.derived_id("service-at-location", draft.oruk_id, venue.oruk_id)
    assert get(client, f"/service_at_locations/{hidden}").status_code == 404
    assert (
        get(client, "/service_at_locations/2d0ea1a6-3f4a-4fd5-9f5e-6f1b2f0f0000").status_code == 404
    )


@pytest.fixture
def timetabled(directory):
    """Schedules as editors write them, on the published services."""
    services = directory["services"]
    for key, schedule in [
        ("autism", "Saturdays in term time, 10am to 11:30am"),
        ("therapy", "Weekdays, 9am to 5pm"),
        ("far", "Tuesdays and Thursdays, 6pm to 8pm"),
        ("hidden-venue", "By appointment"),
    ]:
        type(services[key]).objects.filter(pk=services[key].pk).update(schedule=schedule)
    return directory


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"day": "SA"}, ["Autism Family Group"]),
        ({"day": "tuesday"}, ["Kingsmere Youth Club", "Speech Therapy Clinic"]),
        ({"start_time": "17:00"}, ["Kingsmere Youth Club"]),
        ({"end_time": "12:00"}, ["Autism Family Group"]),
        ({"day": "TH", "start_time": "08:00", "end_time": "17:00"}, ["Speech Therapy Clinic"]),
    ],
)
def test_services_by_day_and_time(client, oruk_schemas, timetabled, params, expected):
    for path in ("/services", "/service_at_locations"):
        body = get(client, path, **params).json()
        oruk_schemas.validate(path, body)
        found = [item.get("service", item)["name"] for item in body["contents"]]
        assert found == expected, path


@pytest.mark.parametrize(
    ("params", "status"),
    [({"day": "Funday"}, 400), ({"start_time": "teatime"}, 422), ({"end_time": "25:00"}, 422)],
)
def test_bad_day_or_time_says_what_is_wrong(client, timetabled, params, status):
    response = get(client, "/services", **params)
    assert response.status_code == status
    assert response.json()["detail"]
