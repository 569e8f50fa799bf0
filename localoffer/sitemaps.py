"""What search engines are told: a sitemap for each language the site offers, listed in one
sitemap index, and a robots.txt that names it.

Wagtail's sitemap lists the pages under the site's root page, which are the default language's
only (each language's home page is a sibling of the root page, not under it). So each language
gets its own sitemap of the pages under its home page.
"""

from django.contrib.sitemaps import views as django_sitemaps
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from localoffer.translation.locales import offered_languages


class LanguageSitemap(Sitemap):
    """The live, public pages of the current site in one language."""

    def __init__(self, request, language_code):
        super().__init__(request)
        self.language_code = language_code

    def items(self):
        home = (
            self.get_wagtail_site()
            .root_page.get_translations(inclusive=True)
            .filter(locale__in=Locale.objects.filter(language_code=self.language_code))
            .first()
        )
        if home is None:  # the site is not published in this language yet
            return Page.objects.none()
        return (
            home.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def language_sitemaps(request):
    return {code: LanguageSitemap(request, code) for code in offered_languages()}


@require_GET
def sitemap_index(request):
    return django_sitemaps.index(request, language_sitemaps(request), sitemap_url_name="sitemap")


@require_GET
def sitemap(request, section):
    """One language's sitemap; a language the site does not offer is "not found"."""
    return django_sitemaps.sitemap(request, language_sitemaps(request), section=section)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        # Editors' screens: nothing there for search engines.
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
