"""What the page cache keeps and serves: family pages, the same for every visitor without a
session, one per address and language."""

import time

import pytest
from django.test import Client
from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction

from localoffer.page_cache import store
from tests.caching.conftest import soup
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance(home_page):
    return StandardPageFactory(parent=home_page, title="SEN support in school")


def retitle_unseen(page, title):
    """Change the page in the database without publishing: only an uncached page shows it."""
    Page.objects.filter(pk=page.pk).update(title=title)


def heading(response):
    return soup(response).h1.get_text(strip=True)


def test_a_family_page_is_rendered_once_then_served_from_the_cache(
    client, guidance, django_assert_num_queries
):
    client.get(guidance.url)
    retitle_unseen(guidance, "Changed without publishing")

    with django_assert_num_queries(0):
        response = client.get(guidance.url)

    assert response.status_code == 200
    assert heading(response) == "SEN support in school"
    assert response["Content-Type"] == "text/html; charset=utf-8"


def test_a_cached_page_keeps_the_site_wide_headers(client, guidance):
    uncached = client.get(guidance.url)
    cached = client.get(guidance.url)

    for header in ("Content-Security-Policy", "X-Frame-Options", "Referrer-Policy"):
        assert cached[header] == uncached[header]
    # Editors see the page differently (Wagtail's user bar): shared caches must not mix them up.
    assert "Cookie" in cached["Vary"]


def test_each_address_is_a_page_of_its_own(client, guidance):
    client.get(guidance.url)

    thanks = soup(client.get(f"{guidance.url}?feedback=thanks"))

    assert "Thank you for your feedback" in thanks.select_one("#feedback-thanks").get_text()
    assert soup(client.get(guidance.url)).select_one("form[data-feedback-form]")


def test_each_language_is_cached_apart(client, home_page):
    polish = home_page.copy_for_translation(Locale.objects.get_or_create(language_code="pl")[0])
    polish.save_revision().publish()

    english_first = soup(client.get("/")).html["lang"]
    polish_first = soup(client.get("/pl/")).html["lang"]

    assert (english_first, polish_first) == ("en-gb", "pl")
    assert soup(client.get("/")).html["lang"] == "en-gb"
    assert soup(client.get("/pl/")).html["lang"] == "pl"


def test_visitors_with_a_session_always_see_the_page_as_it_is(client, guidance, editor):
    client.get(guidance.url)
    retitle_unseen(guidance, "Changed without publishing")
    logged_in = Client()
    logged_in.force_login(editor)

    assert heading(logged_in.get(guidance.url)) == "Changed without publishing"
    # ...and what they saw is not kept for anyone else.
    assert heading(client.get(guidance.url)) == "SEN support in school"


def test_a_page_not_found_is_not_cached(client, home_page):
    assert client.get("/transport/").status_code == 404

    # Published without the commit that would retire cached pages: only an uncached answer sees it.
    StandardPageFactory(parent=home_page, title="Transport")

    assert client.get("/transport/").status_code == 200


def test_a_page_behind_a_password_is_never_cached(client, guidance):
    restriction = PageViewRestriction.objects.create(
        page=guidance, restriction_type=PageViewRestriction.PASSWORD, password="anyshire"
    )
    assert soup(client.get(guidance.url)).select_one("input[name=password]")

    restriction.delete()

    assert heading(client.get(guidance.url)) == "SEN support in school"


def test_a_page_that_starts_a_session_is_not_cached(client, guidance):
    def remember_visit(page, request, serve_args, serve_kwargs):
        request.session["visited"] = page.pk

    with hooks.register_temporarily("before_serve_page", remember_visit):
        assert "sessionid" in client.get(guidance.url).cookies
    retitle_unseen(guidance, "Changed without publishing")

    assert heading(Client().get(guidance.url)) == "Changed without publishing"


def test_only_pages_are_cached_not_every_view(
    search_index, client, guidance, django_assert_max_num_queries
):
    client.get("/search/", {"q": "support"})

    with django_assert_max_num_queries(50) as searched_again:
        client.get("/search/", {"q": "support"})

    assert len(searched_again) > 0


def test_the_cache_can_be_turned_off(client, guidance, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(guidance.url)
    retitle_unseen(guidance, "Changed without publishing")

    assert heading(client.get(guidance.url)) == "Changed without publishing"


def test_a_page_kept_in_a_workers_memory_expires_with_the_shared_copy(client, guidance, settings):
    settings.PAGE_CACHE_SECONDS = 1
    client.get(guidance.url)
    retitle_unseen(guidance, "Changed without publishing")
    assert heading(client.get(guidance.url)) == "SEN support in school"

    time.sleep(1.1)

    assert heading(client.get(guidance.url)) == "Changed without publishing"


def test_a_worker_keeps_only_the_pages_it_served_last():
    memory = store._MemoryPages(size=2)
    page = store.CachedPage(b"<html></html>", {}, expires=time.time() + 60)
    for key in ("first", "second", "third"):
        memory.put(key, page)

    assert memory.get("first") is None
    assert memory.get("second") is page
    assert memory.get("third") is page
