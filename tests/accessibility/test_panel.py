"""The Accessibility panel on every content page's edit view (its Settings tab)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from home.models import StandardPage
from localoffer.accessibility.panels import AccessibilityPanel
from tests.factories import StandardPageFactory

from .factories import CONTRAST, AccessibilityCheckFactory


@pytest.fixture
def page(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Appeals",
        body=[
            {"type": "text", "value": "<h2>Mediation</h2><h4>Certificates</h4>"},
            {"type": "text", "value": '<p><a href="https://example.org">here</a></p>'},
        ],
    )


def panel(response):
    html = BeautifulSoup(response.content, "html.parser")
    return html.find("div", class_="accessibility-panel")


def items(list_element):
    return [
        " ".join(item.get_text().split()) for item in list_element.find_all("li", recursive=False)
    ]


def test_editors_see_what_to_fix_in_what_they_wrote(client, editor, page):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    assert items(panel(response).find(class_="help-warning").find("ul")) == [
        '"Certificates" is a level 4 heading after a level 2 heading. Make it level 3.',
        'A link says "here". Say where it goes, such as "EHC plan guidance".',
    ]
    assert "This page has not been checked in a browser yet." in panel(response).get_text()


def test_the_draft_is_checked_not_the_live_page(client, editor, page):
    page.body = [{"type": "text", "value": "<h2>Mediation</h2><h3>Certificates</h3>"}]
    page.save_revision()
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert panel(response).find(class_="help-warning") is None
    assert "Headings and link text: no problems found." in panel(response).get_text()


def test_editors_see_the_last_browser_check_at_each_width(client, editor, page):
    checked_at = timezone.make_aware(datetime.datetime(2026, 3, 2, 4, 30))
    on_page = {"page": page, "url": "http://127.0.0.1:8000/appeals/"}
    AccessibilityCheckFactory(
        **on_page, width=320, checked_at=checked_at - datetime.timedelta(days=1)
    )
    AccessibilityCheckFactory(**on_page, width=320, checked_at=checked_at, violations=[CONTRAST])
    AccessibilityCheckFactory(**on_page, width=1280, checked_at=checked_at)
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert items(panel(response).find(class_="accessibility-panel__checks")) == [
        "1280 pixels wide, 2 March 2026, 04:30: 0 problems",
        "320 pixels wide, 2 March 2026, 04:30: 1 problem Elements must meet minimum color "
        "contrast ratio thresholds: .hint",
    ]
    link = panel(response).find("a", string="See this page in the Accessibility report")
    assert link["href"] == f"{reverse('accessibility_report:index')}?page={page.pk}"


def test_a_page_not_yet_saved_has_no_browser_checks(rf, editor, home_page):
    request = rf.get("/admin/")
    request.user = editor
    unsaved = StandardPage(title="New page", body=[], locale=home_page.locale)
    bound_panel = (
        AccessibilityPanel()
        .bind_to_model(StandardPage)
        .get_bound_panel(instance=unsaved, request=request, form=None)
    )

    html = BeautifulSoup(bound_panel.render_html(), "html.parser")

    assert "Headings and link text: no problems found." in html.get_text()
    assert "This page has not been checked in a browser yet." in html.get_text()


def test_every_demo_page_type_shows_the_panel(client, demo_site, django_user_model):
    admin = django_user_model.objects.get(username="admin")
    client.force_login(admin)
    # Source-language pages: translations open in wagtail-localize's translation editor instead.
    source_pages = Page.objects.live().filter(depth__gt=1, locale=Locale.get_default())
    one_page_per_type = {page.content_type_id: page for page in source_pages}

    page_types = {page.specific_class.__name__ for page in one_page_per_type.values()}
    assert {"HomePage", "StandardPage", "PathwayPage", "SurveyPage"} <= page_types

    for page in one_page_per_type.values():
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
        assert panel(response) is not None, page
