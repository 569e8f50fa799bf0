"""The password form of a page an editor protected: a return address that is not a path is
refused with a message.

Found by tests/production/test_hostile_input.py: with the right password and a return address
like "0", Wagtail's own view asked Django to find a URL pattern named "0", a server error."""

import pytest
from bs4 import BeautifulSoup
from django.urls import resolve
from wagtail.models import PageViewRestriction

from localoffer import page_passwords
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "forum-password"


@pytest.fixture
def private_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Parent forum notes")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page


def password_form(client, page):
    """The form's address and the return address it sends, as a family's browser gets them."""
    form = BeautifulSoup(client.get(page.url).content, "html.parser").select_one("form")
    return form["action"], form.select_one("input[name=return_url]")["value"]


def test_the_form_is_sent_to_the_sites_own_view(client, private_page):
    action, _return_url = password_form(client, private_page)
    assert resolve(action).func is page_passwords.authenticate_with_password


def test_the_right_password_opens_the_page(client, private_page):
    action, return_url = password_form(client, private_page)

    response = client.post(action, {"password": PASSWORD, "return_url": return_url})

    assert response.status_code == 302
    assert response["Location"] == private_page.url
    assert b"Plain-English guidance for families." in client.get(private_page.url).content


@pytest.mark.parametrize("return_url", ["0", "home", "search"])
def test_a_return_address_that_is_not_a_path_is_refused_with_a_message(
    client, private_page, return_url
):
    action, _return_url = password_form(client, private_page)

    response = client.post(action, {"password": PASSWORD, "return_url": return_url})

    assert response.status_code == 400
    assert "broken return address" in response.content.decode()
    assert b"Plain-English guidance for families." not in client.get(private_page.url).content
