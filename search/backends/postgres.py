"""PostgreSQL full-text search: modelsearch's PostgreSQL backend, one index in the site's
database that every app server sees, with two things the site search asks of an engine beyond
modelsearch's API (search/engine.py):

- `highlight_query(text, query, max_chars)`: `text` with what a modelsearch query matches in
  `<mark>`, by PostgreSQL's own `ts_headline`, so the words marked are the words it found
  (English stems included).
- `words(model)`: every word the index holds for `model`, with the number of entries holding it,
  from which the site corrects misspelt searches ("Did you mean …?").

Use it with `WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.postgres"}}`
(`SEARCH_BACKEND=postgres`, settings/base.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from modelsearch.backends.base import get_model_root
from modelsearch.backends.database.postgres import postgres
from modelsearch.utils import get_descendants_content_types_pks

IndexEntry = postgres.IndexEntry
# Words per excerpt for each character asked for: English words and spaces average about 6.
CHARS_PER_WORD = 6
EXCERPT_FRAGMENTS = 2


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    """modelsearch's PostgreSQL backend; `SEARCH_CONFIG` (default "english") is the text search
    configuration of both the index and the queries."""

    def __init__(self, params):
        super().__init__(params)
        self.config = self.config or "english"

    def highlight_query(self, text, query, max_chars):
        """Safe HTML: up to about `max_chars` of `text` around what `query` (a modelsearch query
        object) matches, the matches in `<mark>`; the text's beginning when nothing matches."""
        if not text:
            return ""
        if query is None:
            return escape(Truncator(text).chars(max_chars))
        tsquery = _TextQuery().build_tsquery(query, config=self.config)
        words = max(max_chars // CHARS_PER_WORD, 10)
        options = (
            "StartSel=<mark>, StopSel=</mark>, HighlightAll=false, "
            f"MaxWords={words // EXCERPT_FRAGMENTS}, MinWords={words // (2 * EXCERPT_FRAGMENTS)}, "
            f'MaxFragments={EXCERPT_FRAGMENTS}, FragmentDelimiter=" … "'
        )
        # The text is escaped first: PostgreSQL's parser keeps entities (&amp;) whole, and adds
        # only the <mark> tags, so the result is safe HTML.
        connection = connections[router.db_for_read(IndexEntry)]
        sql, params = _as_sql(tsquery, connection)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT ts_headline(%s::regconfig, %s, {sql}, %s)",
                [self.config, escape(text), *params, options],
            )
            (excerpt,) = cursor.fetchone()
        return mark_safe(excerpt)

    def words(self, model):
        """{word: number of index entries holding it} for `model` and its subclasses: every word
        of their titles and text, lower case and unstemmed, as people write them."""
        root = get_model_root(model)
        content_types = get_descendants_content_types_pks(root) or [
            ContentType.objects.get_for_model(root).pk
        ]
        connection = connections[router.db_for_read(IndexEntry)]
        table = connection.ops.quote_name(IndexEntry._meta.db_table)
        ids = ",".join(str(int(pk)) for pk in content_types)
        statement = (
            "SELECT to_tsvector('simple', title_text || ' ' || body_text) "
            f"FROM {table} WHERE content_type_id IN ({ids})"
        )
        with connection.cursor() as cursor:
            cursor.execute("SELECT word, ndoc FROM ts_stat(%s)", [statement])
            return dict(cursor.fetchall())


class _TextQuery(postgres.PostgresSearchQueryCompiler):
    """Only the tsquery of a query: highlighting needs no model, queryset or fields."""

    def __init__(self):
        pass


def _as_sql(expression, connection):
    """SQL and parameters of a Django query expression, outside any query."""
    query = IndexEntry._default_manager.none().query
    compiler = query.get_compiler(connection=connection)
    return expression.resolve_expression(query).as_sql(compiler, connection)


SearchBackend = PostgresSearchBackend
