"""What a translator translates on each page type and row, and what translations copy from the
source unchanged: the words are translated; who owns a page, its review cycle, and what families
filter by (audience, ages, areas of need, phases, outcomes, age bands) are not."""

import pytest
from wagtail.models import get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from localoffer.pages import ContentPage
from localoffer.translation.translate import translate_page
from pathways.models import (
    GuidanceFinderPage,
    PathwayPage,
    PfaItem,
    PfaPage,
    ProvisionEntry,
    ProvisionPage,
)
from tests.pathways.factories import (
    PathwayIndexPageFactory,
    PathwayPageFactory,
    ProvisionIndexPageFactory,
    ProvisionPageFactory,
    provision_entry,
    step,
)

CONTENT_PAGE_TYPES = [
    model
    for model in get_page_models()
    if issubclass(model, ContentPage) and model is not ContentPage
]
FIXED_IN_EVERY_LANGUAGE = {
    PathwayPage: ["audience", "min_age", "max_age", "areas_of_need"],
    GuidanceFinderPage: ["audience"],
    ProvisionPage: ["area_of_need"],
    ProvisionEntry: ["phase"],
    PfaPage: ["outcome"],
    PfaItem: ["age_band"],
}
TRANSLATED = {
    PathwayPage: ["title", "summary", "intro", "steps"],
    ProvisionPage: ["title", "summary", "intro", "entries"],
    ProvisionEntry: ["title", "noticing", "provision", "next_help"],
    PfaPage: ["title", "summary", "for_you", "intro", "items"],
    PfaItem: ["title", "guidance"],
}


def _fields(model):
    return {field.field_name: field for field in get_translatable_fields(model)}


def _fixed(field):
    return isinstance(field, SynchronizedField) and not field.overridable


@pytest.mark.parametrize("model", CONTENT_PAGE_TYPES, ids=lambda model: model.__name__)
def test_owner_and_review_cycle_are_the_same_in_every_language(model):
    fields = _fields(model)
    assert _fixed(fields["content_owner"])
    assert _fixed(fields["review_cycle_months"])
    assert isinstance(fields["summary"], TranslatableField)


@pytest.mark.parametrize(
    ("model", "names"),
    FIXED_IN_EVERY_LANGUAGE.items(),
    ids=lambda item: getattr(item, "__name__", ""),
)
def test_what_families_filter_by_is_the_same_in_every_language(model, names):
    fields = _fields(model)
    assert [name for name in names if not _fixed(fields[name])] == []


@pytest.mark.parametrize(
    ("model", "names"), TRANSLATED.items(), ids=lambda item: getattr(item, "__name__", "")
)
def test_the_words_are_translated(model, names):
    fields = _fields(model)
    assert [name for name in names if not isinstance(fields[name], TranslatableField)] == []


@pytest.mark.django_db
def test_a_steps_text_and_timescale_are_translated_but_not_how_it_joins(home_page):
    pathway = PathwayPageFactory(
        parent=PathwayIndexPageFactory(parent=home_page),
        steps=[step("Ask for help", timescale="Within 6 weeks", statutory=True)],
    )
    translated = {
        segment.path.split(".")[-1]
        for segment in extract_segments(pathway)
        if isinstance(segment, StringSegmentValue) and segment.path.startswith("steps.")
    }
    assert translated == {"title", "body", "responsible", "timescale"}


@pytest.mark.django_db
def test_a_translated_provision_page_has_its_own_entries_in_its_language(home_page, locales):
    index = ProvisionIndexPageFactory(parent=home_page)
    page = ProvisionPageFactory(parent=index, entries=[provision_entry(title="Talking")])
    translate_page(home_page, locales["pl"], {})
    translate_page(index, locales["pl"], {})
    polish = translate_page(page, locales["pl"], {"Talking": "Mówienie"})
    entry = polish.entries.get()
    assert (entry.title, entry.locale, entry.phase) == ("Mówienie", locales["pl"], "primary")
    assert page.entries.get().title == "Talking"
