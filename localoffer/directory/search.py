"""Finding services: the directory page's search and the Open Referral UK API share these rules."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import QuerySet
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
    # How a page of results is loaded: {pk: service} for some ids. A list of results shows each
    # service, its organisation and its venues; the API's /services less (`loading`).
    load: object = None

    def __len__(self):
        # `ids` is a list, or for a list of every service by name a query of their ids: counted,
        # and sliced a page at a time, by the database.
        return self.ids.count() if isinstance(self.ids, QuerySet) else len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = list(self.ids[index])
        by_id = (self.load or Service.objects.for_results().in_bulk)(ids)
        services = [by_id[pk] for pk in ids if pk in by_id]
        for pk, service in zip((pk for pk in ids if pk in by_id), services, strict=True):
            service.distance = self.distances.get(pk)
        return services

    def running(self, day=None, start_time=None, end_time=None):
        """These services that run on `day`, within the times given, as their schedules say
        (`schedules.runs`), in the same order."""
        texts = dict(Service.objects.filter(pk__in=self.ids).values_list("pk", "schedule"))
        return Found(
            [pk for pk in self.ids if schedules.runs(texts[pk], day, start_time, end_time)],
            self.distances,
            self.load,
        )

    def loading(self, load):
        """The same results, a page of which is loaded by `load` ({pk: service} for ids)."""
        return Found(self.ids, self.distances, load)


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
    slugs) match services with any of them.

    The database narrows first (the filters, then the venues in a box around the postcode), so
    the words are looked for among the few services left and the exact distance is worked out
    for the venues near enough only; only ids are read until a page of results is shown."""
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
    by_name = services.order_by("name", "pk").values_list("pk", flat=True)
    if centroid is None and not words:
        return Found(by_name)
    distances = {}
    if centroid is not None:
        distances = services.distances_from(centroid, miles)
        ids = list(distances)
    else:
        ids = list(by_name)
    if words and ids:
        ids = _ranked_by_words(words, ids)
    if centroid is None:
        return Found(ids)
    # Nearest first; as near, the better match or the name first (the sort is stable).
    return Found(sorted(ids, key=distances.get), distances)


# Up to this many services are handed to the search as ids to choose among (SQLite takes 32,766
# values in a query); a search of more looks among them all and keeps those left by the filters.
MAX_IDS_TO_SEARCH_AMONG = 10_000


def _ranked_by_words(words, ids):
    """`ids` that match every one of `words` ("autism group" is not every group), best match
    first, by the site's search backend (which knows editors' synonyms). Only the services among
    `ids` are loaded, and only their ids."""
    if len(ids) <= MAX_IDS_TO_SEARCH_AMONG:
        among = Service.objects.filter(pk__in=ids).only("pk")
        return [service.pk for service in get_search_backend().search(words, among, operator="and")]
    matching = set(ids)
    ranked = get_search_backend().search(words, Service.objects.only("pk"), operator="and")
    return [service.pk for service in ranked if service.pk in matching]
