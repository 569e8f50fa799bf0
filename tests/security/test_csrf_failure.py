"""A form sent after its page was open too long: a branded, translated 403 that explains, leads
back and keeps the family's answer to send again, never Django's bare page. The admins' forms
only lead back (and never show a password)."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from feedback.models import PageFeedback
from localoffer.translation.translate import translate_page
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def family():
    """A browser whose form tokens are checked, as a real one's are."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def guidance(home_page):
    return StandardPageFactory(parent=home_page, title="Short breaks")


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_an_expired_feedback_form_keeps_the_answer_to_send_again(family, guidance):
    address = reverse("feedback:page_feedback", args=[guidance.pk])
    answer = {"rating": "4", "comment": "Say who to phone\nabout short breaks", "website": ""}

    response = family.post(address, {**answer, "csrfmiddlewaretoken": "expired"})

    assert response.status_code == 403
    soup = _soup(response)
    assert soup.h1.get_text(strip=True) == "Your form was not sent"
    assert soup.select_one(".site-header")  # the site's own page, not Django's
    assert [li.get_text("\n") for li in soup.select(".csrf-failure__answers li")] == [
        "4",
        "Say who to phone\nabout short breaks",
    ]
    resend = soup.select_one("main form[method=post]")
    assert resend["action"] == address
    fields = {field["name"]: field["value"] for field in resend.select("input")}
    assert {name: fields[name] for name in answer} == answer
    assert not PageFeedback.objects.exists()

    sent_again = family.post(address, fields)  # the fresh token matches the fresh cookie

    assert sent_again.status_code == 303
    assert PageFeedback.objects.get().comment == "Say who to phone\nabout short breaks"


def test_the_page_is_in_the_familys_language(family, home_page, guidance):
    polish = Locale.objects.get(language_code="pl")
    translate_page(home_page, polish, {})
    page = translate_page(guidance, polish, {})

    response = family.post(page.url, {"rating": "4"})

    assert response.status_code == 403
    soup = _soup(response)
    assert soup.html["lang"] == "pl"
    assert soup.h1.get_text(strip=True) == "Formularz nie został wysłany"


def test_the_admins_forms_lead_back_without_keeping_anything(family):
    address = reverse("wagtailadmin_login")

    response = family.post(address, {"username": "priya", "password": "correct-horse-battery"})

    assert response.status_code == 403
    soup = _soup(response)
    assert not soup.select("main form")
    assert soup.find("a", string="Go back to the page")["href"] == address
    assert b"correct-horse-battery" not in response.content
    assert b"priya" not in response.content
