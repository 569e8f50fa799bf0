"""Synonyms editors keep in the admin, applied to the next search with no reindexing."""

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import settings_menu

from search.models import SynonymGroup, split_terms
from search.synonyms import synonym_groups
from tests.search.conftest import result_titles


def test_terms_are_one_a_line_tidied_and_without_repeats():
    assert split_terms("  EHCP \n\nEHC   plan\nehcp\n") == ["EHCP", "EHC plan"]


def test_a_group_needs_two_terms_of_sensible_length():
    with pytest.raises(ValidationError, match="at least two"):
        SynonymGroup(terms="EHCP\nehcp").clean()
    with pytest.raises(ValidationError, match="under 100 characters"):
        SynonymGroup(terms="EHCP\n" + "x" * 101).clean()
    group = SynonymGroup(terms=" OT \noccupational   therapy")
    group.clean()
    assert group.terms == "OT\noccupational therapy"


@pytest.mark.django_db
def test_every_site_starts_with_the_common_send_acronyms():
    groups = synonym_groups()
    ehcp = groups_with("EHCP", groups)
    assert ehcp[:3] == ["EHCP", "EHC plan", "education, health and care plan"]
    for acronym in ["SENCO", "SALT", "CAMHS", "ASD", "ADHD", "PfA", "SEMH", "EOTAS", "SENDIASS"]:
        assert groups_with(acronym, groups), acronym


def groups_with(term, groups):
    return next((group for group in groups if term in group), None)


@pytest.mark.django_db
def test_acronyms_find_the_words_they_stand_for(guidance, get_soup):
    guidance("Asking for an assessment", "How to ask for an education, health and care plan.")
    _response, soup = get_soup("/search/", {"q": "EHCP"})
    assert result_titles(soup) == ["Asking for an assessment"]


def edit_url(group):
    return reverse("wagtailsnippets_search_synonymgroup:edit", args=[group.pk])


@pytest.mark.django_db
def test_a_synonym_edited_in_the_admin_applies_to_the_next_search(
    guidance, get_soup, client, editor, django_capture_on_commit_callbacks
):
    guidance("Holiday clubs", "Play schemes in the school holidays.")
    group = SynonymGroup.objects.get(terms__startswith="short breaks")
    _response, before = get_soup("/search/", {"q": "short breaks"})  # caches the synonyms

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(group), {"terms": group.terms + "\nplay schemes"})
    client.logout()
    _response, after = get_soup("/search/", {"q": "short breaks"})

    assert response.status_code == 302
    assert result_titles(before) == []
    assert result_titles(after) == ["Holiday clubs"]


@pytest.mark.django_db
def test_a_synonym_deleted_in_the_admin_stops_applying(
    guidance, get_soup, client, lead, django_capture_on_commit_callbacks
):
    guidance("Respite", "Overnight stays.")
    group = SynonymGroup.objects.get(terms__startswith="short breaks")
    _response, before = get_soup("/search/", {"q": "short breaks"})

    client.force_login(lead)
    delete_url = reverse("wagtailsnippets_search_synonymgroup:delete", args=[group.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(delete_url)
    client.logout()
    _response, after = get_soup("/search/", {"q": "short breaks"})

    assert result_titles(before) == ["Respite"]
    assert result_titles(after) == []


@pytest.mark.django_db
def test_an_invalid_group_is_refused_with_a_message(client, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailsnippets_search_synonymgroup:add"), {"terms": "EHCP"})
    assert response.status_code == 200
    assert "Give at least two terms" in response.content.decode()
    assert not SynonymGroup.objects.filter(terms="EHCP").exists()


@pytest.mark.django_db
def test_moderators_keep_synonyms_too(client, moderator):
    client.force_login(moderator)
    response = client.get(reverse("wagtailsnippets_search_synonymgroup:list"))
    assert response.status_code == 200
    assert "EHCP = EHC plan" in response.content.decode()


@pytest.mark.django_db
def test_editors_find_synonyms_in_the_settings_menu(editor):
    http_request = RequestFactory().get("/admin/")
    http_request.user = editor
    labels = [str(item.label) for item in settings_menu.menu_items_for_request(http_request)]
    assert "Search synonyms" in labels
