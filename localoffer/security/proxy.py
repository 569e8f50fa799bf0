"""Find the visitor's address behind the council's reverse proxies.

Rate limits (feedback, admin login) key on REMOTE_ADDR. Behind a proxy that is the proxy's
address, so every family would share one limit. With TRUSTED_PROXY_COUNT proxies in front of the
site, the real client is that many places from the right of X-Forwarded-For; anything further
left was written by the client and cannot be trusted. The address is only used in memory for
keyed hashes and is never stored.
"""

from django.conf import settings


def client_address(forwarded_for, remote_addr, trusted_proxies):
    if trusted_proxies <= 0 or not forwarded_for:
        return remote_addr
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    if len(hops) < trusted_proxies:
        return remote_addr
    return hops[-trusted_proxies]


class TrustedProxyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.trusted_proxies = settings.TRUSTED_PROXY_COUNT

    def __call__(self, request):
        request.META["REMOTE_ADDR"] = client_address(
            request.META.get("HTTP_X_FORWARDED_FOR", ""),
            request.META.get("REMOTE_ADDR", ""),
            self.trusted_proxies,
        )
        return self.get_response(request)
