"""Figures for running on several servers (issue 21), apart from the Whoosh figures:

- the site's search on PostgreSQL full-text search: the synthetic site's pages in a PostgreSQL
  table shaped like the index entries (title weighted A, the rest B, a GIN index), each family
  search asked as the site's engine asks it (`search.synonym_expansion.expanded_query`: every
  word or any of its synonyms, phrases as phrases), every match ranked by `ts_rank`; its latency
  and MRR@5 on the same judged searches as Whoosh and SQLite FTS5. The figure is the database's
  time for the engine's query, not the whole search page (the site's database is SQLite here);
- cached family pages served with the cache in Redis beside the file cache (wrk, gunicorn).
"""

import os
import uuid

from benchmarks.load import Server
from benchmarks.results import Row, compared

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
CACHED_PAGE = "guidance"


def postgres_engine_rows(site, figures):
    """Latency and relevance of the site's search on PostgreSQL beside Whoosh's."""
    engine = figures["search"].get("postgres_engine")
    if engine is None:
        return [
            Row(f"search on PostgreSQL, {site.label} (no server answered)", 0, "ms", None, True)
        ]
    whoosh = figures["search"]["whoosh"]
    relevance = figures["search"]["relevance"]
    return [
        compared(
            f"search {percentile} on PostgreSQL full-text, the engine's query only "
            f"(baseline: Whoosh, the whole search page), {site.label}",
            engine[f"{percentile}_ms"],
            "ms",
            whoosh[f"{percentile}_ms"],
        )
        for percentile in ("p50", "p95")
    ] + [
        compared(
            f"search relevance MRR@5 on PostgreSQL full-text as the site asks it "
            f"(baseline: {name}), {site.label}",
            engine["mrr"],
            "MRR",
            relevance[name]["mrr"],
        )
        for name in ("whoosh", "database")
        if name in relevance
    ]


def redis_cache_rows(site, seconds):
    """Requests a second for a cached family page with the cache in Redis, beside the file cache."""
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return [
            Row("cached page with the cache in Redis (no Redis answered)", 0, "req/s", None, True)
        ]
    path = site.summary["urls"][CACHED_PAGE]
    with Server(site, cache_seconds=600) as server:
        on_disk = server.load(path, seconds)
    with Server(InRedis(site), cache_seconds=600) as server:
        in_redis = server.load(path, seconds)
    return [
        compared(
            f"guidance page, cached in Redis (baseline: file cache), {site.label}, requests/s",
            round(in_redis.rps),
            "req/s",
            round(on_disk.rps),
        ),
        compared(
            f"guidance page, cached in Redis (baseline: file cache), {site.label}, p95",
            in_redis.p95_ms,
            "ms",
            on_disk.p95_ms,
        ),
    ]


class InRedis:
    """A synthetic site served with both caches in Redis, under keys of its own."""

    def __init__(self, site):
        self.site = site
        self.folder = site.folder
        self.prefix = f"bench-{uuid.uuid4().hex[:8]}"

    def environment(self, **overrides):
        return self.site.environment(REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=self.prefix, **overrides)
