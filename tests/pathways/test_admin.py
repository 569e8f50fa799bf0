"""Editors create, reorder and preview steps, provision entries and preparing for adulthood items
in the Wagtail admin, and are warned about step links families could not follow."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.models import (
    GuidanceFinderPage,
    PathwayIndexPage,
    PathwayPage,
    PfaIndexPage,
    PfaPage,
    ProvisionIndexPage,
    ProvisionPage,
)
from pathways.taxonomy import AgeBand, PfaOutcome
from tests.factories import StandardPageFactory
from tests.pathways.factories import (
    PathwayPageFactory,
    ProvisionPageFactory,
    page_link,
    provision_entry,
    step,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _step_form(title, join="", links=()):
    return {
        "title": title,
        "join": join,
        "body": rich_text(f"<p>What happens in {title}.</p>"),
        "responsible": "The council",
        "timescale": "Within 6 weeks",
        "timescale_kind": "statutory",
        "links": streamfield(links),
    }


def _page_form(title, **fields):
    return nested_form_data(
        {"title": title, "slug": slugify(title), "comments": inline_formset([]), **fields}
    )


def _pathway_form(title, steps, **fields):
    who_for = {"audience": Audience.PARENTS_AND_CARERS, "min_age": "0", "max_age": "25"}
    return _page_form(
        title, steps=streamfield([("step", value) for value in steps]), **{**who_for, **fields}
    )


def _entry_form(phase, title, order):
    return {
        "phase": phase,
        "title": title,
        "noticing": rich_text("<p>Noticed.</p>"),
        "provision": rich_text("<p>Provided.</p>"),
        "next_help": rich_text("<p>The SENCO.</p>"),
        "ORDER": str(order),
    }


def _add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def test_an_editor_creates_a_pathway_with_ordered_steps_and_links(
    editor_client, home_page, pathway_index
):
    guidance = StandardPageFactory(parent=home_page, title="SEN support")
    data = _pathway_form(
        "Asking for an assessment",
        [
            _step_form("Talk to the school", links=[("page", {"page": guidance.pk, "text": ""})]),
            _step_form("Ask the council", join="or"),
        ],
    )

    response = editor_client.post(_add_url(PathwayPage, pathway_index), data)

    assert response.status_code == 302
    pathway = PathwayPage.objects.get(title="Asking for an assessment")
    draft = pathway.get_latest_revision_as_object()
    assert [(s.number, s.join, s.value["title"]) for s in draft.numbered_steps] == [
        (1, "", "Talk to the school"),
        (1, "or", "Ask the council"),
    ]
    assert draft.numbered_steps[0].page_links()[0]["page"].pk == guidance.pk


def test_an_editor_reorders_steps(editor_client, pathway_index):
    pathway = PathwayPageFactory(parent=pathway_index, steps=[step("First"), step("Second")])
    data = _pathway_form(pathway.title, [_step_form("First"), _step_form("Second")])
    data["steps-0-order"], data["steps-1-order"] = "1", "0"

    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=(pathway.pk,)), data)

    assert response.status_code == 302
    pathway.refresh_from_db()
    draft = pathway.get_latest_revision_as_object()
    assert [s.value["title"] for s in draft.numbered_steps] == ["Second", "First"]


def test_the_first_step_cannot_be_an_or_step(editor_client, pathway_index):
    data = _pathway_form("Broken", [_step_form("Ask the council", join="or")])

    response = editor_client.post(_add_url(PathwayPage, pathway_index), data)

    assert response.status_code == 200
    assert not PathwayPage.objects.filter(title="Broken").exists()
    assert "The first step must be a new step" in response.content.decode()


def test_the_youngest_age_cannot_be_above_the_oldest(editor_client, pathway_index):
    data = _pathway_form("Ages upside down", [_step_form("One")], min_age="16", max_age="5")

    response = editor_client.post(
        _add_url(PathwayPage, pathway_index), {**data, "action-publish": "publish"}
    )

    assert response.status_code == 200
    assert "The oldest age must not be below the youngest." in response.content.decode()


def test_an_editor_previews_unsaved_steps(editor_client, pathway_index):
    pathway = PathwayPageFactory(parent=pathway_index, steps=[step("Published step")])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(pathway.pk,))
    data = _pathway_form(pathway.title, [_step_form("Unsaved step"), _step_form("Another")])

    assert editor_client.post(preview_url, data).json()["is_valid"]
    soup = BeautifulSoup(editor_client.get(preview_url).content, "html.parser")

    titles = [title.get_text() for title in soup.select(".step-nav__title-text")]
    assert titles == ["Unsaved step", "Another"]


class TestUnavailableLinksWarning:
    def _edit_page(self, editor_client, pathway):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(pathway.pk,)))
        assert response.status_code == 200
        return BeautifulSoup(response.content, "html.parser")

    def test_editors_are_warned_about_links_to_unpublished_and_deleted_pages(
        self, editor_client, home_page, pathway_index
    ):
        draft = StandardPageFactory(parent=home_page, title="Draft guidance", publish=False)
        deleted = StandardPageFactory(parent=home_page, title="Old guidance")
        pathway = PathwayPageFactory(
            parent=pathway_index,
            steps=[
                step("Read this", links=[page_link(draft)]),
                step("And this", join="and", links=[page_link(deleted)]),
            ],
        )
        deleted.delete()

        warning = self._edit_page(editor_client, pathway).select_one(".help-warning")

        items = [" ".join(li.get_text().split()) for li in warning.select("li")]
        assert items == [
            "Step 1 (“Read this”) links to “Draft guidance”, which is not published.",
            "Step 1 (“And this”) links to a page that has been deleted.",
        ]

    def test_no_warning_when_every_link_can_be_followed(
        self, editor_client, home_page, pathway_index
    ):
        published = StandardPageFactory(parent=home_page)
        pathway = PathwayPageFactory(
            parent=pathway_index, steps=[step("Read this", links=[page_link(published)])]
        )

        assert not self._edit_page(editor_client, pathway).select(".help-warning")

    def test_a_saved_draft_is_checked_before_it_is_published(
        self, editor_client, home_page, pathway_index
    ):
        pathway = PathwayPageFactory(parent=pathway_index)
        draft = StandardPageFactory(parent=home_page, title="Not yet", publish=False)
        pathway.steps = [step("New step", links=[page_link(draft)])]
        pathway.save_revision()

        warning = self._edit_page(editor_client, pathway).select_one(".help-warning")

        assert "“Not yet”, which is not published" in warning.get_text()


def test_an_editor_creates_and_reorders_provision_entries(editor_client, provision_index):
    data = _page_form(
        "Communication and interaction",
        area_of_need=AreaOfNeed.COMMUNICATION_INTERACTION,
        entries=inline_formset(
            [_entry_form(Phase.PRIMARY, "Second", 2), _entry_form(Phase.PRIMARY, "First", 1)]
        ),
    )

    response = editor_client.post(_add_url(ProvisionPage, provision_index), data)

    assert response.status_code == 302
    page = ProvisionPage.objects.get(title="Communication and interaction")
    assert [entry.title for entry in page.entries.all()] == ["First", "Second"]


def test_an_editor_previews_the_printable_version(editor_client, provision_index):
    page = ProvisionPageFactory(parent=provision_index, entries=[provision_entry()])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    data = _page_form(
        page.title,
        area_of_need=page.area_of_need,
        entries=inline_formset([_entry_form(Phase.SECONDARY, "Unsaved entry", 1)]),
    )

    assert editor_client.post(preview_url, data).json()["is_valid"]
    soup = BeautifulSoup(editor_client.get(preview_url, {"mode": "print"}).content, "html.parser")

    titles = [h3.get_text() for h3 in soup.select(".print-sheet .provision-entry h3")]
    assert "Unsaved entry" in titles


def test_an_editor_creates_a_preparing_for_adulthood_page(editor_client, pfa_index):
    data = _page_form(
        "Work and college",
        outcome=PfaOutcome.EMPLOYMENT,
        for_you=rich_text("<p>You can choose.</p>"),
        items=inline_formset(
            [
                {
                    "age_band": AgeBand.YEAR_9,
                    "title": "Talk about jobs",
                    "guidance": rich_text("<p>Talk.</p>"),
                    "ORDER": "1",
                }
            ]
        ),
    )

    response = editor_client.post(_add_url(PfaPage, pfa_index), data)

    assert response.status_code == 302
    assert PfaPage.objects.get(title="Work and college").items.get().title == "Talk about jobs"


def test_the_page_tree_rules(home_page, pathway_index, provision_index, pfa_index):
    for listing in (GuidanceFinderPage, PathwayIndexPage, ProvisionIndexPage, PfaIndexPage):
        assert listing.can_create_at(home_page)
    assert PathwayPage.can_create_at(pathway_index)
    assert not PathwayPage.can_create_at(home_page)
    assert not ProvisionPage.can_create_at(pathway_index)
    assert ProvisionPage.can_create_at(provision_index)
    assert PfaPage.can_create_at(pfa_index)
    assert PathwayPage.default_review_cycle == 3
