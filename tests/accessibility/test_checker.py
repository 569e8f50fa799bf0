"""The checker's parts that need no browser; tests/browser runs it in Chromium."""

from pathlib import Path

import pytest

from localoffer.accessibility.checker import (
    AxeChecker,
    CheckerUnavailable,
    PageResult,
    Violation,
    axe_script_path,
    chromium_path,
    describe_violations,
    violations_by_rule,
)

from .factories import CONTRAST, IMAGE_ALT


def result(url, width, *violations):
    return PageResult(
        url=url,
        width=width,
        status=200,
        violations=tuple(Violation(**v) for v in violations),
        axe_version="4.14.1",
    )


RESULTS = [
    result("http://s/", 1280, IMAGE_ALT, CONTRAST),
    result("http://s/", 320, IMAGE_ALT),
    result("http://s/about/", 320),
]


def test_violations_are_grouped_by_rule_across_pages():
    grouped = violations_by_rule(RESULTS)

    assert list(grouped) == ["color-contrast", "image-alt"]
    assert [(page.url, page.width) for page, _violation in grouped["image-alt"]] == [
        ("http://s/", 1280),
        ("http://s/", 320),
    ]


def test_description_names_the_rule_then_each_page_width_and_element():
    assert describe_violations(RESULTS).splitlines() == [
        "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds",
        "  http://s/ at 1280px: .hint",
        '    <span class="hint">',
        "    Fix any of the following: Element has insufficient color contrast of 3.1",
        "  How to fix: https://dequeuniversity.com/rules/axe/4.14/color-contrast",
        "image-alt (critical): Elements must meet minimum color contrast ratio thresholds",
        "  http://s/ at 1280px: img",
        '    <span class="hint">',
        "    Fix any of the following: Element has insufficient color contrast of 3.1",
        "  http://s/ at 320px: img",
        '    <span class="hint">',
        "    Fix any of the following: Element has insufficient color contrast of 3.1",
        "  How to fix: https://dequeuniversity.com/rules/axe/4.14/color-contrast",
    ]


def test_chromium_and_axe_core_can_be_found_elsewhere(monkeypatch, settings):
    monkeypatch.setenv("CHROMIUM", "/opt/chromium/chrome")
    monkeypatch.delenv("AXE_CORE_JS", raising=False)

    assert chromium_path() == Path("/opt/chromium/chrome")
    assert axe_script_path() == settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"

    monkeypatch.setenv("AXE_CORE_JS", "/srv/axe.min.js")
    assert axe_script_path() == Path("/srv/axe.min.js")


def test_without_axe_core_the_checker_says_how_to_install_it(tmp_path):
    with (
        pytest.raises(CheckerUnavailable, match="Run `make install`"),
        AxeChecker(axe_script=tmp_path / "missing.js"),
    ):
        pass


def test_without_chromium_the_checker_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-chromium"))

    with pytest.raises(CheckerUnavailable, match="Install Debian's chromium package"), AxeChecker():
        pass
