"""`/healthz` for the council's monitoring: is the database answering with every table the site
needs, can the caches be written and read, can the search index be opened?

Answers 200 when all are healthy and 503 otherwise. The body names each check and says "ok" or
"error", never why: details (which could include paths or connection strings) go to the log.
The site itself carries on without a broken cache (localoffer/caching.py); this is where it shows.
"""

import logging
import uuid

from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_migrations():
    """Every migration applied: a database that answers but lacks tables (a new empty SQLite
    file where the real one was, a release not migrated yet) is not healthy."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise RuntimeError("Migrations are not applied")


def check_caches():
    for name in caches:
        cache, value = caches[name], uuid.uuid4().hex
        cache.set("healthz", value, 30)
        if cache.get("healthz") != value:
            raise RuntimeError(f"The {name} cache did not keep what was written to it")


def check_search_index():
    index = get_search_backend().get_index_for_model(Page)
    # A Whoosh index is opened directly: a search would quietly fall back to the database and
    # hide a damaged index. Other backends (database, Elasticsearch) answer a query instead.
    if hasattr(index, "searcher"):
        with index.searcher():
            return
    list(Page.objects.search("health check")[:1])


CHECKS = {
    "database": check_database,
    "migrations": check_migrations,
    "cache": check_caches,
    "search_index": check_search_index,
}


@never_cache
@require_GET
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name, extra={"check": name})
            results[name] = "error"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": results}, status=200 if healthy else 503
    )
