"""The directory at 5,000 services: a family's search with filters and distance, and a page of 50
from the Open Referral UK /services endpoint. Run in its own Django process (site_steps
`directory`), on a copy of the migrated template database.

    python -m benchmarks.site_steps directory --services 5000
"""

import json
import random
import statistics
import time

from django.conf import settings
from django.core.management import call_command
from django.test import Client

SEED = 22
RUNS = 60
# Around Anyford, so that "within 5 miles" finds some of the services and not all.
CENTRE = (52.95, -0.85)
WORDS = ["group", "therapy", "short breaks", "autism", "club", ""]


def build(count):
    from localoffer.directory.models import (
        Location,
        Organisation,
        PostcodeCentroid,
        Service,
        ServiceType,
    )
    from pathways.models import AreaOfNeedChoice

    rng = random.Random(SEED)
    PostcodeCentroid.objects.create(postcode="AN1 1AA", latitude=CENTRE[0], longitude=CENTRE[1])
    types = [ServiceType.objects.create(name=f"Type {n}", slug=f"type-{n}") for n in range(10)]
    areas = list(AreaOfNeedChoice.objects.all())
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Organisation {n}", description="Runs services.") for n in range(200)
    )
    locations = Location.objects.bulk_create(
        Location(
            name=f"Venue {n}",
            address="1 High Street",
            town="Anyford",
            postcode="AN1 1AA",
            latitude=CENTRE[0] + rng.uniform(-0.5, 0.5),
            longitude=CENTRE[1] + rng.uniform(-0.8, 0.8),
        )
        for n in range(1000)
    )
    names = ["Autism group", "Speech therapy", "Short breaks club", "Youth club", "Advice line"]
    services = []
    for n in range(count):
        youngest = rng.randint(0, 18)
        services.append(
            Service(
                name=f"{rng.choice(names)} {n}",
                description="A service for children and young people with SEND in Anyshire.",
                organisation=rng.choice(organisations),
                min_age=youngest,
                max_age=rng.randint(youngest, 25),
                cost=rng.choice(["free", "paid"]),
            )
        )
    services = Service.objects.bulk_create(services)
    Service.locations.through.objects.bulk_create(
        Service.locations.through(service=service, location=rng.choice(locations))
        for service in services
    )
    Service.areas_of_need.through.objects.bulk_create(
        Service.areas_of_need.through(service=service, areaofneedchoice=rng.choice(areas))
        for service in services
    )
    Service.service_types.through.objects.bulk_create(
        Service.service_types.through(service=service, servicetype=rng.choice(types))
        for service in services
    )
    call_command("update_index", verbosity=0)


def measure(count):
    from localoffer.directory.models import PostcodeCentroid, ServiceType
    from localoffer.directory.search import find_services
    from localoffer.taxonomy import AreaOfNeed

    rng = random.Random(SEED)
    centroid = PostcodeCentroid.objects.locate("AN1 1AA")
    slugs = list(ServiceType.objects.values_list("slug", flat=True))

    def family_search():
        found = find_services(
            words=rng.choice(WORDS),
            age=rng.randint(0, 25),
            areas=[rng.choice(AreaOfNeed.values)],
            service_types=[rng.choice(slugs)],
            centroid=centroid,
            miles=rng.choice([3, 5, 10]),
        )
        return found[:20]

    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
    pages = max(1, count // 50)

    def services_page():
        response = client.get("/api/oruk/services", {"per_page": 50, "page": rng.randint(1, pages)})
        assert response.status_code == 200, response.content
        return response

    return {"search": _timings(family_search), "services_page": _timings(services_page)}


def _timings(work):
    work()  # warm caches and the index reader
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(statistics.quantiles(times, n=20)[-1], 1),
    }


def main(count):
    from pathlib import Path

    build(count)
    figures = measure(count)
    folder = Path(settings.VAR_DIR)
    (folder / "directory.json").write_text(json.dumps(figures))
