"""Slow down password guessing on the admin login forms.

After MAX_FAILURES failed logins for one username, or from one client, within WINDOW_SECONDS,
further attempts are refused with 429 until the window passes. Counts live only in the cache, and
under keyed hashes: no username or IP address is stored anywhere.
"""

import hashlib
import hmac

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


def _cache_key(kind, value):
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256
    ).hexdigest()
    return f"login-failures:{digest}"


def _keys(request, username):
    client = request.META.get("REMOTE_ADDR", "") if request else ""
    return [_cache_key("user", username.strip().lower()), _cache_key("client", client)]


def is_throttled(request, username):
    return any((cache.get(key) or 0) >= MAX_FAILURES for key in _keys(request, username))


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    for key in _keys(request, credentials.get("username", "")):
        cache.add(key, 0, WINDOW_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, WINDOW_SECONDS)


@receiver(user_logged_in)
def forget_failures(sender, request, user, **kwargs):
    cache.delete_many(_keys(request, user.get_username()))


class LoginThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path in _login_paths()
            and is_throttled(request, request.POST.get("username", ""))
        ):
            return render(
                request,
                "security/login_throttled.html",
                {"minutes": WINDOW_SECONDS // 60},
                status=429,
            )
        return self.get_response(request)


def _login_paths():
    """The admin's sign-in pages, and the one for pages that need a login, in every language."""
    paths = {reverse("wagtailadmin_login"), reverse("admin:login")}
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            paths.add(reverse("wagtailcore_login"))
    return paths
