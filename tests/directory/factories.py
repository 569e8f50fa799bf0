"""Directory records for tests: published unless `publish=False` (a draft never published)."""

import factory
from factory.django import DjangoModelFactory

from localoffer.directory.models import (
    DirectoryPage,
    Location,
    Organisation,
    PostcodeCentroid,
    Service,
    ServiceType,
)
from tests.factories import PageFactory


class RecordFactory(DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, publish=True, **kwargs):
        record = model_class(*args, **kwargs)
        if not publish:
            record.live = False
        record.save()
        revision = record.save_revision()
        if publish:
            revision.publish()
            record.refresh_from_db()
        return record


class OrganisationFactory(RecordFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    description = "Runs services for families."
    email = "hello@organisation.example"


class PostcodeFactory(DjangoModelFactory):
    class Meta:
        model = PostcodeCentroid

    postcode = factory.Sequence(lambda n: f"AN{n % 9 + 1} {n % 10}AA")
    latitude = 52.95
    longitude = -0.85


class LocationFactory(RecordFactory):
    class Meta:
        model = Location

    name = factory.Sequence(lambda n: f"Venue {n}")
    address = "1 High Street"
    town = "Anyford"
    postcode = "AN1 1AA"
    latitude = 52.95
    longitude = -0.85
    accessibility = "Step-free entrance."


class ServiceTypeFactory(DjangoModelFactory):
    class Meta:
        model = ServiceType
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Type {n}")
    slug = factory.Sequence(lambda n: f"type-{n}")


class ServiceFactory(RecordFactory):
    """`ServiceFactory(locations=[...], areas_of_need=[choice, ...], service_types=[...])`."""

    class Meta:
        model = Service

    name = factory.Sequence(lambda n: f"Service {n}")
    description = "A service for families."
    organisation = factory.SubFactory(OrganisationFactory)
    min_age = 0
    max_age = 25


class DirectoryPageFactory(PageFactory):
    class Meta:
        model = DirectoryPage

    title = "Find a service"
    slug = "find-a-service"
