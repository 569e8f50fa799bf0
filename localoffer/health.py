"""`/healthz` for the council's monitoring: is the database answering, can the search index be read?

Answers 200 when both are healthy and 503 otherwise. The body names each check and says "ok" or
"error", never why: details (which could include paths or connection strings) go to the log.
"""

import logging

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_search_index():
    index = get_search_backend().get_index_for_model(Page)
    # A Whoosh index is opened directly: a search would quietly fall back to the database and
    # hide a damaged index. Other backends (database, Elasticsearch) answer a query instead.
    if hasattr(index, "searcher"):
        with index.searcher():
            return
    list(Page.objects.search("health check")[:1])


CHECKS = {"database": check_database, "search_index": check_search_index}


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
