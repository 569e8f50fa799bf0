import pytest

from localoffer.accessibility.content import (
    heading_problems,
    is_vague_link_text,
    page_content_problems,
    vague_link_problems,
)
from tests.factories import StandardPageFactory


class TestHeadingProblems:
    def test_headings_one_level_down_at_a_time_are_fine(self):
        assert heading_problems("<h2>Who</h2><h3>Parents</h3><h3>Schools</h3><h2>How</h2>") == []

    def test_going_back_up_several_levels_starts_a_new_section(self):
        assert heading_problems("<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2>") == []

    def test_a_skipped_level_names_the_heading_and_the_level_to_use(self):
        (problem,) = heading_problems("<h2>Appeals</h2><h4>Mediation <b>first</b></h4>")

        assert problem == (
            '"Mediation first" is a level 4 heading after a level 2 heading. Make it level 3.'
        )

    def test_the_first_heading_follows_the_page_title(self):
        (problem,) = heading_problems("<p>Intro</p><h3>Too deep</h3>")

        assert "level 3 heading after a level 1 heading" in problem

    def test_a_second_main_heading_is_a_problem(self):
        (problem,) = heading_problems("<H1 class='x'>Another title</H1>")

        assert problem == '"Another title" is a main heading; the page title is the only one.'


@pytest.mark.parametrize(
    "text", ["click here", "Click here.", "Read more", "read  more »", "here", "Find out more:"]
)
def test_vague_link_text(text):
    assert is_vague_link_text(text)


@pytest.mark.parametrize(
    "text", ["Read more about EHC plans", "Contact the SEND team", "Where to get help"]
)
def test_link_text_that_says_where_it_goes(text):
    assert not is_vague_link_text(text)


def test_vague_link_problems_quote_the_link_text():
    html = '<p>For forms <a href="/forms/">click <i>here</i></a>, or <a href="/">go home</a>.</p>'

    assert vague_link_problems(html) == [
        'A link says "click here". Say where it goes, such as "EHC plan guidance".'
    ]


def test_page_content_problems_read_the_rendered_body(home_page):
    page = StandardPageFactory(
        parent=home_page,
        body=[
            # The callout's template gives it an h2 heading, so the h3 after it is fine.
            {
                "type": "callout",
                "value": {"style": "information", "heading": "Deadlines", "text": "<p>6</p>"},
            },
            {"type": "text", "value": "<h3>Asking for an assessment</h3>"},
            {"type": "text", "value": "<h2>Appeals</h2><h4>Mediation</h4>"},
            {"type": "text", "value": '<p><a href="https://example.org">Read more</a></p>'},
        ],
    )

    assert page_content_problems(page) == [
        '"Mediation" is a level 4 heading after a level 2 heading. Make it level 3.',
        'A link says "Read more". Say where it goes, such as "EHC plan guidance".',
    ]
