"""Family pages, rendered once and kept in Django's cache for every visitor without a session.

What is cached: a GET of a page Wagtail serves (marked by this app's `before_serve_page` hook),
answered 200, that does not ask not to be cached and sets no cookie, for a visitor who has no
session or messages cookie, so the page is the same for every such visitor. Editors are logged in
and always see pages as they are. Pages behind a view restriction never qualify: a visitor
without a session cannot pass one, and Wagtail marks the password form `private`.

The key is the site's cache version, the language and the full address (host, path and query
string, so each set of filters or "thank you" message is a page of its own). Publishing,
unpublishing, moving or deleting any page, or publishing or unpublishing a snippet with drafts
(a "You said, we did" entry), sets a new version, retiring every cached page at once
(`signals.py`). A site-wide version rather than a list of affected pages, because a page shows
parts of others (navigation, "Part of" a pathway, latest updates, step links) and publishing is
rare beside reading, so the simple rule costs little and cannot miss a page.
Anything else a page shows that can change without a publish (a review marked with no changes,
a survey closing at midnight) is at most `PAGE_CACHE_SECONDS` old.

Each server process also keeps the pages it served last in its own memory (`MEMORY_PAGES`), in
front of the shared cache: a page asked for again is then not read and unpickled again. The key
holds the site version, read from the shared cache on every request, so a publish retires these
copies too; each keeps the expiry time of the shared copy.

Forms on cached pages keep Django's CSRF protection: the token in a cached page is a placeholder,
replaced on every hit by a token for the visitor's own CSRF cookie (which CsrfViewMiddleware
sets when a page uses one).
"""

import hashlib
import re
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import has_vary_header, patch_vary_headers
from django.utils.translation import get_language

VERSION_KEY = "page-cache:version"
CSRF_PLACEHOLDER = b"page-cache-csrf-token"
# How Django's {% csrf_token %} writes the token into a form.
_CSRF_TOKEN_VALUE = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
# Cookies that make a page personal: a session (a login, a passed password) or flash messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)
DO_NOT_STORE = ("private", "no-cache", "no-store")
# Set on the request by the `before_serve_page` hook: the response is a Wagtail page.
FAMILY_PAGE_MARK = "page_cache_family_page"
# In every page's key: a new release that changes `CachedPage` numbers it anew, so that no
# page kept by the release before is read back into the new shape.
PAGE_FORMAT = 2
# Pages each process keeps in memory: a few MB, for the pages families read most.
MEMORY_PAGES = 200


@dataclass(frozen=True)
class CachedPage:
    content: bytes
    headers: dict
    expires: float  # time.time() when the shared cache drops it

    @classmethod
    def of(cls, response, seconds):
        content = _CSRF_TOKEN_VALUE.sub(rb"\g<1>" + CSRF_PLACEHOLDER + rb"\g<2>", response.content)
        return cls(content, dict(response.headers), time.time() + seconds)

    def response_for(self, request):
        content = self.content
        if CSRF_PLACEHOLDER in content:
            content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content, headers=self.headers)
        # What a logged-in editor sees differs (Wagtail's user bar), as it does uncached, where
        # reading the session adds this.
        patch_vary_headers(response, ("Cookie",))
        return response


def may_serve_from_cache(request):
    """True for a GET from a visitor with nothing personal about them."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def may_store(request, response):
    """True for a family page that is the same for every visitor `may_serve_from_cache` lets in."""
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(request, FAMILY_PAGE_MARK, False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.session.modified  # the visitor is about to get a session
        and not any(directive in cache_control for directive in DO_NOT_STORE)
        and not has_vary_header(response, "Cookie")
    )


def key_for(request):
    """The page's key under the current version. Taken once per request, before rendering: a
    page rendered while a publish commits is then kept under the version the publish retires."""
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page-cache:{PAGE_FORMAT}:{site_version()}:{get_language()}:{address}"


class _MemoryPages:
    """The pages this process served last, most recent last (the oldest are dropped)."""

    def __init__(self, size):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()  # gunicorn's threads share it

    def get(self, key):
        with self.lock:
            page = self.pages.get(key)
            if page is None:
                return None
            if page.expires <= time.time():
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return page

    def put(self, key, page):
        with self.lock:
            self.pages[key] = page
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)


_memory = _MemoryPages(MEMORY_PAGES)


def fetch(key):
    page = _memory.get(key)
    if page is None:
        page = cache.get(key)
        if page is not None:
            _memory.put(key, page)
    return page


def keep(key, response):
    keep_value(key, CachedPage.of(response, settings.PAGE_CACHE_SECONDS))


def keep_value(key, value, seconds=None):
    """Keep `value` (a `CachedPage`, or anything with its `expires`) in the shared cache and in
    this process's memory, for `fetch`."""
    cache.set(key, value, settings.PAGE_CACHE_SECONDS if seconds is None else seconds)
    _memory.put(key, value)


def site_version():
    """The version every cached page's key holds. A fresh random value whenever the cache has
    none (a new or cleared cache), so a page from before can never match again."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_version(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def invalidate():
    """Retire every cached page."""
    cache.set(VERSION_KEY, _new_version(), timeout=None)


def _new_version():
    return uuid.uuid4().hex
