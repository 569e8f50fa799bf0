"""How well search finds what families look for: family-style searches, each with the page that
answers it, and the mean reciprocal rank (MRR) of that page in the results, for Whoosh and for the
database backend on the same synthetic site.

A result answers a search when its title starts with the expected title: the synthetic site has
the demo's own page and local versions of it ("Short breaks: Northbridge"), and any of them is a
right answer. A search whose answer is not in the first page of results scores 0.
"""

from wagtail.models import Locale, Page

from benchmarks.judgements import JUDGEMENTS
from search.facets import SearchParams
from search.site_search import RESULTS_PER_PAGE, SiteSearch


def rank(backend, query, expected_title):
    """The place (1-based) of the first result answering `query`, or None if not on page one."""
    params = SearchParams.parse({"q": query})
    hits = SiteSearch(params, Locale.get_default(), backend=backend).shown_hits[:RESULTS_PER_PAGE]
    titles = dict(
        Page.objects.filter(pk__in=[hit.page_id for hit in hits]).values_list("pk", "title")
    )
    for place, hit in enumerate(hits, start=1):
        if titles[hit.page_id].startswith(expected_title):
            return place
    return None


def relevance(backend):
    """{"mrr": …, "found": …, "ranks": {query: place or None}} over JUDGEMENTS."""
    ranks = {query: rank(backend, query, title) for query, title in JUDGEMENTS}
    return {
        "mrr": round(sum(1 / place for place in ranks.values() if place) / len(ranks), 3),
        "found": sum(1 for place in ranks.values() if place),
        "ranks": ranks,
    }
