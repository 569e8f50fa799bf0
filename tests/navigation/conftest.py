import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale


@pytest.fixture
def locales(db):
    """Every configured language's Locale, by language code (made after `migrate`)."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def links(html, selector):
    """(text, href, hreflang, the title's lang and dir) of each link matched by `selector`."""
    found = []
    for link in html.select(selector):
        title = link.find("span", lang=True)
        found.append(
            (
                link.get_text(" ", strip=True),
                link["href"],
                link.get("hreflang"),
                (title["lang"], title["dir"]) if title else None,
            )
        )
    return found
