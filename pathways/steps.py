"""Numbering a pathway's steps, as the GOV.UK step-by-step pattern does.

Each new step gets the next number; an "and" or "or" step shares the number of the step before it
and shows the word instead. Kept apart from the models so the rule is plain Python, easily tested.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Join(models.TextChoices):
    """How a step follows the one before it. "And" and "or" steps share the step's number."""

    NEW_STEP = "", _("A new step, with the next number")
    AND = "and", _("And: done as well as the step before")
    OR = "or", _("Or: done instead of the step before")


class TimescaleKind(models.TextChoices):
    TYPICAL = "typical", _("How long it usually takes")
    STATUTORY = "statutory", _("A time limit set by law")


@dataclass(frozen=True)
class NumberedStep:
    position: int  # 1-based place in the pathway
    number: int
    join: str  # "", "and" or "or"
    value: object  # the step's StructValue
    # 1 for the step that takes a number, 2, 3… for the "and"/"or" steps that share it.
    share: int = 1

    @property
    def anchor(self):
        """The number families see, so a link to #step-5 opens step 5; an "and" or "or" step
        sharing step 5's number is #step-5-2, #step-5-3…"""
        return f"step-{self.number}" if self.share == 1 else f"step-{self.number}-{self.share}"

    @property
    def is_statutory(self):
        return self.value["timescale_kind"] == TimescaleKind.STATUTORY

    def page_links(self):
        """The step's links to pages on this site, in order (see `blocks.PageLinkValue`)."""
        return [link.value for link in self.value["links"] if link.block_type == "page"]


@dataclass(frozen=True)
class Stop:
    """A page a pathway sends families to, and the step that sends them."""

    step: NumberedStep
    page: object


@dataclass(frozen=True)
class Position:
    """Where a page sits in a pathway, for the "Part of" sidebar."""

    pathway: object
    step: NumberedStep
    previous: Stop | None
    next: Stop | None


def number_steps(steps):
    """Number a sequence of step values (each with a "join" of "", "and" or "or")."""
    numbered = []
    number = share = 0
    for position, value in enumerate(steps, start=1):
        join = value["join"] or ""
        if not join or number == 0:
            number += 1
            join = ""
            share = 0
        share += 1
        numbered.append(
            NumberedStep(position=position, number=number, join=join, value=value, share=share)
        )
    return numbered


def stops(numbered_steps):
    """Every published page the steps link to, in the order families meet them."""
    return [
        Stop(step, link["page"])
        for step in numbered_steps
        for link in step.page_links()
        if link.is_available
    ]


def locate(pathway, numbered_steps, page):
    """The `Position` of `page` in the pathway (its first appearance), or None."""
    route = stops(numbered_steps)
    for index, stop in enumerate(route):
        if stop.page.pk == page.pk:
            return Position(
                pathway=pathway,
                step=stop.step,
                previous=route[index - 1] if index > 0 else None,
                next=route[index + 1] if index + 1 < len(route) else None,
            )
    return None
