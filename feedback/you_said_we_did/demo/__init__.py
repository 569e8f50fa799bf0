"""Demo "You said, we did" for Anyshire: the public page, linked from the site footer, thirteen
published entries in every status and most topics, and two drafts still being written.

Runs after `feedback.demo`. Each entry links the demo comments with its words sent in its time
window (earliest first), so the same feedback always gives the same links; dates follow from
those comments. An entry that already exists (found by title) is left as it is. The page's words
are in `pages/`, the entries' in `entries.yaml`.
"""

import datetime
from pathlib import Path

from wagtail.models import Locale, Page

from feedback.models import (
    PageFeedback,
    SurveyQuestion,
    YouSaidWeDidChangedPage,
    YouSaidWeDidEntry,
)
from localoffer import calendar
from localoffer.calendar import date_of, start_of_day
from localoffer.demo.pages import read
from localoffer.privacy import redact

from ..choices import CLOSED_STATUSES

HERE = Path(__file__).resolve().parent
SLUG = "you-said-we-did"
COMMENTS_PER_ENTRY = 3


def load(demo):
    page = demo.pages(HERE / "pages")[SLUG]
    _add_to_footer(demo, page)
    locale = Locale.get_default()
    for spec in read(HERE / "entries.yaml"):
        if not YouSaidWeDidEntry.objects.filter(title=spec["title"], locale=locale).exists():
            _entry(demo.home, locale, **spec)


def _add_to_footer(demo, page):
    home = demo.home
    if any(link.value["page"].pk == page.pk for link in home.footer_links):
        return
    home.footer_links = [
        *((link.block_type, link.value) for link in home.footer_links),
        ("link", {"page": page, "label": ""}),
    ]
    demo.publish(home)


def _entry(
    home,
    locale,
    *,
    heard_days_ago,
    comment="",
    survey_question="",
    days_to_resolve=None,
    changed_pages=(),
    draft=False,
    **fields,
):
    today = calendar.today()
    comments = _comments(comment, since=today - datetime.timedelta(days=heard_days_ago))
    received_on = (
        date_of(comments[0].created_at)
        if comments
        else today - datetime.timedelta(days=heard_days_ago)
    )
    entry = YouSaidWeDidEntry(locale=locale, received_on=received_on, live=False, **fields)
    if entry.status in CLOSED_STATUSES:
        entry.resolved_on = min(received_on + datetime.timedelta(days=days_to_resolve), today)
    if not draft:
        # As if published when it was resolved, or when we first answered.
        entry.first_published_at = start_of_day(entry.resolved_on or received_on)
    entry.comments = comments
    entry.survey_questions = SurveyQuestion.objects.filter(question=survey_question, locale=locale)
    entry.changed_pages = [
        YouSaidWeDidChangedPage(page=page)
        for page in Page.objects.descendant_of(home).filter(slug__in=changed_pages)
    ]
    entry.full_clean()
    entry.save()
    revision = entry.save_revision()
    if not draft:
        revision.publish()


def _comments(words, *, since):
    if not words:
        return []
    return list(
        PageFeedback.objects.filter(
            comment=redact(words), created_at__gte=start_of_day(since)
        ).order_by("created_at", "pk")[:COMMENTS_PER_ENTRY]
    )
