import pytest

from localoffer.translation.translate import translate_page
from tests.translation.conftest import soup

pytestmark = pytest.mark.django_db


def _result_titles(client, url, query):
    page = soup(client.get(url, {"q": query}))
    return [link.get_text(strip=True) for link in page.select(".search-result a")]


def test_search_results_stay_in_the_visitors_language(
    search_index, client, guidance, polish_home, locales
):
    # The word "breaks" is in both versions, so only the language can tell them apart.
    translate_page(guidance, locales["pl"], {"Short breaks": "Krótkie przerwy (short breaks)"})
    assert _result_titles(client, "/pl/search/", "breaks") == ["Krótkie przerwy (short breaks)"]
    assert _result_titles(client, "/search/", "breaks") == ["Short breaks"]
