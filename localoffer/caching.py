"""Cache backends that degrade instead of failing.

The site only ever uses its caches to go faster: a page, a search, the list of restricted pages
can always be made again. So when a cache cannot be read or written (a full disk, a folder the
site may not write to, Redis down), the site carries on without it: reads miss, writes are
dropped, and families get their pages uncached. The error is logged at most once a minute per
cache, not once per request, so a broken cache does not flood the log either. `/healthz`
(localoffer/health.py) still reports it.

Use these classes in CACHES in place of Django's own (settings/base.py does).
"""

import logging
import threading
import time

from django.core.cache.backends import filebased, locmem, redis

logger = logging.getLogger(__name__)

LOG_EVERY_SECONDS = 60

_last_logged = {}
_lock = threading.Lock()


def _log_at_most_once_a_minute(cache, operation):
    name = f"{type(cache).__name__}:{getattr(cache, '_dir', '') or getattr(cache, '_servers', '')}"
    now = time.monotonic()
    with _lock:
        if now - _last_logged.get(name, -LOG_EVERY_SECONDS) < LOG_EVERY_SECONDS:
            return
        _last_logged[name] = now
    logger.exception(
        "The cache could not be used (%s); carrying on without it", operation, extra={"cache": name}
    )


def _forgiving(method_name, fallback):
    def method(self, *args, **kwargs):
        try:
            return getattr(super(Forgiving, self), method_name)(*args, **kwargs)
        except ValueError:
            raise  # incr() and decr() of a missing key: part of the API, not a failure
        except Exception:
            _log_at_most_once_a_minute(self, method_name)
            return fallback(*args, **kwargs)

    method.__name__ = method_name
    return method


def _default(key, default=None, *args, **kwargs):
    return default


def _nothing(*args, **kwargs):
    return None


def _not_done(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _all_keys(keys, *args, **kwargs):
    return list(keys)


def _delta(key, delta=1, *args, **kwargs):
    # A count that cannot be kept is taken as the first: rate limits let the request through.
    return delta


class Forgiving:
    get = _forgiving("get", _default)
    get_many = _forgiving("get_many", _empty)
    has_key = _forgiving("has_key", _not_done)
    set = _forgiving("set", _nothing)
    set_many = _forgiving("set_many", _all_keys)
    add = _forgiving("add", _not_done)
    touch = _forgiving("touch", _not_done)
    incr = _forgiving("incr", _delta)
    delete = _forgiving("delete", _not_done)
    delete_many = _forgiving("delete_many", _nothing)
    clear = _forgiving("clear", _nothing)


class FileBasedCache(Forgiving, filebased.FileBasedCache):
    def _createdir(self):
        # Django makes the folder as soon as the cache is first used in a process, before any
        # read or write: a folder that cannot be made must not fail every request either.
        try:
            super()._createdir()
        except OSError:
            _log_at_most_once_a_minute(self, "make its folder")


class RedisCache(Forgiving, redis.RedisCache):
    pass


class LocMemCache(Forgiving, locmem.LocMemCache):
    pass
