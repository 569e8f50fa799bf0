"""The site's one rate limiter: feedback forms, surveys and the sign-in throttle count here.

Counts live in a cache of their own (the `rate_limits` alias in CACHES), never in the cache that
holds pages: a visitor asking for thousands of addresses would otherwise push a blocked client's
count out and start again from nothing. In production that cache is Redis, shared by every
worker and server (README).

A client is known only by a keyed hash of its address (after the trusted proxies, see proxy.py):
never by its user agent, which a client changes at will, and never stored anywhere. Whatever else
is counted (a username tried at the sign-in) is hashed the same way.

Why not django-ratelimit: its counters cannot be reset (a successful sign-in clears the failures
counted against that account), and its system check refuses the file cache a single server runs
with.
"""

import time

from django.core.cache import caches
from django.utils.crypto import salted_hmac

CACHE = "rate_limits"


def client_key(request):
    """A keyed hash of the client's address: the same client gets the same key, which cannot be
    turned back into an address."""
    return keyed("client", request.META.get("REMOTE_ADDR", ""))


def keyed(kind, value):
    return salted_hmac(f"localoffer.rate_limits.{kind}", value).hexdigest()


class Limit:
    """At most `requests` in each window of `seconds`, per key, for one `group` of requests."""

    def __init__(self, group, requests, seconds):
        self.group, self.requests, self.seconds = group, requests, seconds

    @classmethod
    def from_setting(cls, group, setting):
        return cls(group, setting["requests"], setting["seconds"])

    def _cache_key(self, key):
        return f"rate:{self.group}:{key}:{int(time.time() // self.seconds)}"

    def count(self, key):
        """Count one more for `key`; the number counted in this window, this one included."""
        store, cache_key = caches[CACHE], self._cache_key(key)
        store.add(cache_key, 0, timeout=self.seconds)
        try:
            return store.incr(cache_key)
        except ValueError:  # the window ended between add() and incr()
            store.set(cache_key, 1, timeout=self.seconds)
            return 1

    def counted(self, key):
        return caches[CACHE].get(self._cache_key(key), 0)

    def exceeded_by(self, key):
        """Count one more for `key`; True once more than `requests` were counted."""
        return self.count(key) > self.requests

    def reached(self, key):
        """True if `requests` were counted for `key` already (nothing is counted)."""
        return self.counted(key) >= self.requests

    def forget(self, key):
        caches[CACHE].delete(self._cache_key(key))


def seen_before(kind, request, *values, seconds):
    """True if this client sent exactly these values in the last `seconds` (a double click)."""
    return not caches[CACHE].add(_seen_key(kind, request, values), True, timeout=seconds)


def forget_seen(kind, request, *values):
    caches[CACHE].delete(_seen_key(kind, request, values))


def _seen_key(kind, request, values):
    return f"seen:{kind}:{keyed(kind, '|'.join([client_key(request), *map(str, values)]))}"
