"""Slow down password guessing on the admin login forms.

After MAX_FAILURES failed logins for one username, or from one client, within WINDOW_SECONDS,
further attempts are refused with 429 until the window passes. Counts live only in the rate
limits' own cache (rate_limits.py), under keyed hashes: no username or address is stored.
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from . import rate_limits

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60
FAILURES = rate_limits.Limit("login-failures", MAX_FAILURES, WINDOW_SECONDS)


def _keys(request, username):
    keys = [rate_limits.keyed("username", username.strip().lower())]
    if request is not None:
        keys.append(rate_limits.client_key(request))
    return keys


def is_throttled(request, username):
    return any(FAILURES.reached(key) for key in _keys(request, username))


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    for key in _keys(request, credentials.get("username", "")):
        FAILURES.count(key)


@receiver(user_logged_in)
def forget_failures(sender, request, user, **kwargs):
    for key in _keys(request, user.get_username()):
        FAILURES.forget(key)


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
