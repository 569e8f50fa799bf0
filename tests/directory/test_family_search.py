"""Families search the directory: words, age, area of need, type, cost and distance."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def search(client, directory_page, **params):
    return client.get(directory_page.url, params)


def found(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in soup.select(".service-list__item h3 a")]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Autism Family Group", "Saturday Club", "Speech Therapy"]),
        ({"age": 9}, ["Autism Family Group", "Saturday Club", "Speech Therapy"]),
        ({"age": 12}, ["Saturday Club", "Speech Therapy"]),
        ({"area": "communication-interaction"}, ["Autism Family Group", "Speech Therapy"]),
        ({"type": "play-and-leisure"}, ["Saturday Club"]),
        ({"cost": "free"}, ["Autism Family Group", "Speech Therapy"]),
        ({"q": "autism"}, ["Autism Family Group"]),
        ({"q": "talking"}, ["Speech Therapy"]),
        ({"postcode": "an11aa", "miles": 5}, ["Autism Family Group", "Saturday Club"]),
        ({"postcode": "AN1 1AA", "miles": 1}, []),
        (
            {"postcode": "AN1 1AA", "miles": 20},
            ["Autism Family Group", "Saturday Club", "Speech Therapy"],
        ),
        # An autism group for a nine-year-old within 5 miles.
        (
            {"q": "autism", "age": 9, "type": "support-groups", "postcode": "AN1 1AA", "miles": 5},
            ["Autism Family Group"],
        ),
    ],
)
def test_filters(client, finder, params, expected):
    page, _services = finder
    response = search(client, page, **params)
    assert response.status_code == 200
    assert found(response) == expected


def test_a_postcode_alone_searches_the_default_distance(client, finder):
    """The distance list starts on 5 miles, so a family who types only a postcode, and the
    browser that sends the list's choice with it, search 5 miles rather than the first option."""
    page, _services = finder
    soup = BeautifulSoup(search(client, page).content, "html.parser")
    assert soup.select_one("select[name=miles] option[selected]")["value"] == "5"
    assert found(search(client, page, postcode="AN1 1AA")) == [
        "Autism Family Group",
        "Saturday Club",
    ]


def test_nearest_first_with_distance(client, finder):
    page, _services = finder
    soup = BeautifulSoup(search(client, page, postcode="AN1 1AA", miles=20).content, "html.parser")
    distances = [
        item.find("dt", string="Distance").find_next("dd").get_text()
        for item in soup.select(".service-list__item")
    ]
    assert distances == ["1.0 miles", "3.0 miles", "15.0 miles"]


def test_unknown_postcode_is_a_clear_message(client, finder):
    page, _services = finder
    response = search(client, page, postcode="ZZ9 9ZZ")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.select_one(".error-summary")
    assert "We could not find the postcode ZZ9 9ZZ in Anyshire" in summary.get_text()
    assert summary.a["href"] == "#id_postcode"
    assert "id_postcode-error" in soup.select_one("#id_postcode")["aria-describedby"]
    assert not soup.select(".service-list__item")


def test_unrecognised_filters_are_ignored(client, finder):
    page, _services = finder
    response = search(client, page, age="ninety", area="made-up", type="nope", miles="far")
    assert response.status_code == 200
    assert len(found(response)) == 3


def test_results_page_and_keep_the_search(client, finder, monkeypatch):
    from localoffer.directory import pages

    page, _services = finder
    monkeypatch.setattr(pages, "RESULTS_PER_PAGE", 2)
    first = BeautifulSoup(search(client, page, cost="").content, "html.parser")
    assert first.select_one("a[rel=next]")["href"] == "?cost=&page=2"
    second = search(client, page, page=2)
    assert found(second) == ["Speech Therapy"]


def test_works_without_javascript_and_has_labels(client, finder):
    page, _services = finder
    soup = BeautifulSoup(search(client, page).content, "html.parser")
    form = soup.select_one("form.directory-search")
    assert form["method"] == "get"
    for field in form.select("input:not([type=hidden]), select"):
        assert form.select_one(f"label[for={field['id']}]"), field["id"]
    assert not soup.find("script", src=lambda src: src and "directory" in src)


def test_query_count(client, finder, django_assert_max_num_queries):
    page, _services = finder
    # About 8 for the directory (whatever the number of results), the rest for the page around it.
    with django_assert_max_num_queries(26):
        search(client, page, postcode="AN1 1AA", miles=20, age=9)


def test_a_search_with_words_filters_and_distance_reads_four_queries(
    finder, django_assert_num_queries
):
    """The venues near enough, the words among the services they leave, then a page of
    results: the services and their venues. However many services there are."""
    from localoffer.directory.models import PostcodeCentroid
    from localoffer.directory.search import find_services

    centroid = PostcodeCentroid.objects.locate("AN1 1AA")
    find_services(words="group")  # the editors' synonyms, kept for a minute
    with django_assert_num_queries(4):
        found = find_services(words="autism", age=9, centroid=centroid, miles=20)
        names = [service.name for service in found[:20]]
    assert names == ["Autism Family Group"]
