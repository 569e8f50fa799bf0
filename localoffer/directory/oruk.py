"""Directory records in Open Referral UK 3.0 terms: the two taxonomies, and stable identifiers
for the parts ORUK gives their own id (addresses, attributes, a service at a location...).

Those parts are not records of their own here, so their ids are derived (UUID version 5) from
the records they belong to: the same part has the same id in every response and every day."""

import uuid

from django.utils.translation import gettext_lazy as _

from localoffer.taxonomy import AreaOfNeed

# The namespace of every derived id: a fixed, random UUID of our own.
NAMESPACE = uuid.UUID("6d3f7c1e-6b1a-4f0e-9a55-2a8c6c0e1d22")


def derived_id(*parts):
    return uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts))


AREAS_OF_NEED_TAXONOMY = derived_id("taxonomy", "areas-of-need")
SERVICE_TYPES_TAXONOMY = derived_id("taxonomy", "service-types")
AREAS_OF_NEED_NAME = _("SEND areas of need")
SERVICE_TYPES_NAME = _("Anyshire Local Offer service types")


def taxonomies():
    return [
        {
            "id": AREAS_OF_NEED_TAXONOMY,
            "name": str(AREAS_OF_NEED_NAME),
            "description": str(
                _("The four broad areas of need in the SEND Code of Practice (2015).")
            ),
            "version": "2015",
        },
        {
            "id": SERVICE_TYPES_TAXONOMY,
            "name": str(SERVICE_TYPES_NAME),
            "description": str(_("The kinds of service in the Anyshire Local Offer directory.")),
        },
    ]


def area_of_need_term_id(value):
    return derived_id("area-of-need", value)


def area_of_need_terms():
    return [
        {
            "id": area_of_need_term_id(area.value),
            "name": str(area.label),
            "description": str(area.label),
            "term": area.value,
            "taxonomy": str(AREAS_OF_NEED_NAME),
            "taxonomy_id": AREAS_OF_NEED_TAXONOMY,
        }
        for area in AreaOfNeed
    ]


def service_type_term(service_type):
    return {
        "id": service_type.oruk_id,
        "name": service_type.name,
        "description": service_type.description or service_type.name,
        "term": service_type.slug,
        "taxonomy": str(SERVICE_TYPES_NAME),
        "taxonomy_id": SERVICE_TYPES_TAXONOMY,
    }


def area_of_need_for_term(term_id):
    """The area of need value whose term id is `term_id`, or None."""
    return next(
        (area.value for area in AreaOfNeed if area_of_need_term_id(area.value) == term_id), None
    )
