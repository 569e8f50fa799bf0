import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from localoffer.translation.translate import translate_page
from tests.factories import StandardPageFactory

HOME_IN_POLISH = {"Help for children and young people with SEND in Anyshire": "Pomoc dla dzieci"}
GUIDANCE_IN_POLISH = {
    "Short breaks": "Krótkie przerwy",
    "Time away from caring, for you and your child.": "Czas wolny od opieki dla ciebie i dziecka.",
}


@pytest.fixture
def locales(db):
    """Every configured language's Locale, by language code (made after `migrate`)."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def guidance(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Short breaks",
        summary="Time away from caring, for you and your child.",
    )


@pytest.fixture
def polish_home(home_page, locales):
    return translate_page(home_page, locales["pl"], HOME_IN_POLISH)


@pytest.fixture
def polish_guidance(guidance, polish_home, locales):
    return translate_page(guidance, locales["pl"], GUIDANCE_IN_POLISH)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")
