"""A survey's contact details are refused with a message when they would not fit their columns.

Found by tests/production/test_hostile_input.py: an email address of 255 to 320 characters is
valid to the form field, and PostgreSQL then refused to store it, so the family was shown an
error they could never get past by sending again."""

import pytest

from feedback.models import SurveyContact, SurveyResponse
from tests.feedback.factories import SurveyPageFactory, answers

pytestmark = pytest.mark.django_db


def email_address(length):
    """A valid address of exactly `length` characters (labels of at most 63 characters)."""
    local_part = "a" * 64
    labels = []
    remaining = length - len(local_part) - len("@") - len(".uk")
    while remaining > 0:
        label = "b" * min(63, remaining)
        labels.append(label)
        remaining -= len(label) + 1  # and the dot before the next label
    return f"{local_part}@{'.'.join(labels)}.uk"


@pytest.fixture
def survey(home_page):
    return SurveyPageFactory(parent=home_page, ask_for_contact_details=True)


def send_email_address(client, survey, address):
    return client.post(survey.url, answers(survey, contact_consent="on", contact_email=address))


def test_an_email_address_too_long_to_store_is_refused_with_a_message(client, survey):
    address = email_address(255)
    assert len(address) == 255

    response = send_email_address(client, survey, address)

    assert response.status_code == 400
    assert "Enter an email address of 254 characters or fewer" in response.content.decode()
    assert not SurveyResponse.objects.exists()
    assert not SurveyContact.objects.exists()


def test_the_longest_email_address_that_fits_is_kept(client, survey):
    address = email_address(254)
    assert len(address) == 254

    assert send_email_address(client, survey, address).status_code == 303

    assert SurveyContact.objects.get().email == address
