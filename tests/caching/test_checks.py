"""The page cache's middleware must come after the middleware it relies on."""

from localoffer.page_cache.checks import MIDDLEWARE, middleware_order_check


def test_the_site_settings_pass(settings):
    assert middleware_order_check(None) == []


def test_the_page_cache_before_the_csrf_middleware_is_an_error(settings):
    others = [name for name in settings.MIDDLEWARE if name != MIDDLEWARE]
    csrf = others.index("django.middleware.csrf.CsrfViewMiddleware")
    settings.MIDDLEWARE = [*others[:csrf], MIDDLEWARE, *others[csrf:]]

    errors = middleware_order_check(None)

    assert [error.id for error in errors] == ["page_cache.E001"]
    assert "CsrfViewMiddleware" in errors[0].msg
