"""Security headers for every response.

Family pages get a strict Content Security Policy: scripts and styles only from our own files, no
inline code (so nothing injected into a page can run). Admin pages that show what families wrote
(comments, survey answers, contact details, "You said, we did") get an enforced policy too: their
scripts are all Wagtail's own files, but Wagtail sets style attributes, so inline styles (which
cannot run code) are allowed there, and Wagtail's previews frame the admin. The rest of the admin
relies on code we do not control and gets the family pages' policy in report-only mode;
everything else (frames, referrer) applies everywhere. Permissions-Policy comes from
django-permissions-policy (settings.PERMISSIONS_POLICY).
"""

from django.conf import settings

_FAMILY_PAGES_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'self'",
    "object-src": "'none'",
}
_FAMILY_TEXT_ADMIN_POLICY = {
    **_FAMILY_PAGES_POLICY,
    "style-src": "'self' 'unsafe-inline'",
    "frame-ancestors": "'self'",
}


def _header(policy):
    return "; ".join(f"{directive} {sources}" for directive, sources in policy.items())


CONTENT_SECURITY_POLICY = _header(_FAMILY_PAGES_POLICY)
FAMILY_TEXT_ADMIN_POLICY = _header(_FAMILY_TEXT_ADMIN_POLICY)
# Admin addresses that show families' words (feedback/viewsets.py, you_said_we_did/viewsets.py,
# and the routes that name their models: security/urls.py, snippet choosers).
FAMILY_TEXT_ADMIN_PREFIXES = (
    "/admin/feedback/",
    "/admin/you-said-we-did/",
    "/admin/snippets/choose/feedback/",
    "/admin/bulk/feedback/",
    "/admin/localize/api/snippets/feedback/",
)

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(FAMILY_TEXT_ADMIN_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", FAMILY_TEXT_ADMIN_POLICY)
        elif request.path.startswith(ADMIN_PREFIXES):
            response.headers.setdefault(
                "Content-Security-Policy-Report-Only", CONTENT_SECURITY_POLICY
            )
        else:
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        if settings.SECURE_REFERRER_POLICY:
            response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        return response
