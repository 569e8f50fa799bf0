"""From a result to the service's page and back to the same results: each result's link carries
the search (its own filters only, checked and re-encoded), and the service's "Back to Find a
service" returns to it. Plain links: no JavaScript."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from localoffer.directory.forms import searched_from

pytestmark = pytest.mark.django_db

A_FAMILYS_SEARCH = {
    "q": "autism",
    "age": "9",
    "area": "communication-interaction",
    "type": "support-groups",
    "cost": "free",
    "postcode": "AN1 1AA",
    "miles": "3",
}


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def results(response):
    return [link.get_text() for link in soup_of(response).select(".service-list__item h3 a")]


def back_link(response):
    [link] = [a for a in soup_of(response).select("a") if a.get_text().startswith("Back to")]
    return link["href"]


def service_url(page, service):
    return page.url + page.reverse_subpage("service", args=[service.oruk_id])


def test_the_back_link_returns_to_the_same_results(client, finder):
    page, services = finder
    search = client.get(page.url, A_FAMILYS_SEARCH)
    assert results(search) == ["Autism Family Group"]
    [link] = soup_of(search).select(".service-list__item h3 a")

    service_page = client.get(link["href"])
    back = back_link(service_page)

    assert urlsplit(link["href"]).path == service_url(page, services["autism"])
    assert urlsplit(back).path == page.url
    assert {name: value for name, [value] in parse_qs(urlsplit(back).query).items()} == {
        **A_FAMILYS_SEARCH,
        "postcode": "AN1 1AA",
    }
    assert results(client.get(back)) == ["Autism Family Group"]


def test_the_page_of_results_is_kept(client, finder):
    page, services = finder
    back = back_link(
        client.get(service_url(page, services["club"]), {"from": "age=9&page=2&q=club"})
    )
    assert back == f"{page.url}?q=club&age=9&page=2"


def test_a_direct_visit_goes_back_to_the_plain_search(client, finder):
    page, services = finder
    assert back_link(client.get(service_url(page, services["autism"]))) == page.url


def test_telling_us_keeps_the_way_back(client, finder):
    page, services = finder
    report = page.url + page.reverse_subpage("report", args=[services["autism"].oruk_id])
    service_page = client.get(service_url(page, services["autism"]), {"from": "q=autism"})
    form = soup_of(service_page).select_one(".report-change form")
    assert form["action"] == f"{report}?from=q%3Dautism"

    response = client.post(form["action"], {"what": "It moved to Fridays."})

    assert response.status_code == 303
    assert response["Location"].endswith("?from=q%3Dautism&reported=1#report-thanks")
    assert back_link(client.get(response["Location"])) == f"{page.url}?q=autism"


@pytest.mark.parametrize(
    ("searched", "kept"),
    [
        ("", ""),
        ("q=autism", "q=autism"),
        (" q = autism ", ""),
        ("postcode=an11aa&miles=10", "postcode=AN1+1AA&miles=10"),
        # Not our filters, or not valid ones: dropped one by one.
        ("https://evil.example/", ""),
        ("next=//evil.example&q=club", "q=club"),
        ("from=q%3Dclub", ""),
        ("age=abc&area=nonsense&type=nope&cost=maybe&page=-1", ""),
        ("age=30&age=9", "age=9"),  # the last value counts, as in the search itself
        ("miles=7&postcode=AN1 1AA", "postcode=AN1+1AA&miles=5"),
        ("miles=10", ""),  # a distance without a postcode changes nothing
        ("postcode=ZZ99 9ZZ&q=club", "q=club"),
        ("page=1", ""),
        ("page=99999999", ""),
        ("page=²", ""),
        ("q=" + "a" * 201, ""),
        ("q=%00club", ""),
        ("q=%ff%fe", "q=%EF%BF%BD%EF%BF%BD"),
        ("q=" + "x" * 600, ""),  # too long to be one of our searches
        ("q=<script>alert(1)</script>", "q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E"),
    ],
)
def test_only_the_directorys_own_valid_filters_are_carried(finder, searched, kept):
    assert searched_from({"from": searched}) == kept


@pytest.mark.parametrize(
    "searched",
    [
        "javascript:alert(1)",
        "//evil.example",
        '"><script>alert(1)</script>',
        'q="><script>alert(1)</script>&postcode=<b>',
        "%" * 400,
        "q=a&" * 120,
    ],
)
def test_hostile_searches_never_reach_the_page(client, finder, searched):
    page, services = finder
    response = client.get(service_url(page, services["autism"]), {"from": searched})
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "evil.example" not in html
    assert "javascript:" not in html
    assert back_link(response).startswith(page.url)


def test_query_counts(client, finder, django_assert_max_num_queries):
    page, services = finder
    client.get(page.url)  # fill the caches (locales, site root paths)
    with django_assert_max_num_queries(26):
        results(client.get(page.url, A_FAMILYS_SEARCH))
    with django_assert_max_num_queries(17):
        back_link(client.get(service_url(page, services["autism"])))
    # The search carried costs two more: the service types it may name, and its postcode.
    with django_assert_max_num_queries(19):
        back_link(
            client.get(
                service_url(page, services["autism"]), {"from": "q=a&postcode=AN1 1AA&type=x"}
            )
        )
