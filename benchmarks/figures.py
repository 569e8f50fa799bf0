"""Figures measured inside one Django process, for one synthetic site: search index builds and
latency for both backends, queries per family page, and the admin reports' times.

    LOCALOFFER_VAR_DIR=var/bench/site-1000 DJANGO_SETTINGS_MODULE=localoffer.settings.bench \\
        PAGE_CACHE_SECONDS=0 SEARCH_CACHE_SECONDS=0 \\
        .venv/bin/python -m benchmarks.site_steps measure

Requests go through Django's test client (the whole stack but the network). Writes figures.json
beside the site's site.json, and a copy of each family page into the static files, for the load
test's baseline: a static file of the same size, served by the same server.
"""

import json
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index

from benchmarks.postgres_search import postgres_engine_figures
from benchmarks.relevance import relevance

# Family-style searches: what parents and carers type, in their words.
SEARCH_QUERIES = [
    "ehc plan",
    "ehcp assessment",
    "how to ask for an ehc needs assessment",
    "sen support in school",
    "senco",
    "school transport",
    "short breaks",
    "speech and language therapy",
    "autism",
    "annual review",
    "tribunal",
    "mediation",
    "personal budget",
    "preparing for adulthood",
    "college after 16",
    "mental health",
    "occupational therapy",
    "respite for carers",
    "northbridge",
    "educaton health care plan",
]
SEARCH_REPEATS = 3
REPORT_REPEATS = 5
# (label, URL name) of each admin report leads open; a report not built yet is skipped, noted.
REPORTS = [
    ("content review report", "content_review:report"),
    ("pages-by-languages report", "content_review:languages"),
    ("indicator dashboard", "feedback_indicators:dashboard"),
    ("termly Board report", "feedback_indicators:board_report"),
    ('"You said, we did" report', "you_said_we_did_report:report"),
]
# Editors open the review report too: their own and their team's pages (a fifth of the site),
# with the checkboxes that mark them as reviewed.
EDITOR_REPORTS = [
    ("content review report with checkboxes, an editor's team", "content_review:report"),
]
# The synthetic site's first owner (benchmarks.synthetic._owners), as an editor signs in.
EDITOR_EMAIL = "sam.hughes@anyshire.example"
DATABASE_BACKEND = "modelsearch.backends.database"


def percentile(values, share):
    """The value `share` (0 to 1) of the way through the sorted values (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def milliseconds(seconds):
    return round(seconds * 1000, 1)


def timed(function):
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def build_index(backend):
    """Rebuild every index of `backend`, as `update_index` does."""
    for index, models in group_models_by_index(backend, get_indexed_models()).items():
        rebuilder = backend.rebuilder_class(index)
        index = rebuilder.start()
        for model in models:
            index.add_model(model)
        for model in models:
            objects = list(model.get_indexed_objects().order_by("pk"))
            for start in range(0, len(objects), 1000):
                index.add_items(model, objects[start : start + 1000])
        rebuilder.finish()


def search_figures(client):
    """Build each backend's index, then time the search page with each."""
    figures = {}
    backends = {
        "whoosh": (_whoosh_alone(), {}),
        "database": (
            get_search_backend(DATABASE_BACKEND),
            {"WAGTAILSEARCH_BACKENDS": {"default": {"BACKEND": DATABASE_BACKEND}}},
        ),
    }
    for name, (backend, overrides) in backends.items():
        build_seconds = timed(lambda backend=backend: build_index(backend))
        with override_settings(**overrides):
            client.get("/search/", {"q": "warm up"})
            timings = [
                timed(lambda query=query: _ok(client.get("/search/", {"q": query})))
                for _ in range(SEARCH_REPEATS)
                for query in SEARCH_QUERIES
            ]
        figures[name] = {
            "build_s": round(build_seconds, 2),
            "p50_ms": milliseconds(percentile(timings, 0.5)),
            "p95_ms": milliseconds(percentile(timings, 0.95)),
            "searches": len(timings),
        }
    # Both indexes are built now; PostgreSQL's is made from the same pages' text.
    figures["relevance"] = relevance(backends["whoosh"][0])
    # Several servers: the site's search on PostgreSQL full-text (benchmarks/multi_server.py).
    figures["postgres_engine"] = postgres_engine_figures()
    return figures


def _whoosh_alone():
    """The site's own backend, on its own: not also writing its database fallback's index."""
    return get_search_backend("default", FALLBACK_BACKEND=None)


def page_figures(client, urls, copies_folder):
    """Queries each family page makes rendered and served from the page cache, and its size;
    a copy of each into `copies_folder` for the load test's baseline."""
    copies_folder.mkdir(parents=True, exist_ok=True)
    figures = {}
    for name, url in urls.items():
        _ok(client.get(url))  # Wagtail's site and content type caches fill on the first request
        rendered, response = _queries(client, url)
        with override_settings(PAGE_CACHE_SECONDS=600, SEARCH_CACHE_SECONDS=600):
            _ok(client.get(url))
            cached, _response = _queries(client, url)
        (copies_folder / f"{name}.html").write_bytes(response.content)
        figures[name] = {
            "queries": rendered,
            "cached_queries": cached,
            "bytes": len(response.content),
        }
    return figures


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = _ok(client.get(url))
    return len(queries), response


def report_figures(client, reports=REPORTS):
    """Median time and queries of each admin report, for `client`'s user."""
    figures, missing = {}, []
    for label, url_name in reports:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            missing.append(label)
            continue
        _ok(client.get(url))
        timings = []
        for _ in range(REPORT_REPEATS):
            with CaptureQueriesContext(connection) as queries:
                timings.append(timed(lambda url=url: _ok(client.get(url))))
        figures[label] = {
            "median_ms": milliseconds(statistics.median(timings)),
            "queries": len(queries),
        }
    return figures, missing


def _editor():
    from django.contrib.auth.models import Group

    from localoffer import roles

    user, _created = get_user_model().objects.get_or_create(
        username="bench-editor", defaults={"email": EDITOR_EMAIL}
    )
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


def _ok(response):
    if response.status_code != 200:
        raise SystemExit(f"{response.wsgi_request.get_full_path()} answered {response.status_code}")
    return response


def main(pages_only):
    site = json.loads(Path(settings.VAR_DIR, "site.json").read_text())
    family = Client()
    figures = {}
    # Either way, the search page then has its index.
    if pages_only:
        build_index(_whoosh_alone())
    else:
        figures["search"] = search_figures(family)
    copies = Path(settings.STATIC_ROOT, "bench", Path(settings.VAR_DIR).name)
    figures["pages"] = page_figures(family, site["urls"], copies)
    if not pages_only:
        lead = Client()
        lead.force_login(
            get_user_model().objects.create_superuser("bench-lead", "lead@anyshire.example", None)
        )
        figures["reports"], figures["missing_reports"] = report_figures(lead)
        editor = Client()
        editor.force_login(_editor())
        editor_figures, _missing = report_figures(editor, EDITOR_REPORTS)
        figures["reports"].update(editor_figures)
    Path(settings.VAR_DIR, "figures.json").write_text(json.dumps(figures, indent=2))
