"""What a family's phone downloads for a page: the HTML, and the CSS, JavaScript and fonts it
needs, as the server sends them (compressed where WhiteNoise compresses); whether any of it comes
from another site; and whether each static file is fingerprinted and cached for a year."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

ACCEPT_COMPRESSED = {"Accept-Encoding": "br, gzip"}
FINGERPRINT = re.compile(r"\.[0-9a-f]{12}\.\w+$")
FONT_URL = re.compile(rb"url\(\s*['\"]?([^'\")]+\.(?:woff2?|ttf|otf))", re.IGNORECASE)
ONE_YEAR = 365 * 24 * 3600
COMPRESSIBLE = (".css", ".js")
# Below this, compressing saves nothing worth having, and WhiteNoise may not keep a compressed copy.
TOO_SMALL_TO_COMPRESS = 1024


@dataclass
class PageWeight:
    html_bytes: int = 0
    asset_bytes: int = 0
    third_party: list = field(default_factory=list)
    static_files: int = 0
    fingerprinted_for_a_year: int = 0
    compressible: int = 0
    compressed: int = 0

    @property
    def total_kb(self):
        return (self.html_bytes + self.asset_bytes) / 1024


class _Resources(HTMLParser):
    """The stylesheets and scripts a page loads, and every address it would fetch from."""

    def __init__(self):
        super().__init__()
        self.assets, self.fetched = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        address = attrs.get("src") if tag in ("script", "img", "iframe", "source") else None
        if tag == "link":
            address = attrs.get("href")
            if "stylesheet" in (attrs.get("rel") or "").split():
                self.assets.append(address)
        elif tag == "script" and address:
            self.assets.append(address)
        if address:
            self.fetched.append(address)


def weigh(server, path):
    _status, _headers, html = server.get(path)
    resources = _Resources()
    resources.feed(html.decode())
    weight = PageWeight(html_bytes=len(html))
    site = urlparse(server.url("/")).netloc
    weight.third_party = [
        address for address in resources.fetched if urlparse(address).netloc not in ("", site)
    ]
    assets = list(resources.assets)
    for address in assets:
        body = _fetch_static(server, address, weight)
        if address.endswith(".css"):
            # Fonts the stylesheet needs, relative to it.
            assets += [urljoin(address, font.decode()) for font in FONT_URL.findall(body)]
    return weight


def _fetch_static(server, address, weight):
    _status, headers, body = server.get(urlparse(address).path, ACCEPT_COMPRESSED)
    weight.asset_bytes += len(body)
    weight.static_files += 1
    cache_control = headers.get("Cache-Control", "")
    max_age = re.search(r"max-age=(\d+)", cache_control)
    if FINGERPRINT.search(address) and max_age and int(max_age.group(1)) >= ONE_YEAR:
        weight.fingerprinted_for_a_year += 1
    compressed = headers.get("Content-Encoding") in ("br", "gzip")
    if address.endswith(COMPRESSIBLE) and (compressed or len(body) >= TOO_SMALL_TO_COMPRESS):
        weight.compressible += 1
        weight.compressed += compressed
    return body
