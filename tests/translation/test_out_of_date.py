import pytest
import time_machine
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from localoffer.content_review.models import ReviewStatus
from localoffer.translation.out_of_date import is_newer_source_of, translation_behind_source
from tests.translation.conftest import soup

pytestmark = pytest.mark.django_db


def _publish_later(page, minutes=5):
    """Publish the page again a little later (publishing within the same clock tick as the last
    synchronisation would not count as newer)."""
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=minutes), tick=False):
        page.save_revision().publish()


def _synchronise(page, locale):
    """What an editor does with "Sync translated pages": take a new copy of the source, and
    publish the translation made from it."""
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=10), tick=False):
        source = TranslationSource.objects.get_for_instance(page)
        source.update_from_db()
        translation = Translation.objects.get(source=source, target_locale=locale)
        translation.source.create_or_update_translation(locale, publish=False, fallback=True)
        page.get_translation(locale).get_latest_revision().publish()


def _behind(page):
    return Page.objects.filter(translation_behind_source(), pk=page.pk).exists()


class TestTheRule:
    def test_a_fresh_translation_is_not_behind(self, guidance, polish_guidance):
        assert not _behind(polish_guidance)
        assert not _behind(guidance)  # a source page is never "behind" itself

    def test_a_translation_is_behind_once_its_source_is_published_again(
        self, guidance, polish_guidance
    ):
        _publish_later(guidance)
        assert _behind(polish_guidance)
        sources = Page.objects.filter(is_newer_source_of(polish_guidance.locale_id))
        assert list(sources) == [guidance.page_ptr]

    def test_synchronising_brings_it_up_to_date(self, guidance, polish_guidance, locales):
        _publish_later(guidance)
        _synchronise(guidance, locales["pl"])
        assert not _behind(polish_guidance)

    def test_a_translation_no_longer_managed_by_wagtail_localize_is_never_behind(
        self, guidance, polish_guidance
    ):
        # "Stop synced translation": editors now edit the translation by hand.
        Translation.objects.update(enabled=False)
        _publish_later(guidance)
        assert not _behind(polish_guidance)

    def test_the_content_review_report_uses_the_same_rule(self, guidance, polish_guidance):
        _publish_later(guidance)
        statuses = ReviewStatus.objects.with_translation_status()
        assert statuses.get(page=polish_guidance).translation_behind_source
        assert not statuses.get(page=guidance).translation_behind_source


def _notice(client, url):
    return soup(client.get(url)).select_one(".translation-notice")


def test_the_notice_appears_after_a_source_change_and_goes_after_synchronisation(
    client, guidance, polish_guidance, locales
):
    assert _notice(client, "/pl/short-breaks/") is None
    _publish_later(guidance)
    notice = _notice(client, "/pl/short-breaks/")
    assert notice is not None
    link = notice.find("a")
    assert (link["href"], link["hreflang"]) == ("/short-breaks/", "en-gb")
    english_title = link.find("span", lang="en-gb")
    assert (english_title.get_text(), english_title["dir"]) == ("Short breaks", "ltr")
    _synchronise(guidance, locales["pl"])
    assert _notice(client, "/pl/short-breaks/") is None


def test_the_english_page_never_shows_the_notice(client, guidance, polish_guidance):
    _publish_later(guidance)
    assert _notice(client, "/short-breaks/") is None
