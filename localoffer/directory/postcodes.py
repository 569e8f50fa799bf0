"""Reading the ONS Postcode Directory (ONSPD): one row per postcode, columns named in its header.

Only three columns matter here: `pcds` (the postcode as people write it), `lat` and `long`.
Postcodes no longer in use (`doterm` set) and those without a grid reference (ONSPD writes
latitude 99.999999 for them) are left out."""

import csv

from .geography import normalise_postcode
from .models import PostcodeCentroid

NO_GRID_REFERENCE_LATITUDE = 99.999999
REQUIRED_COLUMNS = {"pcds", "lat", "long"}


class PostcodeFileError(ValueError):
    pass


def read_centroids(lines):
    """PostcodeCentroid objects (unsaved) for the live postcodes in an ONSPD CSV file."""
    reader = csv.DictReader(lines)
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or ())
    if missing:
        raise PostcodeFileError(
            f"Not an ONS Postcode Directory file: no {', '.join(sorted(missing))} column."
        )
    for line_number, row in enumerate(reader, start=2):
        if row.get("doterm"):
            continue
        try:
            latitude, longitude = float(row["lat"]), float(row["long"])
        except ValueError as error:
            raise PostcodeFileError(f"Line {line_number}: {error}") from error
        if latitude == NO_GRID_REFERENCE_LATITUDE:
            continue
        yield PostcodeCentroid(
            postcode=normalise_postcode(row["pcds"]), latitude=latitude, longitude=longitude
        )


def load_centroids(lines, batch_size=5000):
    """Replace every stored centroid with the file's; return how many were stored."""
    centroids = list(read_centroids(lines))
    PostcodeCentroid.objects.all().delete()
    PostcodeCentroid.objects.bulk_create(centroids, batch_size=batch_size)
    return len(centroids)
