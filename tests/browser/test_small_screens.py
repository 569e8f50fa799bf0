"""Acceptance: nothing is cut off on a 320 pixel screen (WCAG 1.4.10, reflow), nor at 640 pixels,
which is what a 1280 pixel laptop shows at 200% zoom. Every type of page in the demo site, in
every language, in real headless Chromium: the page must not be wider than the screen, and no table
or other part of it may be clipped or need scrolling sideways."""

from collections import defaultdict
from urllib.parse import urljoin

import pytest
from playwright.sync_api import sync_playwright
from wagtail.models import Page

from localoffer.accessibility.checker import VIEWPORT_HEIGHT, launch_chromium
from localoffer.accessibility.targets import view_targets
from pathways.models import ProvisionPage

pytestmark = pytest.mark.browser

# A small phone, and a laptop at 200% zoom (1280 / 2 CSS pixels).
WIDTHS = (320, 640)

# What is cut off at the window's width: the page scrolling sideways, a table reaching past the
# window's edges, and anything (a table's wrapper, a box of text) that hides or scrolls part of its
# content sideways. Elements hidden on purpose (visually-hidden text, 1 pixel wide) are left out.
FIND_CLIPPING = """() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width) {
        problems.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    }
    const name = (element) => element.tagName.toLowerCase()
        + (element.className && typeof element.className === "string"
            ? "." + element.className.trim().split(/\\s+/).join(".") : "");
    for (const table of document.querySelectorAll("table")) {
        const box = table.getBoundingClientRect();
        if (box.left < -1 || box.right > width + 1) {
            problems.push(`${name(table)} runs from ${box.left}px to ${box.right}px`);
        }
    }
    for (const element of document.body.querySelectorAll("*")) {
        const style = getComputedStyle(element);
        if (style.overflowX === "visible" || element.clientWidth <= 1) continue;
        const hidden = element.scrollWidth - element.clientWidth;
        if (hidden > 1) problems.push(`${name(element)} cuts off ${hidden}px`);
    }
    return problems;
}"""


def one_page_of_each_type(base_url):
    """{language code: [address of the first live page of each page type in that language]},
    with the printable provision page, search results and "page not found" in each language."""
    addresses = defaultdict(dict)
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    for page in pages.order_by("path"):
        language = page.locale.language_code
        addresses[language].setdefault(page.content_type_id, urljoin(base_url, page.url))
        if isinstance(page.specific_deferred, ProvisionPage):
            addresses[language].setdefault("print", urljoin(base_url, f"{page.url}print/"))
    for target in view_targets(base_url):
        if target.html is None:  # the server error page is only shown when something breaks
            addresses[target.language_code].setdefault(target.url, target.url)
    return {language: list(urls.values()) for language, urls in addresses.items()}


@pytest.fixture
def demo_pages(demo_server):
    pages = one_page_of_each_type(demo_server)
    assert set(pages) == {"en-gb", "pl", "ar", "ur"}
    return pages


def test_the_check_finds_a_wide_page_and_a_clipped_table(require_chromium):
    wide_table = '<table style="min-width: 40rem"><tr><td>Early years</td></tr></table>'
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        tab = browser.new_page(viewport={"width": 320, "height": VIEWPORT_HEIGHT})
        tab.set_content(f"<main>{wide_table}</main>")
        wide = tab.evaluate(FIND_CLIPPING)
        tab.set_content(
            f'<main><div class="table-scroll" style="overflow-x: auto">{wide_table}</div></main>'
        )
        scrolled = tab.evaluate(FIND_CLIPPING)
        browser.close()

    assert wide == ["the page is 648px wide", "table runs from 8px to 648px"]
    assert scrolled == ["table runs from 8px to 648px", "div.table-scroll cuts off 336px"]


# One test a language, so that parallel workers share them (each restores the demo).
@pytest.mark.parametrize("language", ["en-gb", "pl", "ar", "ur"])
def test_nothing_is_cut_off_at_320_pixels_or_200_percent_zoom(demo_pages, browser_tab, language):
    assert len(demo_pages[language]) > 10  # page types in the language
    cut_off = []
    for width in WIDTHS:
        with browser_tab(viewport={"width": width, "height": VIEWPORT_HEIGHT}) as tab:
            for url in demo_pages[language]:
                tab.goto(url, wait_until="load")
                cut_off += [
                    f"{url} at {width}px: {problem}" for problem in tab.evaluate(FIND_CLIPPING)
                ]

    assert cut_off == [], "\n".join(cut_off)
