"""Translating a page makes a draft: it goes live only through moderation, never at once in
English."""

from django.urls import reverse
from wagtail.models import Page


def test_an_editors_new_translation_of_a_live_page_is_a_draft(client, editor, guidance, locales):
    client.force_login(editor)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[guidance.pk]),
        {"locales": [locales["pl"].pk]},
    )
    assert response.status_code == 302
    translation = Page.objects.get(translation_key=guidance.translation_key, locale=locales["pl"])
    assert not translation.live
    assert translation.has_unpublished_changes
    assert not Page.objects.live().filter(locale=locales["pl"], title=guidance.title).exists()
