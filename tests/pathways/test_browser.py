"""Pathways in a real browser: steps open and close without JavaScript, "Show all steps" with it,
the markers mirror in right-to-left languages, and axe-core finds nothing wrong."""

import pytest

from localoffer.accessibility.checker import axe_script_path, describe_violations
from pathways.models import PathwayIndexPage
from tests.browser.keyboard import Keyboard
from tests.factories import StandardPageFactory
from tests.pathways.factories import (
    GuidanceFinderPageFactory,
    PathwayIndexPageFactory,
    PathwayPageFactory,
    PfaIndexPageFactory,
    PfaPageFactory,
    ProvisionIndexPageFactory,
    ProvisionPageFactory,
    page_link,
    step,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def pathway_url(site_server, home_page, require_chromium):
    guidance = StandardPageFactory(parent=home_page, title="SEN support")
    pathway = PathwayPageFactory(
        parent=PathwayIndexPageFactory(parent=home_page),
        steps=[
            step("Talk to the school", links=[page_link(guidance)]),
            step("Ask the council", join="or"),
            step("Wait for the decision", timescale="Within 6 weeks", statutory=True),
        ],
    )
    return site_server + pathway.url


def open_steps(tab):
    return tab.eval_on_selector_all(".step-nav__details", "steps => steps.map(s => s.open)")


def test_without_javascript_each_step_opens_on_its_own(pathway_url, browser_tab):
    with browser_tab(javascript=False) as tab:
        tab.goto(pathway_url)
        buttons = tab.locator(".step-nav button").count()
        tab.get_by_text("Ask the council", exact=True).click()
        opened = open_steps(tab)

    assert buttons == 0
    assert opened == [False, True, False]


def test_with_javascript_show_all_and_hide_all(pathway_url, browser_tab):
    with browser_tab() as tab:
        tab.goto(pathway_url)
        button = tab.locator(".step-nav__toggle-all")
        before = button.get_attribute("aria-expanded")
        button.click()
        after_show = (open_steps(tab), button.inner_text(), button.get_attribute("aria-expanded"))
        button.click()
        after_hide = (open_steps(tab), button.inner_text())

    assert before == "false"
    assert after_show == ([True, True, True], "Hide all steps", "true")
    assert after_hide == ([False, False, False], "Show all steps")


def test_a_link_to_a_step_number_opens_that_step(pathway_url, browser_tab):
    with browser_tab() as tab:
        tab.goto(f"{pathway_url}#step-2")  # the third step: the second shares number 1
        opened = open_steps(tab)

    assert opened == [False, False, True]


def test_show_all_steps_keeps_its_contrast_pointed_at_tapped_and_focused(pathway_url, browser_tab):
    """axe-core's colour contrast rule (4.5:1 for text), run on the button in each state."""

    def contrast(tab):
        report = tab.evaluate(
            """() => axe.run(".step-nav__toggle-all", {
                runOnly: {type: "rule", values: ["color-contrast"]},
            })"""
        )
        return {kind: len(report[kind]) for kind in ("passes", "violations", "incomplete")}

    checked_and_passed = {"passes": 1, "violations": 0, "incomplete": 0}
    with browser_tab(bypass_csp=True) as tab:  # axe-core is not one of the page's scripts
        tab.context.add_init_script(path=str(axe_script_path()))
        tab.goto(pathway_url)
        button = tab.locator(".step-nav__toggle-all")
        button.hover()
        pointed_at = contrast(tab)
        tab.mouse.down()
        tapped = contrast(tab)
        tab.mouse.up()
        tab.mouse.move(0, 0)
        tab.reload()
        Keyboard(tab).tab_to(".step-nav__toggle-all")
        focused = contrast(tab)

    assert pointed_at == checked_and_passed
    assert tapped == checked_and_passed
    assert focused == checked_and_passed


def test_step_numbers_mirror_in_right_to_left_pages(pathway_url, browser_tab):
    def marker_side(tab):
        return tab.evaluate(
            """() => {
                const box = (selector) => document.querySelector(selector).getBoundingClientRect();
                const marker = box('.step-nav__marker'), title = box('.step-nav__title-text');
                return marker.left < title.left ? 'left' : 'right';
            }"""
        )

    with browser_tab() as tab:
        tab.goto(pathway_url)
        left_to_right = marker_side(tab)
        tab.evaluate("() => document.documentElement.setAttribute('dir', 'rtl')")
        right_to_left = marker_side(tab)

    assert (left_to_right, right_to_left) == ("left", "right")


def test_every_page_type_has_no_axe_violations(site_server, home_page, pathway_url, axe_checker):
    provision = ProvisionPageFactory(parent=ProvisionIndexPageFactory(parent=home_page))
    adulthood = PfaPageFactory(parent=PfaIndexPageFactory(parent=home_page))
    finder = GuidanceFinderPageFactory(parent=home_page)
    linked = home_page.get_children().get(slug="sen-support")  # has the "Part of" sidebar
    paths = [
        f"{pathway_url.removeprefix(site_server)}",
        f"{PathwayIndexPage.objects.get().url}?audience=x",
        f"{provision.get_parent().url}?age=x",
        provision.url,
        f"{provision.url}print/",
        adulthood.get_parent().url,
        f"{adulthood.url}?audience=young-people",
        finder.url,
        linked.url,
    ]
    urls = [site_server + path for path in paths]

    results = [result for url in urls for result in axe_checker.check(url)]

    assert not any(result.violations for result in results), describe_violations(results)
