"""What a visitor asks the search page for, from plain GET parameters, and the filters' counts.

`/search/?q=ehcp&type=pathway&audience=young-people&page=2`: a search is a link to share and
needs no JavaScript. A filter value we do not recognise (an old link, a typing mistake) is
ignored and named in a note, never an error.
"""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from localoffer.forms import LenientChoiceField, PublicFilterForm
from localoffer.taxonomy import Audience
from search.categories import SearchCategory
from search.query import clean_query

# GET parameter: (choices, what the filter is called)
FILTERS = {
    "type": (SearchCategory, _("Type of information")),
    "audience": (Audience, _("Who it is for")),
}
# How much of an unrecognised filter value the note repeats.
IGNORED_VALUE_CHARS = 40


class SearchFilterForm(PublicFilterForm):
    """The search page's filters, in the site's lenient filter form."""

    type = LenientChoiceField(
        label=FILTERS["type"][1], choices=FILTERS["type"][0].choices, required=False
    )
    audience = LenientChoiceField(
        label=FILTERS["audience"][1], choices=FILTERS["audience"][0].choices, required=False
    )


@dataclass(frozen=True)
class IgnoredFilter:
    label: str
    value: str


@dataclass(frozen=True)
class SearchParams:
    query: str = ""
    type: str = ""
    audience: str = ""
    page: str | None = None
    ignored: tuple[IgnoredFilter, ...] = ()

    @classmethod
    def parse(cls, params):
        form = SearchFilterForm(params)
        return cls(
            query=clean_query(params.get("q", "")),
            page=params.get("page"),
            ignored=tuple(
                IgnoredFilter(label, Truncator(value).chars(IGNORED_VALUE_CHARS))
                for label, value in form.ignored_values
            ),
            **form.criteria,
        )

    @property
    def filters(self):
        """The recognised filters chosen, e.g. {"type": "pathway"}."""
        return {name: getattr(self, name) for name in FILTERS if getattr(self, name)}

    @property
    def is_new_search(self):
        """A search typed into the box, not another page or a filtered view of one (so that
        insights count each search once)."""
        return bool(self.query) and self.page is None and not self.filters

    def query_string(self, **changes):
        """This search's words and filters for a link, with `changes` ("" removes a filter)."""
        params = {"q": self.query, **self.filters, **changes}
        return urlencode({name: params[name] for name in ("q", *FILTERS) if params.get(name)})

    @property
    def unfiltered_query_string(self):
        return self.query_string(**dict.fromkeys(FILTERS, ""))


@dataclass(frozen=True)
class Hit:
    """A page that matched, with what the filters need to know about it."""

    page_id: int
    type: str
    audience: str = ""  # empty: written for everyone

    def matches(self, type="", audience=""):
        return (not type or self.type == type) and (not audience or self.audience in ("", audience))


@dataclass(frozen=True)
class FacetOption:
    label: str
    count: int
    query_string: str
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[FacetOption]


def facets(hits, params):
    """Each filter with, for each of its values, how many results choosing it would give (with
    the other filter kept as it is)."""
    return [_facet(name, hits, params) for name in FILTERS]


def _facet(name, hits, params):
    choices, label = FILTERS[name]
    others = {other: value for other, value in params.filters.items() if other != name}
    candidates = [hit for hit in hits if hit.matches(**others)]
    counts = _counts(name, candidates, choices)
    current = getattr(params, name)
    options = [
        FacetOption(_("All"), len(candidates), params.query_string(**{name: ""}), not current)
    ]
    options += [
        FacetOption(
            choice_label, counts[value], params.query_string(**{name: value}), value == current
        )
        for value, choice_label in choices.choices
    ]
    return Facet(name, label, options)


def _counts(name, hits, choices):
    """{value: how many of `hits` choosing it keeps}. Whether a hit is kept depends only on its
    own value of the filter, so each distinct value is asked once (a search of thousands of
    pages has a handful)."""
    hits_by_value = Counter(getattr(hit, name) for hit in hits)
    example = {getattr(hit, name): hit for hit in hits}
    counts = Counter()
    for own_value, number in hits_by_value.items():
        for value in choices.values:
            if example[own_value].matches(**{name: value}):
                counts[value] += number
    return counts
