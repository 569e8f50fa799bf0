"""Factories for pages and snippets, shared by every app's tests.

Page factories take a `parent` and add the page under it with treebeard (a page cannot simply be
saved), then publish it, as an editor would."""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Orderable

from home.models import StandardPage
from localoffer.content_review.models import Owner
from localoffer.pages import in_order


class OwnerFactory(DjangoModelFactory):
    class Meta:
        model = Owner

    name = factory.Sequence(lambda n: f"Owner {n}")
    role = "SEND officer"
    team = "SEND team"
    email = factory.Sequence(lambda n: f"owner{n}@anyshire.example")


class PageFactory(DjangoModelFactory):
    """Base for page factories: `PageFactory(parent=home, title=...)`; `publish=False` for a
    draft that has never been published."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent, publish=True, **kwargs):
        kwargs = {name: _numbered(value) for name, value in kwargs.items()}
        if not publish:
            kwargs.setdefault("live", False)
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page


def _numbered(value):
    """Child rows (entries, items, questions) in the order the test lists them."""
    if isinstance(value, list) and value and all(isinstance(row, Orderable) for row in value):
        return in_order(value)
    return value


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    summary = "A short summary of this page."
    content_owner = factory.SubFactory(OwnerFactory)
    body = factory.LazyFunction(
        lambda: [{"type": "text", "value": "<p>Plain-English guidance for families.</p>"}]
    )
