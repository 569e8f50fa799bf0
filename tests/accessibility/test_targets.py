from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.models import PageViewRestriction

from localoffer.accessibility.targets import (
    URLS_HOOK,
    Target,
    page_targets,
    site_targets,
    target_for_url,
    view_targets,
)
from tests.factories import StandardPageFactory

BASE = "http://127.0.0.1:8000"
LANGUAGES = ["en-gb", "pl", "ar", "ur"]


def test_every_live_public_page_is_a_target(home_page):
    guidance = StandardPageFactory(parent=home_page, title="Guidance")
    StandardPageFactory(parent=guidance, title="Annual reviews")
    StandardPageFactory(parent=home_page, title="Draft", publish=False)
    private = StandardPageFactory(parent=home_page, title="Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert [(target.url, target.page_id) for target in page_targets(BASE)] == [
        (f"{BASE}/", home_page.pk),
        (f"{BASE}/guidance/", guidance.pk),
        (f"{BASE}/guidance/annual-reviews/", guidance.get_children().get().pk),
    ]


def test_search_results_and_error_pages_are_targets_in_every_language(db):
    # Apps' own pages (the feedback thank-you messages) follow these three in each language.
    targets = view_targets(BASE)

    assert [target.language_code for target in targets][::4] == LANGUAGES
    polish = [target for target in targets if target.language_code == "pl"][:3]
    assert [(urlsplit(target.url).path, target.expected_status) for target in polish] == [
        ("/pl/search/", 200),
        ("/pl/accessibility-check-missing-page/", 404),
        ("/pl/accessibility-check-server-error/", 500),
    ]
    assert urlsplit(polish[0].url).query.startswith("q=")


def test_the_server_error_page_is_rendered_in_its_language(db):
    server_error = next(
        target
        for target in view_targets(BASE)
        if target.language_code == "ar" and target.expected_status == 500
    )

    assert '<html lang="ar" dir="rtl"' in server_error.html
    with translation.override("ar"):
        assert gettext("Sorry, there is a problem with the service") in server_error.html


def test_apps_add_their_own_pages_in_each_language(db):
    def thank_you_page():
        return [reverse("search") + "thanks/"]

    with hooks.register_temporarily(URLS_HOOK, thank_you_page):
        urls = [target.url for target in view_targets(BASE)]

    assert f"{BASE}/search/thanks/" in urls
    assert f"{BASE}/ur/search/thanks/" in urls


def test_site_targets_are_pages_then_views(home_page):
    targets = site_targets(BASE)

    assert targets[0] == Target(f"{BASE}/", "en-gb", home_page.pk)
    assert targets[1:] == view_targets(BASE)


def test_target_for_a_page_path_knows_the_page(home_page):
    guidance = StandardPageFactory(parent=home_page, title="Guidance")

    assert target_for_url("/guidance/", BASE) == Target(f"{BASE}/guidance/", "en-gb", guidance.pk)


def test_target_for_another_address_takes_the_language_from_the_path(db):
    assert target_for_url(f"{BASE}/ar/feedback/thanks/", BASE) == Target(
        f"{BASE}/ar/feedback/thanks/", "ar"
    )
