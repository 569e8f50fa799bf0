from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from localoffer import page_passwords, sitemaps
from localoffer.directory.api import api as oruk_api
from localoffer.directory.api import open_to_all_origins
from localoffer.health import healthz

oruk_urls, oruk_app, oruk_namespace = oruk_api.urls

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", sitemaps.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap-index"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap, name="sitemap"),
    path("django-admin/", admin.site.urls),
    # First: these stand in front of admin views that would show any model's records to anyone.
    path("admin/", include("localoffer.security.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Open Referral UK: the directory for other councils and national services (no language).
    path(
        "api/oruk/",
        include(
            (decorate_urlpatterns(oruk_urls, open_to_all_origins), oruk_app),
            namespace=oruk_namespace,
        ),
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Family-facing URLs carry the language (/pl/..., /ar/...), except English, which has none.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("feedback/", include("feedback.urls")),
    # Takes the place of Wagtail's own view at this address (see localoffer/page_passwords.py).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_passwords.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
