"""The site's search on PostgreSQL full-text search, measured inside a synthetic site's Django
process (benchmarks/figures.py); benchmarks/multi_server.py turns the figures into rows. Kept
apart because `benchmarks.run` itself runs without Django set up."""

import time

from modelsearch.query import Or, Phrase, PlainText

from benchmarks.relevance import POSTGRES_URL, scored, searched_pages
from search.synonym_expansion import expanded_query


def postgres_engine_figures():
    """{"p50_ms", "p95_ms", "searches", "mrr", "found", "ranks"}, or None without a server."""
    import psycopg

    try:
        connection = psycopg.connect(POSTGRES_URL, connect_timeout=3)
    except psycopg.OperationalError:
        return None
    with connection, connection.transaction():
        search = PostgresEngineSearch(connection)
        timings = []

        def titles_for(query):
            started = time.perf_counter()
            titles = search.titles(query)
            timings.append(time.perf_counter() - started)
            return titles

        figures = scored(titles_for)
    timings.sort()
    return {
        **figures,
        "p50_ms": round(timings[len(timings) // 2] * 1000, 1),
        "p95_ms": round(timings[int(len(timings) * 0.95)] * 1000, 1),
        "searches": len(timings),
    }


class PostgresEngineSearch:
    def __init__(self, connection):
        self.cursor = connection.cursor()
        self.cursor.execute(
            "CREATE TEMPORARY TABLE engine_entry (title text, document tsvector) ON COMMIT DROP"
        )
        self.cursor.executemany(
            "INSERT INTO engine_entry VALUES (%s, setweight(to_tsvector('english', %s), 'A') "
            "|| setweight(to_tsvector('english', %s), 'B'))",
            [(title, title, text) for title, text in searched_pages()],
        )
        self.cursor.execute("CREATE INDEX ON engine_entry USING gin (document)")
        self.cursor.execute("ANALYZE engine_entry")

    def titles(self, query_string):
        query = expanded_query(query_string)
        if query is None:
            return []
        sql, params = tsquery_sql(query)
        self.cursor.execute(
            f"SELECT title FROM engine_entry, ({sql}) AS q(query) WHERE document @@ query "
            "ORDER BY ts_rank(document, query) DESC, title",
            params,
        )
        return [title for (title,) in self.cursor.fetchall()]


def tsquery_sql(query):
    """`SELECT <tsquery>` for a query of PlainText words, Phrases and Ors, as modelsearch's
    PostgreSQL compiler builds it (a word as a lexeme, a phrase with `phraseto_tsquery`)."""
    parts, params = [], []

    def build(node):
        if isinstance(node, PlainText):
            params.append(node.query_string)
            return "plainto_tsquery('english', %s)"
        if isinstance(node, Phrase):
            params.append(node.query_string)
            return "phraseto_tsquery('english', %s)"
        if isinstance(node, Or):
            return "(" + " || ".join(build(child) for child in node.subqueries) + ")"
        raise NotImplementedError(type(node).__name__)

    parts.append(build(query))
    return f"SELECT {parts[0]}", params
