from . import store


class PageCacheMiddleware:
    """Answers family pages from the cache when it may (see `store`), and keeps those it renders.

    Comes after LocaleMiddleware (the key holds the language) and CsrfViewMiddleware (which sets
    the cookie for the token put into a cached page); a system check says so if it does not.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not store.may_serve_from_cache(request):
            return self.get_response(request)
        key = store.key_for(request)
        cached = store.fetch(key)
        if cached is not None:
            return cached.response_for(request)
        response = self.get_response(request)
        if store.may_store(request, response):
            store.keep(key, response)
        return response
