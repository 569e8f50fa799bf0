"""Languages at a glance: every English page against every other language of the site, each
cell translated and current, behind its source (since the first publish of the English page after
the translation was last synchronised), or not translated. wagtail-localize has no such view.

The states come from one query: an annotation per language (`with_language_states`), so the
report filters and counts in the database; "behind since" and the translations' own pages are
looked up for the rows shown, two queries whatever their number.
"""

from django.db.models import Case, CharField, Exists, Min, OuterRef, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import TranslationSource

from localoffer.translation.out_of_date import is_newer_source_of

CURRENT = "current"
BEHIND = "behind"
MISSING = "missing"
STATE_CHOICES = [
    (CURRENT, _("Translated and current")),
    (BEHIND, _("Behind its source")),
    (MISSING, _("Not translated")),
]
STATE_LABELS = dict(STATE_CHOICES)


def other_locales():
    """The site's languages other than the default (English), in a fixed order."""
    return list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))


def state_field(locale):
    """The annotation naming one language's state on each row."""
    return f"language_{locale.pk}"


def with_language_states(statuses, locales):
    """Annotate ReviewStatus rows of source pages with each language's state (`state_field`):
    not translated (no live page of the same translation key), behind its source (the rule of
    `localoffer.translation.out_of_date`), or translated and current."""
    annotations = {}
    for locale in locales:
        translated = Exists(
            Page.objects.filter(
                translation_key=OuterRef("page__translation_key"), locale_id=locale.pk, live=True
            )
        )
        annotations[state_field(locale)] = Case(
            When(~translated, then=Value(MISSING)),
            When(is_newer_source_of(locale.pk, page="page__"), then=Value(BEHIND)),
            default=Value(CURRENT),
            output_field=CharField(),
        )
    return statuses.annotate(**annotations)


def in_state(statuses, state, locales):
    """Rows in `state` in any of `locales` (all of them, for "translated and current")."""
    fields = [state_field(locale) for locale in locales]
    if state == CURRENT:
        return statuses.filter(**dict.fromkeys(fields, CURRENT))
    condition = Q()
    for field in fields:
        condition |= Q(**{field: state})
    return statuses.filter(condition)


def decorate(statuses, locales):
    """Give each row (a list of annotated ReviewStatus) `translations` ({locale id: page id})
    and `behind_since`: when the source was first published after its translations were last
    synchronised (its last publish where the log has no entry)."""
    keys = {status.page.translation_key for status in statuses}
    translations = {}
    for key, locale_id, page_id in Page.objects.filter(
        translation_key__in=keys, locale__in=locales
    ).values_list("translation_key", "locale_id", "pk"):
        translations.setdefault(key, {})[locale_id] = page_id
    behind = [
        status.page_id
        for status in statuses
        if any(getattr(status, state_field(locale)) == BEHIND for locale in locales)
    ]
    since = dict(
        Page.objects.filter(pk__in=behind)
        .annotate(since=_first_publish_since_last_sync())
        .values_list("pk", "since")
    )
    for status in statuses:
        status.translations = translations.get(status.page.translation_key, {})
        status.behind_since = since.get(status.page_id)
    return statuses


def _first_publish_since_last_sync():
    last_sync = TranslationSource.objects.filter(
        object_id=OuterRef(OuterRef("translation_key")), locale_id=OuterRef(OuterRef("locale_id"))
    ).values("last_updated_at")[:1]
    first_publish = (
        PageLogEntry.objects.filter(
            page_id=OuterRef("pk"), action="wagtail.publish", timestamp__gt=last_sync
        )
        .order_by()
        .values("page_id")
        .annotate(first=Min("timestamp"))
        .values("first")
    )
    return Coalesce(first_publish, "last_published_at")
