"""Keyboard use of the controls other parts of the site add: the step-by-step navigation of a
pathway, the filters of a guidance finder, "Was this page helpful?" and the language switcher."""

import pytest
from wagtail.models import Locale

from localoffer.translation.translate import translate_page
from tests.pathways.factories import (
    GuidanceFinderPageFactory,
    PathwayIndexPageFactory,
    PathwayPageFactory,
    step,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def urls(site_server, home_page):
    pathway = PathwayPageFactory(
        parent=PathwayIndexPageFactory(parent=home_page),
        steps=[step("Talk to the school"), step("Ask the council for an assessment")],
    )
    finder = GuidanceFinderPageFactory(parent=home_page)
    translate_page(home_page, Locale.objects.get(language_code="pl"), {home_page.title: "Pomoc"})
    return {
        "home": site_server + home_page.url,
        "pathway": site_server + pathway.url,
        "finder": site_server + finder.url,
    }


def test_the_steps_of_a_pathway_open_one_by_one_or_all_at_once(urls, browser_page, keyboard):
    browser_page.goto(urls["pathway"])
    steps = browser_page.locator(".step-nav__details")

    keyboard.tab_to(".step-nav__toggle-all")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")
    assert all(steps.evaluate_all("steps => steps.map(step => step.open)"))
    browser_page.keyboard.press("Space")
    assert not any(steps.evaluate_all("steps => steps.map(step => step.open)"))

    keyboard.tab_to(".step-nav__summary")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")
    assert steps.evaluate_all("steps => steps.map(step => step.open)")[0]


def test_guidance_is_filtered_by_keyboard(urls, browser_page, keyboard):
    browser_page.goto(urls["finder"])

    keyboard.tab_to("select#id_area")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("ArrowDown")
    keyboard.tab_to(".filters button[type=submit]")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**area=*")

    assert browser_page.locator("select#id_area").input_value() != ""


def test_page_feedback_is_sent_by_keyboard_and_the_thanks_takes_focus(urls, browser_page, keyboard):
    browser_page.goto(urls["pathway"])

    keyboard.tab_to(".feedback .radios__input")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Space")
    keyboard.tab_to(".feedback textarea")
    keyboard.assert_focus_visible()
    browser_page.keyboard.type("The steps helped us plan.")
    keyboard.tab_to(".feedback button[type=submit]")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")

    thanks = browser_page.locator("#feedback-thanks")
    thanks.wait_for()
    assert browser_page.evaluate("() => document.activeElement.id") == "feedback-thanks"


def test_the_language_switcher_takes_a_family_to_their_language(urls, browser_page, keyboard):
    browser_page.goto(urls["home"])

    keyboard.tab_to(".language-switcher__link[hreflang=pl]")
    keyboard.assert_focus_visible()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/pl/**")

    assert browser_page.locator("html").get_attribute("lang") == "pl"
    assert browser_page.locator("h1").inner_text() == "Pomoc"
    current = browser_page.locator(".language-switcher__current")
    assert current.get_attribute("lang") == "pl"
    assert current.get_attribute("aria-current") == "true"
