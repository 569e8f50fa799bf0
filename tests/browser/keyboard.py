"""Using a page with the keyboard alone, as many disabled people do (WCAG 2.1.1 and 2.4.7).

keyboard = Keyboard(page)
button = keyboard.tab_to(".feedback button[type=submit]")  # fails if Tab never gets there
keyboard.assert_focus_visible()
page.keyboard.press("Enter")
"""

import pytest

# Far more Tab presses than any of our pages needs to reach an element from the top.
MAX_TABS = 150
# Focus styles are drawn around an element as well as on it (outlines, the GOV.UK underline).
FOCUS_MARGIN = 8


class Keyboard:
    def __init__(self, page):
        self.page = page

    def tab_to(self, selector):
        """Press Tab until an element matching `selector` has focus, and return it."""
        for _ in range(MAX_TABS):
            self.page.keyboard.press("Tab")
            if self.page.evaluate("selector => document.activeElement.matches(selector)", selector):
                return self.page.evaluate_handle("() => document.activeElement").as_element()
        pytest.fail(f"{selector} cannot be reached with the Tab key on {self.page.url}.")

    def tab_order(self, selector):
        """The text of each element matching `selector` that Tab reaches, in the order it
        reaches them."""
        reached = []
        for _ in range(MAX_TABS):
            self.page.keyboard.press("Tab")
            if self.page.evaluate("() => document.activeElement === document.body"):
                break  # past the last focusable element
            if self.page.evaluate("selector => document.activeElement.matches(selector)", selector):
                reached.append(self.page.evaluate("() => document.activeElement.innerText.trim()"))
        return reached

    def assert_focus_visible(self):
        """The focused element looks different from how it looks without focus."""
        focused = self.page.evaluate_handle("() => document.activeElement").as_element()
        box = focused.bounding_box()
        assert box, "The focused element is not on screen."
        viewport = self.page.viewport_size
        assert box["x"] >= 0, "The focused element is off the start of the window."
        assert box["x"] + box["width"] <= viewport["width"], "It is off the end of the window."
        area = {
            "x": max(box["x"] - FOCUS_MARGIN, 0),
            "y": max(box["y"] - FOCUS_MARGIN, 0),
            "width": box["width"] + 2 * FOCUS_MARGIN,
            "height": box["height"] + 2 * FOCUS_MARGIN,
        }
        with_focus = self.page.screenshot(clip=area)
        focused.evaluate("element => element.blur()")
        without_focus = self.page.screenshot(clip=area)
        focused.focus()
        assert with_focus != without_focus, "Focus is not visible on the focused element."
