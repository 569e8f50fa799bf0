"""Step numbering and the "Part of" position, as plain Python (no database)."""

from types import SimpleNamespace

import pytest
from wagtail.blocks import StreamBlockValidationError

from pathways.blocks import PathwayStepsBlock
from pathways.steps import locate, number_steps, stops


def _step(join=""):
    return {"join": join}


def _numbers(joins):
    return [(step.number, step.join) for step in number_steps([_step(join) for join in joins])]


def test_new_steps_are_numbered_in_order():
    assert _numbers(["", "", ""]) == [(1, ""), (2, ""), (3, "")]


def test_and_or_steps_share_the_number_of_the_step_before():
    assert _numbers(["", "", "and", "", "or", "or", ""]) == [
        (1, ""),
        (2, ""),
        (2, "and"),
        (3, ""),
        (3, "or"),
        (3, "or"),
        (4, ""),
    ]


def test_a_first_step_marked_and_is_still_step_one():
    # The editor cannot save this (see the block test below), but old data must still number.
    assert _numbers(["and", ""]) == [(1, ""), (2, "")]


def test_a_steps_anchor_is_its_number_and_steps_sharing_a_number_have_their_own():
    steps = number_steps([_step(), _step("and"), _step(), _step("or"), _step("or"), _step()])
    assert [step.anchor for step in steps] == [
        "step-1",
        "step-1-2",
        "step-2",
        "step-2-2",
        "step-2-3",
        "step-3",
    ]


def test_the_first_step_cannot_be_an_and_or_or_step():
    block = PathwayStepsBlock()
    value = block.to_python(
        [
            {
                "type": "step",
                "value": {
                    "title": "Ask",
                    "join": "or",
                    "body": "<p>Ask.</p>",
                    "responsible": "You",
                    "timescale_kind": "typical",
                },
            }
        ]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    assert "join" in error.value.block_errors[0].block_errors


class _Link(dict):
    """Stands in for a PageLinkValue."""

    @property
    def is_available(self):
        return self["page"] is not None and self["page"].live


def _page(pk, live=True):
    return SimpleNamespace(pk=pk, live=live)


def _linking_step(*pages):
    links = [SimpleNamespace(block_type="page", value=_Link(page=page)) for page in pages]
    return {"join": "", "links": links}


def test_stops_skip_pages_that_are_not_published_or_deleted():
    first, draft, last = _page(1), _page(2, live=False), _page(3)
    steps = number_steps([_linking_step(first, draft), _linking_step(None, last)])
    assert [stop.page for stop in stops(steps)] == [first, last]


def test_locate_finds_the_step_and_the_pages_before_and_after():
    pages = [_page(pk) for pk in (1, 2, 3, 4)]
    steps = number_steps(
        [_linking_step(pages[0]), _linking_step(pages[1], pages[2]), _linking_step(pages[3])]
    )

    position = locate("the pathway", steps, pages[2])

    assert position.pathway == "the pathway"
    assert position.step.number == 2
    assert position.previous.page is pages[1]
    assert position.next.page is pages[3]
    assert position.next.step.number == 3


def test_the_first_and_last_pages_have_no_previous_or_next():
    pages = [_page(1), _page(2)]
    steps = number_steps([_linking_step(*pages)])
    assert locate(None, steps, pages[0]).previous is None
    assert locate(None, steps, pages[1]).next is None


def test_a_page_not_in_the_pathway_has_no_position():
    steps = number_steps([_linking_step(_page(1))])
    assert locate(None, steps, _page(99)) is None
