"""The directory as an Open Referral UK 3.0 API, at /api/oruk/ (Django Ninja).

Open to anyone without a key (the ORUK profile requires it), every response with
`Access-Control-Allow-Origin: *` (added in `localoffer/urls.py`), rate-limited per client without
storing the client's address. Only published services of published organisations, and their
published locations, appear; people appear only as the public contacts editors entered.
Fields with no value are left out: ORUK's schemas allow a field to be missing, not null.
"""

import datetime
import math
import time
from types import SimpleNamespace
from typing import Any
from uuid import UUID

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError
from ninja.pagination import PaginationBase, paginate
from ninja.throttling import SimpleRateThrottle

from localoffer.security import rate_limits

from . import oruk, schedules
from .geography import METRES_PER_MILE
from .models import Cost, PostcodeCentroid, Service, ServiceType
from .search import Found, find_services

ORUK_VERSION = "3.0"
PROFILE_URL = "https://github.com/openreferral/uk-profile"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
# Without a proximity, "near a postcode" means within this many metres of its centroid.
DEFAULT_PROXIMITY_METRES = 8047  # 5 miles


class ClientThrottle(SimpleRateThrottle):
    """Ninja's throttle, with its rate written as Ninja's are ("300/min"), counted by the site's
    one rate limiter: in the rate limits' own cache, which page traffic cannot empty, under a
    keyed hash of the client's address alone (`localoffer.security.rate_limits`)."""

    def allow_request(self, request):
        limit = rate_limits.Limit("directory-api", self.num_requests, self.duration)
        return not limit.exceeded_by(rate_limits.client_key(request))

    def wait(self):
        """Seconds until the limiter's window, which starts on the clock, opens again."""
        return self.duration - time.time() % self.duration


CLIENT_THROTTLE = ClientThrottle(settings.DIRECTORY_API_RATE_LIMIT)
api = NinjaAPI(
    title="Anyshire Local Offer directory: Open Referral UK",
    version=ORUK_VERSION,
    urls_namespace="oruk",
    throttle=[CLIENT_THROTTLE],
)


# Responses ---------------------------------------------------------------------------------------


def _text(value):
    """Blank text is left out rather than sent as "" (an empty email or URL is not valid)."""
    return value or None


class TaxonomyOut(Schema):
    id: UUID
    name: str
    description: str
    version: str | None = None


class TaxonomyTermOut(Schema):
    id: UUID
    name: str
    description: str
    term: str
    taxonomy: str
    taxonomy_id: UUID


class AttributeOut(Schema):
    id: UUID
    link_id: UUID
    link_type: str
    taxonomy_term_id: UUID
    taxonomy_term: TaxonomyTermOut


class OrganizationOut(Schema):
    id: UUID = Field(alias="oruk_id")
    name: str
    description: str
    email: str | None = None
    website: str | None = None
    phone: str | None = None

    @staticmethod
    def resolve_description(organisation):
        return organisation.description or organisation.name

    @staticmethod
    def resolve_email(organisation):
        return _text(organisation.email)

    @staticmethod
    def resolve_website(organisation):
        return _text(organisation.website)

    @staticmethod
    def resolve_phone(organisation):
        return _text(organisation.phone)


class AddressOut(Schema):
    id: UUID
    location_id: UUID
    address_1: str
    city: str
    state_province: str
    postal_code: str
    country: str
    address_type: str


class AccessibilityOut(Schema):
    id: UUID
    location_id: UUID
    description: str


class LocationOut(Schema):
    id: UUID = Field(alias="oruk_id")
    location_type: str = "physical"
    name: str
    latitude: float | None = None
    longitude: float | None = None
    addresses: list[AddressOut]
    accessibility: list[AccessibilityOut]

    @staticmethod
    def resolve_location_type(location):
        return "physical"

    @staticmethod
    def resolve_addresses(location):
        return [
            {
                "id": oruk.derived_id("address", location.oruk_id),
                "location_id": location.oruk_id,
                "address_1": location.address,
                "city": location.town,
                "state_province": "Anyshire",
                "postal_code": location.postcode,
                "country": "GB",
                "address_type": "physical",
            }
        ]

    @staticmethod
    def resolve_accessibility(location):
        if not location.accessibility:
            return []
        return [
            {
                "id": oruk.derived_id("accessibility", location.oruk_id),
                "location_id": location.oruk_id,
                "description": location.accessibility,
            }
        ]


class ServiceSummaryOut(Schema):
    """A service's one-to-one fields: an item of /services."""

    id: UUID = Field(alias="oruk_id")
    organization_id: UUID
    name: str
    description: str
    url: str | None = None
    email: str | None = None
    status: str = "active"
    fees: str | None = None
    minimum_age: int = Field(alias="min_age")
    maximum_age: int = Field(alias="max_age")
    assured_date: datetime.date | None = None
    last_modified: datetime.datetime | None = None
    organization: OrganizationOut = Field(alias="organisation")

    # Resolvers rather than dotted aliases and choices' display methods: Ninja reads a dotted
    # alias through Django's template variables, and Django hashes every choice label on each
    # `get_..._display()`; on a page of 50 services both cost more than the queries.
    @staticmethod
    def resolve_organization_id(service):
        return service.organisation.oruk_id

    @staticmethod
    def resolve_status(service):
        # Only published services are served: a default alone would be looked for on the
        # service first, through Django's template variables, once per item.
        return "active"

    @staticmethod
    def resolve_url(service):
        return _text(service.website)

    @staticmethod
    def resolve_email(service):
        return _text(service.email)

    @staticmethod
    def resolve_fees(service):
        return _text(service.cost_details) or str(Cost(service.cost).label)

    @staticmethod
    def resolve_assured_date(service):
        return service.last_checked_at and service.last_checked_at.date()

    @staticmethod
    def resolve_last_modified(service):
        return service.last_published_at


class ServiceAtLocationSummaryOut(Schema):
    id: UUID
    service_id: UUID
    location_id: UUID
    location: LocationOut
    service: ServiceSummaryOut


class ServiceAtLocationOut(Schema):
    id: UUID
    service_id: UUID
    location_id: UUID
    location: LocationOut


class LanguageOut(Schema):
    id: UUID
    service_id: UUID
    name: str
    code: str


class ContactOut(Schema):
    id: UUID
    service_id: UUID
    name: str
    title: str | None = None
    email: str | None = None
    phones: list[dict]


class CostOptionOut(Schema):
    id: UUID
    service_id: UUID
    option: str
    amount_description: str | None = None


class ScheduleOut(Schema):
    id: UUID
    service_id: UUID
    description: str


class ServiceOut(ServiceSummaryOut):
    """A fully nested service: /services/{id}."""

    service_at_locations: list[ServiceAtLocationOut]
    languages: list[LanguageOut]
    contacts: list[ContactOut]
    cost_options: list[CostOptionOut]
    schedules: list[ScheduleOut]
    attributes: list[AttributeOut]

    @staticmethod
    def resolve_service_at_locations(service):
        # /service_at_locations/{id} answers with the service at that one location.
        only = getattr(service, "only_location_id", None)
        return [
            _service_at_location(service, location)
            for location in service.locations.all()
            if only in (None, location.pk)
        ]

    @staticmethod
    def resolve_languages(service):
        return [
            {
                "id": oruk.derived_id("language", service.oruk_id, language.code),
                "service_id": service.oruk_id,
                "name": language.name,
                "code": language.code,
            }
            for language in service.languages.all()
        ]

    @staticmethod
    def resolve_contacts(service):
        return [
            {
                "id": oruk.derived_id("contact", service.oruk_id, contact.pk),
                "service_id": service.oruk_id,
                "name": contact.name,
                "title": _text(contact.title),
                "email": _text(contact.email),
                "phones": [
                    {"id": oruk.derived_id("phone", service.oruk_id, contact.pk), "number": phone}
                    for phone in [contact.phone]
                    if phone
                ],
            }
            for contact in service.contacts.all()
        ]

    @staticmethod
    def resolve_cost_options(service):
        return [
            {
                "id": oruk.derived_id("cost", service.oruk_id),
                "service_id": service.oruk_id,
                "option": str(Cost(service.cost).label),
                "amount_description": _text(service.cost_details),
            }
        ]

    @staticmethod
    def resolve_schedules(service):
        if not service.schedule:
            return []
        return [
            {
                "id": oruk.derived_id("schedule", service.oruk_id),
                "service_id": service.oruk_id,
                "description": service.schedule,
            }
        ]

    @staticmethod
    def resolve_attributes(service):
        terms = [
            term
            for term in oruk.area_of_need_terms()
            if term["term"] in {area.value for area in service.areas_of_need.all()}
        ] + [oruk.service_type_term(service_type) for service_type in service.service_types.all()]
        return [
            {
                "id": oruk.derived_id("attribute", service.oruk_id, term["id"]),
                "link_id": service.oruk_id,
                "link_type": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
            for term in terms
        ]


def _service_at_location(service, location):
    return {
        "id": oruk.derived_id("service-at-location", service.oruk_id, location.oruk_id),
        "service_id": service.oruk_id,
        "location_id": location.oruk_id,
        "location": location,
        "service": service,
    }


# Pages -------------------------------------------------------------------------------------------


class OrukPagination(PaginationBase):
    """ORUK's page: `contents` and its counts, with `page` and `per_page` (at most 100)."""

    class Input(Schema):
        page: int = Field(1, ge=1)
        per_page: int = Field(DEFAULT_PER_PAGE, ge=1, le=MAX_PER_PAGE)

    class Output(Schema):
        total_items: int
        total_pages: int
        page_number: int
        size: int
        first_page: bool
        last_page: bool
        empty: bool
        contents: list[Any]

    items_attribute = "contents"

    def paginate_queryset(self, items, pagination, request, **params):
        total = self._items_count(items)
        total_pages = max(1, math.ceil(total / pagination.per_page))
        start = (pagination.page - 1) * pagination.per_page
        contents = list(items[start : start + pagination.per_page])
        return {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": pagination.page,
            "size": len(contents),
            "first_page": pagination.page == 1,
            "last_page": pagination.page >= total_pages,
            "empty": total == 0,
            "contents": contents,
        }


class ServiceFilters(Schema):
    search: str = Field("", max_length=200)
    taxonomy_term_id: UUID | None = None
    taxonomy_id: UUID | None = None
    minimum_age: float | None = Field(None, ge=0)
    maximum_age: float | None = Field(None, ge=0)
    postcode: str | None = Field(None, max_length=10)
    proximity: float | None = Field(None, gt=0, description="Metres from the postcode's centre.")
    # Read from the schedule editors write for families (`schedules`).
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    day: str | None = Field(None, max_length=20, description="MO to SU, or a day's name.")


def _find(filters):
    """The services matching `filters`; 400 with a message for a filter that cannot be met."""
    areas, service_types = (), ()
    if filters.taxonomy_term_id:
        area = oruk.area_of_need_for_term(filters.taxonomy_term_id)
        service_type = ServiceType.objects.filter(oruk_id=filters.taxonomy_term_id).first()
        if area is None and service_type is None:
            raise HttpError(400, f"No taxonomy term has the id {filters.taxonomy_term_id}.")
        areas = [area] if area else ()
        service_types = [service_type.slug] if service_type else ()
    if filters.taxonomy_id == oruk.AREAS_OF_NEED_TAXONOMY:
        areas = areas or [term["term"] for term in oruk.area_of_need_terms()]
    elif filters.taxonomy_id == oruk.SERVICE_TYPES_TAXONOMY:
        service_types = service_types or list(ServiceType.objects.values_list("slug", flat=True))
    elif filters.taxonomy_id:
        raise HttpError(400, f"No taxonomy has the id {filters.taxonomy_id}.")
    centroid, miles = None, None
    if filters.proximity and not filters.postcode:
        raise HttpError(400, "proximity needs a postcode to measure from.")
    if filters.postcode:
        centroid = PostcodeCentroid.objects.locate(filters.postcode)
        if centroid is None:
            raise HttpError(400, f"The postcode {filters.postcode!r} is not one we know.")
        miles = (filters.proximity or DEFAULT_PROXIMITY_METRES) / METRES_PER_MILE
    day = None
    if filters.day:
        day = schedules.parse_day(filters.day)
        if day is None:
            raise HttpError(
                400, f"day must be one of {', '.join(schedules.DAYS)}, not {filters.day!r}."
            )
    found = find_services(
        words=filters.search,
        min_age_at_least=filters.minimum_age,
        max_age_at_most=filters.maximum_age,
        areas=areas,
        service_types=service_types,
        centroid=centroid,
        miles=miles,
    )
    if day or filters.start_time or filters.end_time:
        found = found.running(day, filters.start_time, filters.end_time)
    return found


SUMMARY_FIELDS = [
    "oruk_id",
    "name",
    "description",
    "website",
    "email",
    "cost",
    "cost_details",
    "min_age",
    "max_age",
    "last_checked_at",
    "last_published_at",
]
ORGANISATION_FIELDS = ["oruk_id", "name", "description", "email", "website", "phone"]


def service_summaries(ids):
    """{pk: what an item of /services shows} for these services: their own fields and their
    organisation's, read as values in one query. Building a page of 50 as model instances (and
    their organisations) took longer than the query."""
    rows = Service.objects.filter(pk__in=ids).values(
        "pk", *SUMMARY_FIELDS, *(f"organisation__{name}" for name in ORGANISATION_FIELDS)
    )
    return {
        row["pk"]: SimpleNamespace(
            **{name: row[name] for name in SUMMARY_FIELDS},
            organisation=SimpleNamespace(
                **{name: row[f"organisation__{name}"] for name in ORGANISATION_FIELDS}
            ),
        )
        for row in rows
    }


class ServicesAtLocations:
    """Each service found, once for each of its published locations, as one sequence to page."""

    def __init__(self, found):
        order = {pk: position for position, pk in enumerate(found.ids)}
        self.rows = sorted(
            Service.locations.through.objects.filter(
                service_id__in=found.ids, location__live=True
            ).values_list("service_id", "location_id"),
            key=lambda row: (order[row[0]], row[1]),
        )

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, index):
        rows = self.rows[index]
        services = {
            service.pk: service
            for service in Found(list(dict.fromkeys(service_id for service_id, _ in rows)))[:]
        }
        return [
            _service_at_location(services[service_id], location)
            for service_id, location_id in rows
            for location in services[service_id].locations.all()
            if location.pk == location_id
        ]


def open_to_all_origins(view):
    """Every response may be read by a page on any site (the ORUK profile's CORS rule)."""

    def view_with_cors_header(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return view_with_cors_header


# Endpoints ---------------------------------------------------------------------------------------


@api.get("/", response=dict, summary="About this API")
def about(request):
    return {
        "version": ORUK_VERSION,
        "profile": PROFILE_URL,
        "openapi_url": request.build_absolute_uri(reverse("oruk:openapi-json")),
    }


@api.get("/services", response=list[ServiceSummaryOut], exclude_none=True)
@paginate(OrukPagination)
def services(request, filters: Query[ServiceFilters]):
    return _find(filters).loading(service_summaries)


def _nested_services():
    return Service.objects.live().for_listing().prefetch_related("languages", "contacts")


@api.get("/services/{uuid:service_id}", response=ServiceOut, exclude_none=True)
def service(request, service_id: UUID):
    return get_object_or_404(_nested_services(), oruk_id=service_id)


@api.get(
    "/service_at_locations/{uuid:service_at_location_id}", response=ServiceOut, exclude_none=True
)
def service_at_location(request, service_at_location_id: UUID):
    """ORUK's schema answers with the fully nested service, here with its one location."""
    # The id is derived from the service's and location's ids (`oruk.derived_id`), so it is
    # found among the published pairs: one query, thousands of hashes, a few milliseconds.
    pairs = Service.locations.through.objects.filter(
        service__in=Service.objects.live(), location__live=True
    ).values_list("service_id", "service__oruk_id", "location_id", "location__oruk_id")
    for service_pk, service_uuid, location_pk, location_uuid in pairs:
        if oruk.derived_id("service-at-location", service_uuid, location_uuid) == (
            service_at_location_id
        ):
            found = get_object_or_404(_nested_services(), pk=service_pk)
            found.only_location_id = location_pk
            return found
    raise Http404


@api.get("/service_at_locations", response=list[ServiceAtLocationSummaryOut], exclude_none=True)
@paginate(OrukPagination)
def service_at_locations(request, filters: Query[ServiceFilters]):
    return ServicesAtLocations(_find(filters))


@api.get("/taxonomies", response=list[TaxonomyOut], exclude_none=True)
@paginate(OrukPagination)
def taxonomies(request):
    return oruk.taxonomies()


@api.get("/taxonomies/{uuid:taxonomy_id}", response=TaxonomyOut, exclude_none=True)
def taxonomy(request, taxonomy_id: UUID):
    for found in oruk.taxonomies():
        if found["id"] == taxonomy_id:
            return found
    raise Http404


@api.get("/taxonomy_terms", response=list[TaxonomyTermOut], exclude_none=True)
@paginate(OrukPagination)
def taxonomy_terms(request):
    return oruk.area_of_need_terms() + [
        oruk.service_type_term(service_type) for service_type in ServiceType.objects.all()
    ]


@api.get("/taxonomy_terms/{uuid:term_id}", response=TaxonomyTermOut, exclude_none=True)
def taxonomy_term(request, term_id: UUID):
    for term in oruk.area_of_need_terms():
        if term["id"] == term_id:
            return term
    return oruk.service_type_term(get_object_or_404(ServiceType, oruk_id=term_id))
