"""Finding services for a family: the directory page's search and the Open Referral UK API share
these rules."""

from dataclasses import dataclass, field

from wagtail.search.backends import get_search_backend

from .models import Service


@dataclass
class Found:
    """Published services matching a search, in the order to show them: nearest first when a
    postcode was given, else best match for the words, else by name. `ids` is the whole ordered
    list (cheap to count and page); `distances` maps ids to miles."""

    ids: list
    distances: dict = field(default_factory=dict)

    def services(self, ids):
        """The services with these ids (one page of results), in this order, ready to show."""
        by_id = Service.objects.for_listing().in_bulk(ids)
        services = [by_id[pk] for pk in ids if pk in by_id]
        for service in services:
            service.distance = self.distances.get(service.pk)
        return services


def find_services(
    words="",
    age=None,
    youngest=None,
    oldest=None,
    area=None,
    service_type=None,
    free_only=False,
    centroid=None,
    miles=None,
):
    services = Service.objects.live()
    if age is not None:
        services = services.for_age(age)
    if youngest is not None or oldest is not None:
        services = services.overlapping_ages(youngest, oldest)
    if area:
        services = services.in_area_of_need(area)
    if service_type:
        services = services.of_type(service_type)
    if free_only:
        services = services.free()
    ids = list(services.order_by("name").values_list("pk", flat=True).distinct())
    if words:
        matching = set(ids)
        # Best match first; the site's search backend also knows editors' synonyms.
        ranked = get_search_backend().search(words, Service)
        ids = [service.pk for service in ranked if service.pk in matching]
    if centroid is None:
        return Found(ids)
    distances = Service.objects.filter(pk__in=ids).distances_from(centroid, miles)
    ids = sorted((pk for pk in ids if pk in distances), key=distances.get)
    return Found(ids, distances)
