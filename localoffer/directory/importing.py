"""Bringing services in from another directory: an Open Referral UK 3.0 feed (its API, or a JSON
file of its services) or a spreadsheet saved as CSV.

Both are read into the same plain records, each with where it came from ("record 3", "line 5"),
checked, then stored in one transaction: a file with any error stores nothing, and the errors
say where they are. A dry run does everything but commit, so it reports exactly what would
change. Records are matched on their Open Referral UK id, so importing again updates them.
Imported records are published: the feed they come from is itself published.
"""

import csv
import json
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from localoffer.taxonomy import MAX_AGE, MIN_AGE, AreaOfNeed
from pathways.models import AreaOfNeedChoice

from .geography import normalise_postcode
from .models import Access, Cost, Language, Location, Organisation, Service, ServiceType

FEED_PAGE_SIZE = 100
FEED_TIMEOUT_SECONDS = 30
# CSV columns: one service a row; lists are separated by semicolons.
CSV_COLUMNS = [
    "id",
    "name",
    "description",
    "organisation_id",
    "organisation",
    "email",
    "phone",
    "website",
    "min_age",
    "max_age",
    "areas_of_need",
    "service_types",
    "cost",
    "cost_details",
    "schedule",
    "access",
    "languages",
    "location_id",
    "location",
    "address",
    "town",
    "postcode",
]
REQUIRED_CSV_COLUMNS = {"name", "description", "organisation"}


class RejectedFile(Exception):
    """The file cannot be imported; `errors` are (where, what) pairs."""

    def __init__(self, errors):
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors


@dataclass
class Outcome:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)


# Reading ---------------------------------------------------------------------------------------


def read_oruk_file(path):
    with open(path, encoding="utf-8") as source:
        try:
            data = json.load(source)
        except json.JSONDecodeError as error:
            raise RejectedFile([(f"line {error.lineno}", f"not JSON: {error.msg}")]) from error
    services = data.get("contents") if isinstance(data, dict) else data
    if not isinstance(services, list):
        raise RejectedFile([("file", "expected a list of services, or a page with contents")])
    return [(f"record {number}", service) for number, service in enumerate(services, start=1)]


def read_oruk_feed(base_url, fetch=None):
    """Every service of an ORUK 3.0 API, fully nested: each page of /services, then each
    /services/{id}."""
    fetch = fetch or _fetch_json
    base_url = base_url.rstrip("/")
    records, page = [], 1
    while True:
        query = urllib.parse.urlencode({"page": page, "per_page": FEED_PAGE_SIZE})
        listing = fetch(f"{base_url}/services?{query}")
        for item in listing.get("contents", []):
            url = f"{base_url}/services/{item['id']}"
            records.append((url, fetch(url)))
        if listing.get("last_page", True) or not listing.get("contents"):
            return records
        page += 1


def _fetch_json(url):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=FEED_TIMEOUT_SECONDS) as response:
            return json.load(response)
    except (OSError, ValueError) as error:
        raise RejectedFile([(url, f"could not be read: {error}")]) from error


def read_csv_file(path):
    with open(path, newline="", encoding="utf-8-sig") as source:
        reader = csv.DictReader(source)
        missing = REQUIRED_CSV_COLUMNS - set(reader.fieldnames or ())
        if missing:
            raise RejectedFile([("line 1", f"missing column(s): {', '.join(sorted(missing))}")])
        return [(f"line {number}", _from_csv(row)) for number, row in enumerate(reader, start=2)]


def _split(value):
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _from_csv(row):
    """A CSV row in the shape of an ORUK service, so both are checked by one set of rules."""
    location = None
    if row.get("location") or row.get("postcode"):
        location = {
            "id": row.get("location_id") or None,
            "name": row.get("location") or row.get("address"),
            "addresses": [
                {
                    "address_1": row.get("address", ""),
                    "city": row.get("town", ""),
                    "postal_code": row.get("postcode", ""),
                }
            ],
        }
    return {
        "id": row.get("id") or None,
        "name": row.get("name"),
        "description": row.get("description"),
        "email": row.get("email"),
        "phone": row.get("phone"),
        "url": row.get("website"),
        "minimum_age": row.get("min_age") or None,
        "maximum_age": row.get("max_age") or None,
        "organization": {"id": row.get("organisation_id") or None, "name": row.get("organisation")},
        "areas_of_need": _split(row.get("areas_of_need")),
        "service_types": _split(row.get("service_types")),
        "cost": row.get("cost") or None,
        "cost_details": row.get("cost_details"),
        "schedule": row.get("schedule"),
        "access": row.get("access") or None,
        "language_codes": _split(row.get("languages")),
        "service_at_locations": [{"location": location}] if location else [],
    }


# Checking --------------------------------------------------------------------------------------


def _uuid(value, errors, where, name):
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        errors.append((where, f"{name}: {value!r} is not a UUID"))
        return None


def _age(value, default, errors, where, name):
    if value in (None, ""):
        return default
    try:
        age = int(float(value))
    except (TypeError, ValueError):
        errors.append((where, f"{name}: {value!r} is not a number"))
        return default
    if not MIN_AGE <= age <= MAX_AGE:
        errors.append((where, f"{name}: {age} is outside {MIN_AGE} to {MAX_AGE}"))
    return age


def _choice(value, choices, default, errors, where, name):
    if value in (None, ""):
        return default
    if value not in choices.values:
        errors.append((where, f"{name}: {value!r} is not one of {', '.join(choices.values)}"))
    return value


def check(where, data, errors):
    """The service in `data` as plain fields, adding (where, what) to `errors` for each fault."""
    if not isinstance(data, dict):
        errors.append((where, "not a service object"))
        return None
    service = {
        "oruk_id": _uuid(data.get("id"), errors, where, "id"),
        "name": (data.get("name") or "").strip(),
        "description": (data.get("description") or "").strip(),
        "email": data.get("email") or "",
        "phone": data.get("phone") or "",
        "website": data.get("url") or "",
        "min_age": _age(data.get("minimum_age"), MIN_AGE, errors, where, "minimum_age"),
        "max_age": _age(data.get("maximum_age"), MAX_AGE, errors, where, "maximum_age"),
        "cost": _choice(data.get("cost"), Cost, Cost.FREE, errors, where, "cost"),
        "cost_details": data.get("cost_details")
        or _first(data, "cost_options", "amount_description"),
        "schedule": data.get("schedule") or _first(data, "schedules", "description"),
        "access": _choice(
            data.get("access"), Access, Access.SELF_REFERRAL, errors, where, "access"
        ),
        "languages": data.get("language_codes")
        or [
            language.get("code") for language in data.get("languages") or [] if language.get("code")
        ],
    }
    for required in ("name", "description"):
        if not service[required]:
            errors.append((where, f"{required}: missing"))
    if service["min_age"] > service["max_age"]:
        errors.append((where, "minimum_age is above maximum_age"))
    organisation = data.get("organization") or {}
    service["organisation"] = {
        "oruk_id": _uuid(
            organisation.get("id") or data.get("organization_id"), errors, where, "organization.id"
        ),
        "name": (organisation.get("name") or "").strip(),
        "description": organisation.get("description") or "",
        "email": organisation.get("email") or "",
        "website": organisation.get("website") or "",
    }
    if not service["organisation"]["name"]:
        errors.append((where, "organization.name: missing"))
    service["areas"], service["types"] = _terms(data, errors, where)
    service["locations"] = [
        _location(entry.get("location") or {}, errors, f"{where}, location {number}")
        for number, entry in enumerate(data.get("service_at_locations") or [], start=1)
    ]
    return service


def _first(data, name, key):
    entries = data.get(name) or []
    return (entries[0].get(key) if entries else None) or ""


def _terms(data, errors, where):
    """Areas of need and service types: from an ORUK service's attributes, or CSV columns."""
    areas = list(data.get("areas_of_need") or [])
    types = list(data.get("service_types") or [])
    labels = {str(area.label).lower(): area.value for area in AreaOfNeed}
    for attribute in data.get("attributes") or []:
        term = attribute.get("taxonomy_term") or {}
        value = term.get("term") or term.get("name") or ""
        if value in AreaOfNeed.values or value.lower() in labels:
            areas.append(labels.get(value.lower(), value))
        elif term.get("name"):
            types.append(term["name"])
    for area in areas:
        if area not in AreaOfNeed.values:
            errors.append(
                (where, f"areas_of_need: {area!r} is not one of {', '.join(AreaOfNeed.values)}")
            )
    return sorted(set(areas) & set(AreaOfNeed.values)), sorted(set(types))


def _location(data, errors, where):
    address = (data.get("addresses") or [{}])[0]
    location = {
        "oruk_id": _uuid(data.get("id"), errors, where, "id"),
        "name": (data.get("name") or address.get("address_1") or "").strip(),
        "address": address.get("address_1") or "",
        "town": address.get("city") or "",
        "postcode": normalise_postcode(address.get("postal_code") or ""),
        "latitude": data.get("latitude"),
        "longitude": data.get("longitude"),
        "accessibility": _first(data, "accessibility", "description"),
    }
    if not location["name"]:
        errors.append((where, "name: missing"))
    return location


# Storing ---------------------------------------------------------------------------------------


def import_services(records, dry_run=False):
    """Check every (where, data) record, then store them all, or nothing: raises RejectedFile
    with every error found. Returns the Outcome (what was, or in a dry run would be, done)."""
    errors = []
    services = [check(where, data, errors) for where, data in records]
    if errors:
        raise RejectedFile(errors)
    outcome = Outcome()
    with transaction.atomic():
        for service in services:
            _store(service, outcome)
        if dry_run:
            transaction.set_rollback(True)
    return outcome


def _store(fields, outcome):
    fields = dict(fields)
    organisation = _upsert(Organisation, fields.pop("organisation"))
    locations = [_upsert(Location, location) for location in fields.pop("locations")]
    areas = list(AreaOfNeedChoice.objects.filter(value__in=fields.pop("areas")))
    types = [_service_type(name) for name in fields.pop("types")]
    languages = [_language(code) for code in fields.pop("languages")]
    service = _find(Service, fields)
    before = _snapshot(service, fields)
    for name, value in fields.items():
        setattr(service, name, value)
    service.organisation = organisation
    service.locations = locations
    service.areas_of_need = areas
    service.service_types = types
    service.languages = languages
    if service.pk is None:
        outcome.created.append(service.name)
    elif _snapshot(service, fields) == before:
        outcome.unchanged.append(service.name)
        return
    else:
        outcome.updated.append(service.name)
    service.save()
    service.save_revision().publish()


def _find(model, fields):
    """The record with this ORUK id, or without one (a CSV row) the record of this name; a new
    record if there is none."""
    oruk_id = fields.pop("oruk_id")
    if oruk_id:
        return model.objects.filter(oruk_id=oruk_id).first() or model(oruk_id=oruk_id)
    return model.objects.filter(name=fields["name"]).first() or model()


def _upsert(model, fields):
    fields = dict(fields)
    record = _find(model, fields)
    changed = record.pk is None or any(
        getattr(record, name) != value for name, value in fields.items()
    )
    if changed:
        for name, value in fields.items():
            setattr(record, name, value)
        record.save()
        record.save_revision().publish()
    return record


def _snapshot(service, fields):
    """What an import sets on `service`, to tell whether it changes anything."""
    if service.pk is None:
        return None
    return (
        {name: getattr(service, name) for name in [*fields, "organisation_id"]},
        sorted(location.pk for location in service.locations.all()),
        sorted(area.pk for area in service.areas_of_need.all()),
        sorted(service_type.pk for service_type in service.service_types.all()),
        sorted(language.pk for language in service.languages.all()),
    )


def _service_type(name):
    slug = slugify(name)[:50]
    return (
        ServiceType.objects.filter(slug=slug).first()
        or ServiceType.objects.filter(name__iexact=name).first()
        or ServiceType.objects.create(name=name, slug=slug)
    )


def _language(code):
    return Language.objects.get_or_create(code=code, defaults={"name": code})[0]
