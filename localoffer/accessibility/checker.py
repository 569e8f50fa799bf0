"""Accessibility checks in a real browser: headless Chromium runs axe-core on each page, at the
widths families use.

Debian's Chromium is driven by Playwright (no browser download), and axe-core comes from the
pinned npm package that `make axe-core` (and so `make test`) puts in node_modules/. One checker
opens one browser for many pages, which keeps a whole-site run quick:

    with AxeChecker() as checker:
        results = checker.check("http://127.0.0.1:8000/")
"""

import os
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

# WCAG 2.2 AA, as the public sector accessibility regulations require. axe-core tags each rule
# with the version that added it, so all six tags together make the whole of 2.2 A and AA.
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa")
# A laptop, and the narrowest screen the reflow criterion (WCAG 1.4.10) asks pages to fit.
WIDTHS = (1280, 320)
VIEWPORT_HEIGHT = 800

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Servers and CI machines may have no internet: stop Chromium phoning home for updates,
    # sync and field trials, which only fills the logs with refused connections.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGE_TIMEOUT_MS = 30_000
# Enough of an element's HTML to find it in a template; some elements hold whole sections.
HTML_SNIPPET_LENGTH = 300


def chromium_path():
    return Path(os.environ.get("CHROMIUM") or DEFAULT_CHROMIUM)


def axe_script_path():
    return Path(
        os.environ.get("AXE_CORE_JS")
        or settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
    )


class CheckerUnavailable(Exception):
    """Chromium or axe-core is missing; the message says how to install it."""


class PageLoadError(Exception):
    """The browser could not load a page (for instance, no site is running at that address)."""


@dataclass(frozen=True)
class Violation:
    """One element breaking one axe-core rule."""

    rule: str
    impact: str
    description: str
    help_url: str
    element: str  # the CSS selector axe-core gives for the element
    html: str  # the start of the element's HTML, to find it in a template
    summary: str  # what to fix, such as the contrast ratio found and the one needed

    def as_dict(self):
        return asdict(self)


@dataclass(frozen=True)
class PageResult:
    """What axe-core found on one page at one width."""

    url: str
    width: int
    status: int  # the HTTP status the page was served with
    violations: tuple[Violation, ...]
    axe_version: str


def launch_chromium(playwright, chromium=None):
    """Debian's Chromium, headless, driven by Playwright (which downloads no browser itself)."""
    chromium = Path(chromium or chromium_path())
    if not chromium.exists():
        raise CheckerUnavailable(
            f"Chromium is not at {chromium}. Install Debian's chromium package "
            "(scripts/ensure-chromium does it) or set CHROMIUM to its path."
        )
    try:
        return playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
    except PlaywrightError as error:
        raise CheckerUnavailable(f"Chromium at {chromium} did not start: {error}") from error


class AxeChecker:
    """Opens its own browser, or with `browser` a tab in one already open (which it leaves open:
    the test suite shares one browser between many checks)."""

    def __init__(self, *, axe_script=None, tags=WCAG_TAGS, browser=None):
        self.axe_script = Path(axe_script or axe_script_path())
        self.tags = list(tags)
        self._shared_browser = browser

    def __enter__(self):
        if not self.axe_script.exists():
            raise CheckerUnavailable(
                f"axe-core is not at {self.axe_script}. Run `make install`, or set AXE_CORE_JS "
                "to the path of axe.min.js."
            )
        self._playwright = None
        self._browser = self._shared_browser
        if self._browser is None:
            self._playwright = sync_playwright().start()
            try:
                self._browser = launch_chromium(self._playwright)
            except CheckerUnavailable:
                self._playwright.stop()
                raise
        # axe-core is added to every page the checker opens, before the page's own scripts.
        # Bypassing the page's Content Security Policy lets it run on pages that allow no
        # inline scripts, as ours should.
        self._context = self._browser.new_context(bypass_csp=True)
        self._context.add_init_script(path=self.axe_script)
        self._context.set_default_timeout(PAGE_TIMEOUT_MS)
        self._page = self._context.new_page()
        return self

    def __exit__(self, *exc_info):
        self._context.close()
        if self._playwright:
            self._browser.close()
            self._playwright.stop()

    def check(self, url, widths=WIDTHS, *, html=None, html_status=200):
        """Load `url` once and run axe-core on it at each width; one PageResult per width.

        With `html`, the browser is given that document (with `html_status`) for `url` instead of
        asking the server: for pages that cannot be asked for on demand, such as the 500 page.
        Its styles and images still come from the server."""
        if html is not None:
            self._page.route(
                url,
                lambda route: route.fulfill(
                    status=html_status, content_type="text/html; charset=utf-8", body=html
                ),
            )
        try:
            response = self._page.goto(url, wait_until="load")
        except PlaywrightError as error:
            raise PageLoadError(f"Could not open {url}: {error.message.splitlines()[0]}") from error
        finally:
            if html is not None:
                self._page.unroute(url)
        return [self._run_axe(url, width, response.status) for width in widths]

    def _run_axe(self, url, width, status):
        self._page.set_viewport_size({"width": width, "height": VIEWPORT_HEIGHT})
        report = self._page.evaluate(
            """tags => axe.run(document, {
                runOnly: {type: "tag", values: tags},
                resultTypes: ["violations"],
            })""",
            self.tags,
        )
        return PageResult(
            url=url,
            width=width,
            status=status,
            violations=tuple(_violations(report)),
            axe_version=report["testEngine"]["version"],
        )


def _violations(report):
    for rule in report["violations"]:
        for node in rule["nodes"]:
            yield Violation(
                rule=rule["id"],
                impact=node.get("impact") or rule.get("impact") or "",
                description=rule["help"],
                help_url=rule["helpUrl"],
                element=" ".join(_flatten(node["target"])),
                html=node["html"][:HTML_SNIPPET_LENGTH],
                summary=node.get("failureSummary") or "",
            )


def _flatten(target):
    # Selectors into iframes and shadow roots come as nested lists.
    for part in target:
        if isinstance(part, str):
            yield part
        else:
            yield from _flatten(part)


def violations_by_rule(results):
    """{rule: [(result, violation), ...]} across many page results, rules in alphabetical order."""
    grouped = defaultdict(list)
    for result in results:
        for violation in result.violations:
            grouped[violation.rule].append((result, violation))
    return dict(sorted(grouped.items()))


def describe_violations(results):
    """Violations grouped by rule, each with the page, width and element: for people to read."""
    lines = []
    for rule, found in violations_by_rule(results).items():
        first = found[0][1]
        lines.append(f"{rule} ({first.impact}): {first.description}")
        for result, violation in found:
            lines += [
                f"  {result.url} at {result.width}px: {violation.element}",
                f"    {violation.html}",
                f"    {' '.join(violation.summary.split())}",
            ]
        lines.append(f"  How to fix: {first.help_url}")
    return "\n".join(lines)
