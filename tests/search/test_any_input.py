"""Whatever a visitor (or a robot) puts in the search page's URL, they get a normal page."""

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localoffer.taxonomy import Audience
from search.categories import SearchCategory

pytestmark = pytest.mark.django_db

WHOOSH_SYNTAX = ["AND OR (", "*", "title:", '"unbalanced', "a~2", "NOT", "[a TO z]", "\\", "^3"]
queries = st.one_of(
    st.text(),
    st.sampled_from(WHOOSH_SYNTAX),
    st.lists(st.sampled_from([*WHOOSH_SYNTAX, "ehcp", "short breaks", "😀", "طفل", "\x00"])).map(
        " ".join
    ),
    st.text(min_size=1, max_size=5).map(lambda chunk: chunk * 10_000),
)


def sometimes(values):
    return st.one_of(st.none(), st.sampled_from(values), st.text())


@pytest.fixture
def site(guidance):
    guidance("Short breaks", "Respite for families of disabled children.")
    guidance("Asking for an EHC plan", "How to ask for an education, health and care plan.")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=queries,
    type=sometimes(SearchCategory.values),
    audience=sometimes(Audience.values),
    page=sometimes(["1", "2", "0", "-1", "99999999999999999999"]),
)
def test_any_search_gives_a_normal_page(site, client, query, type, audience, page):
    params = {"q": query, "type": type, "audience": audience, "page": page}
    response = client.get(
        "/search/", {name: value for name, value in params.items() if value is not None}
    )

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.find_all("h1")) == 1
    assert (soup.select_one("[role=status].result-count") is not None) == bool(
        soup.select_one("main input[name=q]").get("value")
    )
