"""The site search: a visitor's words, in their language, with filters, excerpts, "Did you
mean …?" and the results editors recommend. The search page's view only hands it the visitor's
parameters."""

import hashlib
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from localoffer.page_cache.store import site_version
from localoffer.restrictions import public
from search.categories import AUDIENCE_FIELD, SearchCategory, category_of, has_audience
from search.engine import SearchEngine
from search.excerpts import excerpt
from search.facets import Hit, facets
from search.languages import written_language

RESULTS_PER_PAGE = 10
# In every cached search's key: a release that changes `Hit` or `Result` numbers it anew, so that
# what the release before kept is never read back into the new shape.
HITS_FORMAT = 2
# With fewer results than this, a spelling correction is offered if the backend has one.
FEW_RESULTS = 3


@dataclass(frozen=True)
class Result:
    """One result as shown: plain values, so that a page of results can be cached."""

    title: str
    type_label: str
    excerpt: str
    url: str


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str


@dataclass(frozen=True)
class OtherLanguage:
    """The same search on the site in the language it was typed in, offered in that language."""

    code: str
    name: str
    direction: str
    label: str
    url: str


def open_url(query, page):
    """The link to a result: it counts the result as opened (search insights), then redirects."""
    return f"{reverse('search_open')}?{urlencode({'q': query, 'page': page.pk})}"


class SiteSearch:
    def __init__(self, params, locale, backend=None):
        self.params = params
        self.query = params.query
        self.locale = locale
        self.engine = SearchEngine(backend)
        self.backend = self.engine.backend

    @cached_property
    def hits(self):
        """Every live, public page in the visitor's language the words match, best first.

        All of them, not a page's worth, so that the filters can count them: two small values
        each, for a site of a few thousand pages at most."""
        if not self.query:
            return []
        return cached_hits(self.engine, self.query, self.locale)

    @cached_property
    def shown_hits(self):
        return [hit for hit in self.hits if hit.matches(**self.params.filters)]

    def facets(self):
        return facets(self.hits, self.params)

    @cached_property
    def results(self):
        """The requested page of results (a Paginator page of `Result`s)."""
        results = Paginator(self.shown_hits, RESULTS_PER_PAGE).get_page(self.params.page)
        hits = results.object_list
        results.object_list = cached(
            results_key(self.backend, self.query, self.locale, hits),
            lambda: self._results_for(hits),
        )
        return results

    def _results_for(self, hits):
        # Excerpts need each page's own text: the specific pages, loaded only when not cached.
        pages = Page.objects.filter(pk__in=[hit.page_id for hit in hits]).specific()
        pages = {page.pk: page for page in pages}
        return [
            Result(
                page.title,
                str(SearchCategory(hit.type).label),
                excerpt(page, self.query, self.engine),
                open_url(self.query, page),
            )
            for hit in hits
            if (page := pages.get(hit.page_id))
        ]

    @cached_property
    def suggestion(self):
        """A corrected spelling of the words, when they find little."""
        if not self.query or len(self.hits) >= FEW_RESULTS:
            return None
        suggestion = self.engine.suggest(self.query, model=Page)
        return suggestion if suggestion and suggestion.lower() != self.query.lower() else None

    @property
    def suggestion_url(self):
        return f"{reverse('search')}?{urlencode({'q': self.suggestion})}"

    @cached_property
    def promotions(self):
        """What editors recommend for these words, shown above the first page of unfiltered
        results (a filtered view keeps to what was asked for)."""
        if not self.query or self.params.filters or self.results.number != 1:
            return []
        return promotions_for(self.query, self.locale)

    @cached_property
    def other_language(self):
        """An `OtherLanguage` when the words are written in another of the site's languages
        than the visitor's (Arabic typed into the English search), else None."""
        code = written_language(self.query)
        if code is None or code == self.locale.language_code:
            return None
        # Named as the language switcher names it: in its own words.
        name = dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code)
        if name is None:
            return None
        direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
        with translation.override(code):
            label = gettext("Search the pages in this language for “%(query)s”") % {
                "query": self.query
            }
            url = f"{reverse('search')}?{urlencode({'q': self.query})}"
        return OtherLanguage(code, name, direction, label, url)

    @property
    def found_anything(self):
        return bool(self.hits or self.promotions)


def cached(key, find):
    """`find()`, kept for SEARCH_CACHE_SECONDS under `key`: keys carry the site version of the
    page cache, so that publishing, unpublishing, moving or deleting a page, or changing a view
    restriction or the synonyms, retires every search at once (localoffer.page_cache.signals)."""
    if not settings.SEARCH_CACHE_SECONDS:
        return find()
    value = cache.get(key)
    if value is None:
        value = find()
        cache.set(key, value, settings.SEARCH_CACHE_SECONDS)
    return value


def cached_hits(engine, query, locale):
    """`find_hits`, cached (see `cached`)."""
    # The key is taken before searching: hits found while a publish commits are kept under the
    # old version.
    return cached(hits_key(engine.backend, query, locale), lambda: find_hits(engine, query, locale))


def hits_key(backend, query, locale):
    return f"search-hits:{HITS_FORMAT}:{site_version()}:{locale.pk}:{_words(backend, query)}"


def results_key(backend, query, locale, hits):
    """A page of results, as shown: its excerpts and links depend on the words and the pages."""
    words = _words(backend, "\n".join([query, *(str(hit.page_id) for hit in hits)]))
    return f"search-results:{HITS_FORMAT}:{site_version()}:{locale.pk}:{words}"


def _words(backend, text):
    backend_name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    return hashlib.sha256(f"{backend_name}\n{text}".encode()).hexdigest()


def find_hits(engine, query, locale):
    pages = public(Page.objects.live()).filter(locale=locale).only("id", "content_type")
    matches = [(page.pk, page.content_type_id) for page in engine.search(query, pages)]
    models = {
        content_type_id: ContentType.objects.get_for_id(content_type_id).model_class() or Page
        for content_type_id in {content_type_id for _pk, content_type_id in matches}
    }
    audiences = _audiences(models, matches)
    return [
        Hit(pk, category_of(models[content_type_id]), audiences.get(pk, ""))
        for pk, content_type_id in matches
    ]


def _audiences(models, matches):
    """{page id: audience} for the matches whose page type is written for one audience (one
    query per such type among the matches)."""
    audiences = {}
    for content_type_id, model in models.items():
        if has_audience(model):
            ids = [pk for pk, type_id in matches if type_id == content_type_id]
            audiences.update(
                model._default_manager.filter(pk__in=ids).values_list("pk", AUDIENCE_FIELD)
            )
    return audiences


def promotions_for(query, locale):
    """The results editors promoted for `query` (Wagtail's "Promoted search results"), in their
    order. A promoted page is shown in the visitor's language, or not at all, like every result."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    if not picks:
        return []
    translations = {
        page.translation_key: page
        for page in public(Page.objects.live()).filter(
            locale=locale,
            translation_key__in=[pick.page.translation_key for pick in picks if pick.page],
        )
    }
    promotions = []
    for pick in picks:
        if pick.page is None:
            title = pick.external_link_text or pick.external_link_url
            promotions.append(Promotion(title, pick.external_link_url, pick.description))
        elif page := translations.get(pick.page.translation_key):
            # The editor's description is written for the page they chose, not its translations.
            description = pick.description if page.pk == pick.page_id else ""
            promotions.append(Promotion(page.title, open_url(query, page), description))
    return promotions
