import json
import os
from pathlib import Path

import pytest
from django.conf import settings

# The official ORUK 3.0 schemas, beside the repository (../shared/oruk, or ORUK_SCHEMAS for a
# checkout elsewhere); never copied into it.
ORUK_DIR = Path(os.environ.get("ORUK_SCHEMAS", Path(settings.BASE_DIR).parent / "shared" / "oruk"))
# The address the schemas use for each other; the same files are read from ORUK_DIR.
ORUK_SCHEMA_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"


@pytest.fixture(scope="session")
def oruk_schemas():
    """Validates a response body against the response schema ORUK's openapi.json gives for an
    endpoint: `oruk_schemas.validate("/services", body)`. Without the schemas the tests fail,
    on CI and on a developer's machine alike: an API not checked against them is not checked."""
    if not (ORUK_DIR / "schema" / "openapi.json").exists():
        pytest.fail(
            f"The Open Referral UK schemas are missing from {ORUK_DIR}: put the official ORUK "
            "3.0 schemas there (see its README) to test the API."
        )
    return OrukSchemas(ORUK_DIR / "schema")


class OrukSchemas:
    def __init__(self, folder):
        from jsonschema import Draft202012Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        self.openapi = json.loads((folder / "openapi.json").read_text())
        resources = [("urn:oruk:openapi", DRAFT202012.create_resource(self.openapi))]
        for path in [*folder.glob("*.json"), *folder.glob("compiled/*.json")]:
            url = ORUK_SCHEMA_URL + str(path.relative_to(folder))
            resources.append((url, DRAFT202012.create_resource(json.loads(path.read_text()))))
        self.registry = Registry().with_resources(resources)
        self.validator_class = Draft202012Validator

    def validate(self, endpoint, body):
        """Raise jsonschema.ValidationError unless `body` is a valid 200 response of
        `endpoint` (as written in openapi.json, e.g. "/services/{id}")."""
        pointer = endpoint.replace("~", "~0").replace("/", "~1")
        schema = {
            "$ref": f"urn:oruk:openapi#/paths/{pointer}/get/responses/200/content/"
            "application~1json/schema"
        }
        validator = self.validator_class(
            schema,
            registry=self.registry,
            format_checker=self.validator_class.FORMAT_CHECKER,
        )
        validator.validate(body)


@pytest.fixture
def finder(home_page, search_index):
    """The directory page, and a small directory around Anyford (AN1 1AA):
    an autism group for 5 to 11 a mile away, a paid club 3 miles away, therapy needing a
    referral 15 miles away, and a draft autism service that must never be found."""
    from localoffer.taxonomy import AreaOfNeed
    from pathways.models import AreaOfNeedChoice

    from .factories import (
        DirectoryPageFactory,
        LocationFactory,
        PostcodeFactory,
        ServiceFactory,
        ServiceTypeFactory,
    )

    area = {choice.value: choice for choice in AreaOfNeedChoice.objects.all()}
    groups = ServiceTypeFactory(name="Support groups", slug="support-groups")
    clubs = ServiceTypeFactory(name="Play and leisure", slug="play-and-leisure")
    PostcodeFactory(postcode="AN1 1AA", latitude=52.95, longitude=-0.85)
    one_mile = LocationFactory(name="Anyford Family Hub", latitude=52.9645, longitude=-0.85)
    three_miles = LocationFactory(
        name="Oakby Hall", town="Oakby", latitude=52.9935, longitude=-0.85
    )
    fifteen_miles = LocationFactory(name="Kingsmere Clinic", latitude=53.167, longitude=-0.85)
    services = {
        "autism": ServiceFactory(
            name="Autism Family Group",
            description="A relaxed group for autistic children and their parents.",
            min_age=5,
            max_age=11,
            locations=[one_mile],
            areas_of_need=[area[AreaOfNeed.COMMUNICATION_INTERACTION]],
            service_types=[groups],
        ),
        "club": ServiceFactory(
            name="Saturday Club",
            description="Games and crafts for disabled children.",
            min_age=7,
            max_age=13,
            cost="paid",
            locations=[three_miles],
            areas_of_need=[area[AreaOfNeed.COGNITION_LEARNING]],
            service_types=[clubs],
        ),
        "therapy": ServiceFactory(
            name="Speech Therapy",
            description="Therapy for children who find talking hard.",
            min_age=0,
            max_age=18,
            access="referral",
            locations=[fifteen_miles],
            areas_of_need=[area[AreaOfNeed.COMMUNICATION_INTERACTION]],
        ),
        "draft": ServiceFactory(
            name="Draft Autism Club",
            description="Autism club, not yet checked.",
            min_age=5,
            max_age=11,
            locations=[one_mile],
            publish=False,
        ),
    }
    return DirectoryPageFactory(parent=home_page), services
