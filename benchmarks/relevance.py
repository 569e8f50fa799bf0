"""How well search finds what families look for: family-style searches (`judgements.py`), each
with the pages that answer it, and the mean reciprocal rank at 5 (MRR@5) of the first of them in
the results: 1 when it comes first, 1/2 second, ... 0 when it is not in the first five.

Three searches of the same pages, in the same run:

- the site's search (Whoosh, through the search page's own `SiteSearch`);
- SQLite FTS5, as modelsearch's database backend uses it on SQLite (also through `SiteSearch`);
- PostgreSQL full-text search: the same pages' indexed text in a temporary table, weighted title
  first, ranked by `ts_rank_cd` (skipped, with a note, when no PostgreSQL server answers).

A result answers a search when its title starts with an expected title: the synthetic sites have
the demo's own pages and local versions of them ("Short breaks: Northbridge").

Run against the site in the current settings (the demo site, say):

    .venv/bin/python manage.py shell -c "from benchmarks.relevance import main; main()"
"""

import os
import re

from django.conf import settings
from django.test import override_settings
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Page

from benchmarks.judgements import CUTOFF, JUDGEMENTS
from benchmarks.results import relevance_table
from localoffer.restrictions import public
from search.backends.whoosh.schema import build_document
from search.facets import SearchParams
from search.site_search import SiteSearch

DATABASE_BACKEND = "modelsearch.backends.database"
POSTGRES_URL = os.environ.get("RELEVANCE_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")


def place(titles, answers):
    """The place (1-based) of the first of `titles` answering the search, or None."""
    for number, title in enumerate(titles[:CUTOFF], start=1):
        if title.startswith(answers):
            return number
    return None


def scored(titles_for):
    """{"mrr": …, "found": …, "ranks": {query: place or None}} for a function giving the titles
    of a search's results, best first."""
    ranks = {query: place(titles_for(query), answers) for query, answers in JUDGEMENTS}
    return {
        "mrr": round(sum(1 / rank for rank in ranks.values() if rank) / len(ranks), 3),
        "found": sum(1 for rank in ranks.values() if rank),
        "ranks": ranks,
    }


def site_search_titles(backend):
    def titles_for(query):
        # Without the cache: each backend's searches are its own.
        with override_settings(SEARCH_CACHE_SECONDS=0):
            search = SiteSearch(SearchParams.parse({"q": query}), Locale.get_default(), backend)
            hits = search.shown_hits[:CUTOFF]
        titles = dict(
            Page.objects.filter(pk__in=[hit.page_id for hit in hits]).values_list("pk", "title")
        )
        return [titles[hit.page_id] for hit in hits]

    return titles_for


def searched_pages():
    """(title, text) of every page the site search searches, with the text Whoosh indexes."""
    pages = public(Page.objects.live()).filter(locale=Locale.get_default()).specific()
    for page in pages.iterator(chunk_size=500):
        document = build_document(page)
        text = "\n".join(
            value
            for name, value in document.items()
            if name.startswith("text_") and name != "text_title"
        )
        yield page.title, text


def words(query):
    return re.findall(r"\w+", query.lower())


class PostgresSearch:
    """Full-text search of the site's pages in a temporary PostgreSQL table, as a site on
    PostgreSQL would search them: English stemming and stop words, any word matching, the title
    weighted above the rest."""

    def __init__(self, connection):
        self.cursor = connection.cursor()
        self.cursor.execute(
            "CREATE TEMPORARY TABLE page_text (title text, document tsvector) ON COMMIT DROP"
        )
        self.cursor.executemany(
            "INSERT INTO page_text VALUES (%s, setweight(to_tsvector('english', %s), 'A') "
            "|| setweight(to_tsvector('english', %s), 'B'))",
            [(title, title, text) for title, text in searched_pages()],
        )

    def titles(self, query):
        self.cursor.execute(
            "SELECT title FROM page_text, websearch_to_tsquery('english', %s) AS query "
            "WHERE document @@ query ORDER BY ts_rank_cd(document, query) DESC, title LIMIT %s",
            [" or ".join(words(query)), CUTOFF],
        )
        return [title for (title,) in self.cursor.fetchall()]


def postgres_relevance():
    """The PostgreSQL figures, or None when no server answers at RELEVANCE_POSTGRES_URL."""
    import psycopg

    try:
        connection = psycopg.connect(POSTGRES_URL, connect_timeout=3)
    except psycopg.OperationalError:
        return None
    with connection, connection.transaction():
        return scored(PostgresSearch(connection).titles)


def relevance(whoosh_backend=None):
    """{"whoosh" | "database" | "postgres": figures}, each search on the same pages."""
    figures = {
        "whoosh": scored(site_search_titles(whoosh_backend or get_search_backend())),
        "database": scored(site_search_titles(get_search_backend(DATABASE_BACKEND))),
    }
    if (postgres := postgres_relevance()) is not None:
        figures["postgres"] = postgres
    return figures


def main():
    """Print the relevance table for the site in the current settings."""
    print(f"Relevance on {settings.DATABASES['default']['NAME']}:")
    print(relevance_table(relevance()))
