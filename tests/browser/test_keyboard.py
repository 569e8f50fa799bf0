"""Everything a family can do with a mouse, they can do with the keyboard alone, and they can
always see where they are (WCAG 2.1.1 Keyboard, 2.4.1 Bypass blocks, 2.4.7 Focus visible).

To add a control: build a page that has it in a fixture (before the browser opens), then in the
test `keyboard.tab_to(selector)`, `keyboard.assert_focus_visible()`, and operate it with
`browser_page.keyboard.press(...)`."""

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def urls(site_server, home_page):
    """Two pages in the main navigation; the second has a details block and an accordion."""
    health = StandardPageFactory(parent=home_page, title="Health", show_in_menus=True)
    education = StandardPageFactory(
        parent=home_page,
        title="Education",
        show_in_menus=True,
        body=[
            {
                "type": "details",
                "value": {"summary": "What does SENCO mean?", "text": "<p>The co-ordinator.</p>"},
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Questions",
                    "sections": [
                        {"summary": "Who can ask?", "text": "<p>A parent or a school.</p>"},
                        {"summary": "How long?", "text": "<p>Up to 20 weeks.</p>"},
                    ],
                },
            },
        ],
    )
    return {
        "home": site_server + home_page.url,
        "health": site_server + health.url,
        "education": site_server + education.url,
    }


def test_the_skip_link_comes_first_and_jumps_to_the_main_content(urls, browser_page, keyboard):
    browser_page.goto(urls["education"])

    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("() => document.activeElement.className") == "skip-link"
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")

    assert browser_page.evaluate("() => document.activeElement.id") == "main-content"


def test_the_header_search_works_by_keyboard(search_index, urls, browser_page, keyboard):
    browser_page.goto(urls["education"])

    keyboard.tab_to("#site-search-q")
    keyboard.assert_focus_visible()
    browser_page.keyboard.type("senco")
    keyboard.tab_to(".site-search__button")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/search/?q=senco")

    assert browser_page.locator("#search-q").input_value() == "senco"


@pytest.mark.parametrize("width", [1280, 320])
def test_the_main_navigation_is_reached_in_order_and_followed(urls, browser_page, keyboard, width):
    browser_page.set_viewport_size({"width": width, "height": 800})
    browser_page.goto(urls["home"])

    assert keyboard.tab_order(".main-nav__link") == ["Health", "Education"]

    browser_page.goto(urls["home"])
    keyboard.tab_to(".main-nav__link")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(urls["health"])


def test_details_and_accordion_sections_open_and_close_by_keyboard(urls, browser_page, keyboard):
    browser_page.goto(urls["education"])
    answer = browser_page.get_by_text("The co-ordinator.")

    keyboard.tab_to(".details__summary")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")
    assert answer.is_visible()
    browser_page.keyboard.press("Space")
    assert answer.is_hidden()

    keyboard.tab_to(".accordion .details__summary")
    browser_page.keyboard.press("Enter")
    assert browser_page.get_by_text("A parent or a school.").is_visible()
    keyboard.tab_to(".accordion .details:nth-of-type(2) .details__summary")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Space")
    assert browser_page.get_by_text("Up to 20 weeks.").is_visible()
