import pytest
from wagtail.models import Locale, Page

from tests.factories import StandardPageFactory
from tests.feedback.factories import SurveyPageFactory


@pytest.fixture
def section(home_page):
    return StandardPageFactory(parent=home_page, title="Education and schools")


@pytest.fixture
def guidance_page(section):
    return StandardPageFactory(parent=section, title="SEN support in school")


@pytest.fixture
def survey(home_page):
    return SurveyPageFactory(parent=home_page, title="Tell us what you think")


@pytest.fixture
def polish_page(guidance_page):
    """The guidance page translated into Polish (its section and home page become aliases)."""
    polish = Locale.objects.get(language_code="pl")  # every configured language has one
    translation = guidance_page.copy_for_translation(polish, copy_parents=True)
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


@pytest.fixture
def lead_client(client, lead):
    client.force_login(lead)
    return client
