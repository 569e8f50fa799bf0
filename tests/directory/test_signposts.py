"""Guidance points at directory records: a "Who can help" block that chooses a service, and the
service a provision entry names as able to help next. Families see a published service's name,
first sentence, contact and a link to its page; nothing of a service they may not see."""

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks.struct_block import StructBlockValidationError

from localoffer.blocks import WhoCanHelpBlock
from tests.factories import StandardPageFactory
from tests.pathways.factories import (
    ProvisionIndexPageFactory,
    ProvisionPageFactory,
    provision_entry,
)

from .factories import DirectoryPageFactory, ServiceFactory

DESCRIPTION = "A relaxed group for autistic children and their parents. We meet in the hall."


@pytest.fixture
def service(home_page):
    DirectoryPageFactory(parent=home_page)
    return ServiceFactory(name="Autism Family Group", description=DESCRIPTION, phone="01234 500600")


def who_can_help(service, **words):
    return {
        "type": "who_can_help",
        "value": {"heading": "Who can help", "service": service.pk, **words},
    }


def signpost(response):
    html = BeautifulSoup(response.content, "html.parser")
    return html.select_one(".who-can-help, .service-signpost")


def test_a_who_can_help_block_shows_the_service(client, home_page, service):
    page = StandardPageFactory(parent=home_page, body=[who_can_help(service)])
    found = signpost(client.get(page.url))
    text = found.get_text(" ", strip=True)
    assert "Autism Family Group" in text
    assert "A relaxed group for autistic children and their parents." in text
    assert "We meet in the hall" not in text  # one line: the first sentence
    assert found.select_one('a[href="tel:01234500600"]')
    assert found.select_one(f'a[href="/find-a-service/{service.oruk_id}/"]')


def test_an_unpublished_service_is_not_shown(client, home_page, service):
    page = StandardPageFactory(
        parent=home_page,
        body=[
            who_can_help(service),
            who_can_help(service, organisation="Anyshire SENDIASS", description="<p>Advice.</p>"),
        ],
    )
    service.unpublish()
    html = client.get(page.url).content.decode()
    assert "Autism Family Group" not in html
    # Words written beside the service show instead.
    assert "Anyshire SENDIASS" in html


def test_a_service_of_an_unpublished_organisation_is_not_shown(client, home_page, service):
    page = StandardPageFactory(parent=home_page, body=[who_can_help(service)])
    service.organisation.unpublish()
    assert "Autism Family Group" not in client.get(page.url).content.decode()


def test_the_block_needs_a_service_or_words():
    block = WhoCanHelpBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"heading": "Who can help"}))
    words = block.to_python(
        {"heading": "Who can help", "organisation": "SENDIASS", "description": "<p>Advice.</p>"}
    )
    assert block.clean(words)["organisation"] == "SENDIASS"


def test_a_provision_entry_points_at_a_service(client, home_page, service):
    entry = provision_entry()
    entry.service = service
    index = ProvisionIndexPageFactory(parent=home_page)
    page = ProvisionPageFactory(parent=index, entries=[entry])
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    found = html.select_one(".provision-entry .service-signpost")
    assert found.select_one(f'a[href="/find-a-service/{service.oruk_id}/"]')
    service.unpublish()
    assert "Autism Family Group" not in client.get(page.url).content.decode()
