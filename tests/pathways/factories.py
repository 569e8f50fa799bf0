"""Factories for the pathways app's pages, and helpers that write steps and rows as editors do."""

import factory

from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.models import (
    GuidanceFinderPage,
    PathwayIndexPage,
    PathwayPage,
    PfaIndexPage,
    PfaItem,
    PfaPage,
    ProvisionEntry,
    ProvisionIndexPage,
    ProvisionPage,
)
from pathways.taxonomy import AgeBand, PfaOutcome
from tests.factories import OwnerFactory, PageFactory


def step(title, *, join="", optional=False, links=(), timescale="", statutory=False, owner=None):
    """One step as StreamField stores it."""
    return {
        "type": "step",
        "value": {
            "title": title,
            "join": join,
            "optional": optional,
            "body": f"<p>What happens in “{title}”.</p>",
            "responsible": "The council's SEND team",
            "timescale": timescale,
            "timescale_kind": "statutory" if statutory else "typical",
            "links": list(links),
            "owner": owner.pk if owner else None,
        },
    }


def page_link(page, text=""):
    return {"type": "page", "value": {"page": page.pk, "text": text}}


def external_link(url, text):
    return {"type": "external", "value": {"url": url, "text": text}}


def provision_entry(phase=Phase.PRIMARY, title="Understanding language"):
    return ProvisionEntry(
        phase=phase,
        title=title,
        noticing="<p>Finds it hard to follow spoken instructions.</p>",
        provision="<ul><li>Instructions broken into small steps.</li></ul>",
        next_help="<p>The SENCO, and the speech and language therapy service.</p>",
    )


def pfa_item(age_band=AgeBand.YEAR_9, title="Talk about what you enjoy"):
    return PfaItem(age_band=age_band, title=title, guidance="<p>Plain-English guidance.</p>")


class ContentPageFactory(PageFactory):
    class Meta:
        abstract = True

    summary = "A short summary of this page."
    content_owner = factory.SubFactory(OwnerFactory)


class PathwayIndexPageFactory(ContentPageFactory):
    class Meta:
        model = PathwayIndexPage

    title = factory.Sequence(lambda n: f"Step-by-step guides {n}")


class PathwayPageFactory(ContentPageFactory):
    class Meta:
        model = PathwayPage

    audience = Audience.PARENTS_AND_CARERS
    steps = factory.LazyFunction(lambda: [step("Talk to the school")])


class ProvisionIndexPageFactory(ContentPageFactory):
    class Meta:
        model = ProvisionIndexPage

    title = factory.Sequence(lambda n: f"What every setting provides {n}")


class ProvisionPageFactory(ContentPageFactory):
    class Meta:
        model = ProvisionPage

    area_of_need = AreaOfNeed.COMMUNICATION_INTERACTION
    entries = factory.LazyFunction(lambda: [provision_entry()])


class PfaIndexPageFactory(ContentPageFactory):
    class Meta:
        model = PfaIndexPage

    title = factory.Sequence(lambda n: f"Preparing for adulthood {n}")


class PfaPageFactory(ContentPageFactory):
    class Meta:
        model = PfaPage

    outcome = PfaOutcome.EMPLOYMENT
    for_you = "<p>You can start thinking about work now.</p>"
    items = factory.LazyFunction(lambda: [pfa_item()])


class GuidanceFinderPageFactory(ContentPageFactory):
    class Meta:
        model = GuidanceFinderPage

    audience = Audience.PARENTS_AND_CARERS
