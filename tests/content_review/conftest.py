import pytest

from tests.factories import OwnerFactory, StandardPageFactory


@pytest.fixture
def owner(db):
    return OwnerFactory(name="Priya Natarajan", team="SEND team", email="priya@anyshire.example")


@pytest.fixture
def section(home_page, owner):
    """A top-level section of the site, under the home page (which the same owner looks after:
    a page nobody owns would be escalated to the leads)."""
    home_page.content_owner = owner
    home_page.save_revision().publish()
    return StandardPageFactory(parent=home_page, title="Education", content_owner=owner)
