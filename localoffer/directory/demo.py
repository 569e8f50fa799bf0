"""Demo directory for the fictional Anyshire: services, organisations, venues and postcodes.

The records are data (`data/demo_services.json`); the postcode centroids are a small file in the
ONS Postcode Directory's own layout (`data/anyshire_postcodes.csv`), loaded as a council would
load the real one. The "Find a service" page is a page file (`data/pages/`) with the PO files of
its translations beside it. Runs after `home.demo` (owners, and the guidance pages services link
to). Records that exist (by name) are left as editors made them."""

import json
from pathlib import Path

from wagtail.models import Page

from localoffer.pages import in_order
from pathways.models import AreaOfNeedChoice

from .models import (
    Language,
    Location,
    Organisation,
    PostcodeCentroid,
    Service,
    ServiceContact,
    ServiceGuidanceLink,
    ServiceType,
)
from .postcodes import load_centroids

DATA = Path(__file__).parent / "data"
SERVICES_FILE = DATA / "demo_services.json"
POSTCODES_FILE = DATA / "anyshire_postcodes.csv"
SIGNPOSTS_FILE = DATA / "demo_signposts.yaml"
PAGES = DATA / "pages"


def load(demo):
    load_records(demo)
    point_guidance_at_services(demo)


def load_records(demo):
    """The postcodes, services, organisations, locations and the "Find a service" page (in
    every language it has a PO file for)."""
    if not PostcodeCentroid.objects.exists():
        with POSTCODES_FILE.open(newline="", encoding="utf-8") as lines:
            load_centroids(lines)
    data = json.loads(SERVICES_FILE.read_text(encoding="utf-8"))
    owners = {key: demo.owner(key) for key in demo.owners}
    types = {
        spec["slug"]: ServiceType.objects.get_or_create(slug=spec["slug"], defaults=spec)[0]
        for spec in data["service_types"]
    }
    languages = {
        spec["code"]: Language.objects.get_or_create(code=spec["code"], defaults=spec)[0]
        for spec in data["languages"]
    }
    organisations = {
        key: _record(demo, Organisation, spec) for key, spec in data["organisations"].items()
    }
    locations = {key: _record(demo, Location, spec) for key, spec in data["locations"].items()}
    areas = {choice.value: choice for choice in AreaOfNeedChoice.objects.all()}
    guidance = {page.slug: page for page in Page.objects.descendant_of(demo.home)}

    for spec in data["services"]:
        if Service.objects.filter(name=spec["name"]).exists():
            continue
        organisation = organisations[spec["organisation"]]
        service = Service(
            name=spec["name"],
            description=spec["description"],
            organisation=organisation,
            email=organisation.email,
            phone=organisation.phone,
            min_age=spec["min_age"],
            max_age=spec["max_age"],
            cost=spec["cost"],
            cost_details=spec["cost_details"],
            schedule=spec["schedule"],
            access=spec["access"],
            owner=owners[spec["owner"]],
            locations=[locations[key] for key in spec["locations"]],
            areas_of_need=[areas[value] for value in spec["areas_of_need"]],
            service_types=[types[slug] for slug in spec["service_types"]],
            languages=[languages[code] for code in spec["languages"]],
            contacts=[ServiceContact(name=organisation.name, email=organisation.email)],
            guidance_links=in_order(
                ServiceGuidanceLink(page=guidance[slug])
                for slug in spec["guidance"]
                if slug in guidance
            ),
        )
        service.save()
        demo.publish(service)

    # The page's words are a page file, translated by the PO files beside it (`load_demo`).
    demo.pages(PAGES)


def point_guidance_at_services(demo):
    """Add the signposts of SIGNPOSTS_FILE that are missing, publishing each page changed (the
    guidance pages they go on are loaded before the directory: see `load_demo`)."""
    from localoffer.demo.pages import read

    signposts = read(SIGNPOSTS_FILE)
    pages = Page.objects.descendant_of(demo.home)
    services = {service.name: service for service in Service.objects.all()}
    for signpost in signposts["who_can_help"]:
        page = pages.get(slug=signpost["page"]).specific
        service = services[signpost["service"]]
        if any(
            block.block_type == "who_can_help" and block.value["service"] == service
            for block in page.body
        ):
            continue
        page.body.append(("who_can_help", {"heading": "Who can help", "service": service}))
        demo.publish(page)
    for signpost in signposts["provision"]:
        page = pages.get(slug=signpost["page"]).specific
        entry = page.entries.get(title=signpost["entry"])
        if entry.service_id is None:
            entry.service = services[signpost["service"]]
            entry.save()
            demo.publish(page)


def _record(demo, model, fields):
    record = model.objects.filter(name=fields["name"]).first()
    if record is None:
        record = model(**fields)
        record.save()
        demo.publish(record)
    return record
