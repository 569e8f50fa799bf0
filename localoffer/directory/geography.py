"""Postcodes and distances, for "services within 5 miles of AN1 2AB"."""

import math
import re
from typing import NamedTuple

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_OF_LATITUDE = 69.05
METRES_PER_MILE = 1609.344

_SPACES = re.compile(r"\s+")


def normalise_postcode(text):
    """'an12ab', ' AN1  2AB ' -> 'AN1 2AB': upper case, one space before the last three
    characters (the inward code), which is how the ONS Postcode Directory writes `pcds`."""
    compact = _SPACES.sub("", text or "").upper()
    if len(compact) < 5:
        return compact
    return f"{compact[:-3]} {compact[-3:]}"


class Box(NamedTuple):
    latitudes: tuple
    longitudes: tuple


def bounding_box(latitude, longitude, miles):
    """The latitudes and longitudes within which every point `miles` away must lie."""
    latitude_span = miles / MILES_PER_DEGREE_OF_LATITUDE
    # A degree of longitude shrinks towards the poles; the box is widened to match.
    longitude_span = latitude_span / max(math.cos(math.radians(latitude)), 0.01)
    return Box(
        (latitude - latitude_span, latitude + latitude_span),
        (longitude - longitude_span, longitude + longitude_span),
    )


def miles_between(start, end):
    """The great-circle distance in miles between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*start, *end))
    half_chord = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(half_chord))
