"""What goes into a Whoosh index: the schema, the field names and the document for an object.

Every indexed model's `search_fields` map onto dynamic Whoosh fields, so no schema change is
needed when a model gains a field:

- `text_<path>` for each `SearchField` (analysed for whole-word search, stemmed by default);
- `autocomplete_<path>` for each `AutocompleteField` (unstemmed, for prefix matching);
- `spelling`: every searchable word, unstemmed: where typos are looked up, and where
  "Did you mean …?" finds its words;
- `id` (the primary key, also kept in a column, so that a search of thousands of matches reads
  their keys without loading any stored document) and `content_types` (the labels of the
  object's model and of its concrete parents, which restrict a search of a model to its own
  objects);
- `texts`, stored and not searched: the text of each `SearchField`, as (path, text) pairs in
  the order of `search_fields`, from which excerpts are made without loading the object.

`<path>` is the field name, preceded by the names of any `RelatedFields` it sits in
(`authors__name`). As in modelsearch's Elasticsearch backend, a field declared on a subclass is
prefixed with that subclass's label (`myapp_eventpage__venue`), so two page types may use one
attribute name for different things. `FilterField`s are not indexed: the database applies filters.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from django.db import models
from django.utils.encoding import force_str
from modelsearch.backends.base import get_model_root
from modelsearch.index import AutocompleteField, RelatedFields, SearchField, get_indexed_models
from whoosh import fields
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.analysis.filters import STOP_WORDS as WHOOSH_STOP_WORDS

ID = "id"
CONTENT_TYPES = "content_types"
SPELLING = "spelling"
TEXTS = "texts"
FIELD_PREFIXES = {SearchField: "text_", AutocompleteField: "autocomplete_"}

# Words people type in plain sentences that say nothing about what they look for ("how do I",
# "my son", "won't", "don't"), besides Whoosh's own list: searched for, they would rank pages by
# how often they say "what" or "you". An apostrophe splits a word ("won't" is "won" and "t"), and
# many type none ("wont").
# fmt: off
SENTENCE_WORDS = frozenset([
    "i", "im", "ive", "me", "my", "mine", "our", "ours", "he", "him", "his", "she", "her",
    "hers", "they", "them", "their", "its", "what", "whats", "how", "who", "whom", "which",
    "where", "why", "do", "does", "did", "doing", "done", "about", "am", "was", "were", "been",
    "there", "any", "some", "get", "got", "please", "would", "could", "should", "won", "wont",
    "don", "dont", "doesn", "doesnt", "didn", "didnt", "isn", "isnt", "aren", "arent", "cant",
    "couldn", "couldnt", "shouldn", "wasn", "also", "just", "very", "really", "much",
])
# fmt: on
STOP_WORDS = WHOOSH_STOP_WORDS | SENTENCE_WORDS
# A word, as Whoosh's tokenizer finds them (its default pattern, without a capturing group).
WORD_PATTERN = re.compile(r"[\w*]+(?:\.?[\w*]+)*")
# Autocomplete matches what people have typed so far, so nothing is stemmed or dropped.
AUTOCOMPLETE_ANALYZER = StandardAnalyzer(stoplist=None, minsize=1)
# Suggestions must be words people can read ("education", not the stem "educ"), and never
# "corrections" of the words a sentence is made of ("wont" is not a typo of "want").
SPELLING_ANALYZER = StandardAnalyzer(stoplist=STOP_WORDS)


@cache
def text_analyzer(stemming):
    """The analyser for whole-word search; queries are analysed with the same one."""
    if stemming:
        return StemmingAnalyzer(stoplist=STOP_WORDS)
    return StandardAnalyzer(stoplist=STOP_WORDS)


def build_schema(stemming):
    schema = fields.Schema(
        **{
            ID: fields.ID(unique=True, stored=True, sortable=True),
            CONTENT_TYPES: fields.KEYWORD(),
            SPELLING: fields.TEXT(analyzer=SPELLING_ANALYZER, phrase=False),
            TEXTS: fields.STORED(),
        }
    )
    schema.add(
        FIELD_PREFIXES[SearchField] + "*",
        fields.TEXT(analyzer=text_analyzer(stemming)),
        glob=True,
    )
    schema.add(
        FIELD_PREFIXES[AutocompleteField] + "*",
        fields.TEXT(analyzer=AUTOCOMPLETE_ANALYZER, phrase=False),
        glob=True,
    )
    return schema


@dataclass(frozen=True)
class IndexedField:
    """A Whoosh field holding one searchable field's text, and the boost to search it with."""

    name: str
    boost: float


def indexed_fields(model, kind, only=None):
    """The fields a search of `model` looks in: its own and its indexed subclasses'.

    `kind` is `SearchField` or `AutocompleteField`; `only` restricts the search to the named
    fields (modelsearch's `fields=` argument). Where the searched model and a subclass give one
    field different boosts, the searched model's boost wins.
    """
    boosts = {}
    for indexed_model in [model, *_indexed_subclasses(model)]:
        for entry in indexed_model.get_search_fields():
            if only is not None and entry.field_name not in only:
                continue
            prefix = _definition_prefix(indexed_model, entry)
            for leaf, path in _leaf_paths(entry):
                if isinstance(leaf, kind):
                    name = FIELD_PREFIXES[kind] + prefix + path
                    boosts.setdefault(name, getattr(leaf, "boost", None) or 1.0)
    return [IndexedField(name, boost) for name, boost in boosts.items()]


def content_type(model):
    """The term a search of `model` filters on; documents carry their model's and its parents'.

    (Not modelsearch's `indexed_get_content_type()`, which fails for a model with an abstract
    parent declared outside an app, such as a site's base page.)
    """
    return model._meta.concrete_model._meta.label_lower


def build_document(obj):
    """The Whoosh document for `obj` (the keyword arguments of `writer.add_document`)."""
    model = type(obj)
    texts = defaultdict(list)
    for entry in model.get_search_fields():
        prefix = _definition_prefix(model, entry)
        for leaf, path, text in _leaf_texts(obj, entry):
            texts[_kind_prefix(leaf) + prefix + path].append(text)
    search_prefix = FIELD_PREFIXES[SearchField]
    stored = tuple(
        (name.removeprefix(search_prefix), "\n".join(values))
        for name, values in texts.items()
        if name.startswith(search_prefix)
    )
    return {
        ID: str(obj.pk),
        CONTENT_TYPES: " ".join(_content_types(model)),
        SPELLING: _distinct_words(text for _path, text in stored),
        TEXTS: stored,
        **{name: "\n".join(values) for name, values in texts.items()},
    }


def _distinct_words(texts):
    """Each word of `texts` once, lower case: all the spelling field needs (which words a
    document has, not how often or where), analysed in a fraction of the time of the texts."""
    words = dict.fromkeys(
        match.group().lower() for text in texts for match in WORD_PATTERN.finditer(text)
    )
    return " ".join(words)


def _kind_prefix(leaf):
    return next(prefix for kind, prefix in FIELD_PREFIXES.items() if isinstance(leaf, kind))


def _indexed_subclasses(model):
    return [
        other for other in get_indexed_models() if other is not model and issubclass(other, model)
    ]


def _content_types(model):
    concrete_model = model._meta.concrete_model
    return [
        content_type(concrete_model),
        *map(content_type, concrete_model._meta.get_parent_list()),
    ]


def _definition_prefix(model, entry):
    definition_model = entry.get_definition_model(model)
    # Abstract models' fields are shared by all their subclasses (and may have no app label).
    if definition_model in (None, get_model_root(model)) or definition_model._meta.abstract:
        return ""
    return f"{definition_model._meta.app_label}_{definition_model._meta.model_name}__"


def _leaf_paths(entry):
    """(field, path) for every search or autocomplete field in a `search_fields` entry."""
    if isinstance(entry, RelatedFields):
        for sub_entry in entry.fields:
            for leaf, path in _leaf_paths(sub_entry):
                yield leaf, f"{entry.field_name}__{path}"
    elif isinstance(entry, tuple(FIELD_PREFIXES)):
        yield entry, entry.field_name


def _leaf_texts(obj, entry):
    """(field, path, text) for every non-empty text `obj` has for a `search_fields` entry."""
    if isinstance(entry, RelatedFields):
        for related in _related_objects(obj, entry):
            for sub_entry in entry.fields:
                for leaf, path, text in _leaf_texts(related, sub_entry):
                    yield leaf, f"{entry.field_name}__{path}", text
    elif isinstance(entry, tuple(FIELD_PREFIXES)):
        text = _as_text(entry.get_value(obj))
        if text:
            yield entry, entry.field_name, text


def _related_objects(obj, entry):
    value = entry.get_value(obj)
    if value is None:
        return []
    if isinstance(value, models.Manager | models.QuerySet):
        return value.all()
    if callable(value):
        value = value()
    return [value]


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return "\n".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_as_text(item) for item in value.values())
    return force_str(value)
