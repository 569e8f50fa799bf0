"""Publishing from the editor: a review only when "Content reviewed" is ticked; every content page
needs an owner, and a new page starts with its parent's."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from localoffer.content_review.links import mark_reviewed_url
from localoffer.content_review.models import ReviewStatus
from localoffer.content_review.reviews import CONTENT_REVIEWED

from .factories import content_page, london, status_of

# The edit view's queries for a standard page, review panel included (its own add four) and the
# notice that the page is overdue (one).
EDIT_VIEW_QUERIES = 61


def _form_data(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "content_owner": page.content_owner_id or "",
        "review_cycle_months": "",
        "body": streamfield([("text", rich_text("<p>Checked and still right.</p>"))]),
        "comments": inline_formset([]),
        "action-publish": "publish",
        **changes,
    }
    return nested_form_data(data)


@pytest.fixture
def page(section, owner):
    return content_page(section, reviewed_at=london(2025, 5, 1), content_owner=owner)


def _publish(client, page, **changes):
    with time_machine.travel(london(2026, 3, 3, 10), tick=False):
        return client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), _form_data(page, **changes)
        )


def test_publishing_an_unchanged_page_keeps_its_review_date(client, moderator, page):
    client.force_login(moderator)

    response = _publish(client, page)

    assert response.status_code == 302
    assert status_of(page).last_reviewed_at == london(2025, 5, 1)
    assert not PageLogEntry.objects.filter(page=page, action=CONTENT_REVIEWED).exists()


def test_publishing_with_content_reviewed_ticked_records_a_review(client, moderator, page):
    client.force_login(moderator)

    response = _publish(client, page, content_reviewed="on")

    assert response.status_code == 302
    assert status_of(page).last_reviewed_at == london(2026, 3, 3, 10)
    entry = PageLogEntry.objects.get(page=page, action=CONTENT_REVIEWED)
    assert entry.user == moderator


def test_a_page_cannot_be_saved_without_an_owner(client, moderator, page):
    client.force_login(moderator)

    response = _publish(client, page, content_owner="")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("[data-field-wrapper] #id_content_owner") is not None
    assert "This field is required." in response.content.decode()
    assert status_of(page).owner_id == page.content_owner_id


def test_a_new_page_starts_with_its_parents_owner(client, moderator, section, owner):
    client.force_login(moderator)

    response = client.get(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", section.pk])
    )

    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("input#id_content_owner")["value"] == str(owner.pk)


def test_the_editor_shows_the_review_panel(client, editor, page):
    client.force_login(editor)

    with time_machine.travel(london(2026, 3, 3, 10), tick=False):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    html = BeautifulSoup(response.content, "html.parser")
    panel = html.select_one(".review-panel")
    facts = dict(
        zip(
            [dt.get_text(strip=True) for dt in panel.select("dt")],
            [dd.get_text(" ", strip=True) for dd in panel.select("dd")],
            strict=True,
        )
    )
    assert facts["Last reviewed"] == "1 May 2025"
    assert facts["Review status"] == "Not reviewed in 6 months"
    assert facts["Owner"].startswith("Priya Natarajan")
    assert facts["Families' ratings since the last review"] == "None yet"
    assert facts["Translations behind their source"] == "None"
    assert panel.select_one("a.button")["href"].startswith(
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "mark_reviewed"))
    )
    assert html.select_one("input[name=content_reviewed]") is not None


def test_the_edit_view_with_its_review_panel_has_a_pinned_query_count(
    client, editor, page, django_assert_max_num_queries
):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.get(url)  # warm Wagtail's per-process caches

    with django_assert_max_num_queries(EDIT_VIEW_QUERIES):
        assert client.get(url).status_code == 200


def test_opening_an_overdue_page_says_so_at_the_top_of_the_editor(client, editor, page):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    statuses = ReviewStatus.objects.filter(page=page)
    with time_machine.travel(london(2026, 3, 3, 10), tick=False):
        statuses.update(next_review_due=datetime.date(2026, 3, 3))  # due today: not overdue yet
        assert "was due for review" not in client.get(url).content.decode()
        statuses.update(next_review_due=datetime.date(2026, 3, 2))
        html = BeautifulSoup(client.get(url).content, "html.parser")

    notice = html.select_one(".messages")
    assert "This page was due for review on 2 March 2026" in notice.get_text(" ", strip=True)
    assert notice.find("a", string=lambda text: text and "Mark as reviewed" in text)["href"] == (
        mark_reviewed_url([page.pk])
    )
