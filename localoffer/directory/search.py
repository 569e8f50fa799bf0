"""Finding services: the directory page's search and the Open Referral UK API share these rules."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from wagtail.search.backends import get_search_backend

from . import schedules
from .models import Service


@dataclass
class Found(Sequence):
    """Published services matching a search, in the order to show them: nearest first when a
    postcode was given, else best match for the words, else by name.

    Only the ordered ids are held, so counting is free; a slice (one page of results, from
    Django's or Django Ninja's paginator) loads just those services, each with `distance`, the
    miles to its nearest venue when a postcode was given."""

    ids: list
    distances: dict = field(default_factory=dict)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = self.ids[index]
        by_id = Service.objects.for_listing().in_bulk(ids)
        services = [by_id[pk] for pk in ids if pk in by_id]
        for service in services:
            service.distance = self.distances.get(service.pk)
        return services

    def running(self, day=None, start_time=None, end_time=None):
        """These services that run on `day`, within the times given, as their schedules say
        (`schedules.runs`), in the same order."""
        texts = dict(Service.objects.filter(pk__in=self.ids).values_list("pk", "schedule"))
        return Found(
            [pk for pk in self.ids if schedules.runs(texts[pk], day, start_time, end_time)],
            self.distances,
        )


def find_services(
    words="",
    age=None,
    min_age_at_least=None,
    max_age_at_most=None,
    areas=(),
    service_types=(),
    free_only=False,
    centroid=None,
    miles=None,
):
    """Published services matching every filter given. `areas` and `service_types` (values and
    slugs) match services with any of them."""
    services = Service.objects.live()
    if age is not None:
        services = services.for_age(age)
    if min_age_at_least is not None:
        services = services.filter(min_age__gte=min_age_at_least)
    if max_age_at_most is not None:
        services = services.filter(max_age__lte=max_age_at_most)
    if areas:
        services = services.in_areas_of_need(areas)
    if service_types:
        services = services.of_types(service_types)
    if free_only:
        services = services.free()
    ids = list(services.order_by("name").values_list("pk", flat=True).distinct())
    if words:
        matching = set(ids)
        # Best match first, and every word must match ("autism group" is not every group); the
        # site's search backend also knows editors' synonyms.
        ranked = get_search_backend().search(words, Service.objects.only("pk"), operator="and")
        ids = [service.pk for service in ranked if service.pk in matching]
    if centroid is None:
        return Found(ids)
    distances = Service.objects.filter(pk__in=ids).distances_from(centroid, miles)
    return Found(sorted((pk for pk in ids if pk in distances), key=distances.get), distances)
