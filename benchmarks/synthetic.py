"""A synthetic Local Offer for the benchmarks: a site of N pages of the real page types, written in
the demo site's plain English, with R ratings, in the database LOCALOFFER_VAR_DIR names.

    LOCALOFFER_VAR_DIR=var/bench/site-1000 DJANGO_SETTINGS_MODULE=localoffer.settings.bench \\
        .venv/bin/python -m benchmarks.site_steps build --pages 1000 --ratings 100000

The tree is planned here, with each page's treebeard path, depth and URL path worked out in
Python, then written with a few bulk INSERTs: `add_child` one page at a time takes minutes at
10,000 pages. Treebeard's own `find_problems` then checks the result. A page type that is not in
the tree yet is skipped with a note. Ends by writing `site.json`: the addresses the benchmarks
request, and how long building took.
"""

import datetime
import json
import random
import re
import time
import uuid
from collections import defaultdict
from decimal import Decimal
from importlib import import_module
from itertools import cycle
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page, ReferenceIndex, TranslatableMixin

from home.models import AudienceRoute, StandardPage
from localoffer import calendar
from localoffer.content_review import bands
from localoffer.content_review.models import Owner, ReviewStatus
from localoffer.demo import DemoSite
from localoffer.demo.pages import page_files
from localoffer.taxonomy import Audience

SEED = 2014
# Most generated pages are local versions of the demo's guidance, as a council's Local Offer
# repeats services town by town.
PLACES = [
    "Northbridge", "Eastmoor", "Westford", "Southwold Cross", "Kingsmere", "Ashby Vale",
    "Brackenford", "Cold Harbour", "Deanfield", "Elmstead", "Fairholme", "Greystone",
    "Hartwell", "Ivybridge Green", "Juniper Hill", "Kestrel Park", "Longmeadow", "Millbrook",
    "Netherby", "Oakhurst", "Pennington", "Queensway", "Redbank", "Stonecross", "Thornbury",
]  # fmt: skip
TEAMS = ["SEND team", "Inclusion team", "Short breaks team", "Transport team", "Health"]
PATHWAY_STEPS = 12
# One pathway for every this many pages; each of its steps sends families to a guidance page.
PAGES_PER_PATHWAY = 100
# Shares of ratings given 1 to 5 ("Very poor" to "Very good"), and with a comment.
RATING_WEIGHTS = [6, 9, 15, 35, 35]
COMMENT_SHARE = 0.15
RATING_BATCH = 20_000
ENTRIES_EVERY = 50  # pages for each "You said, we did" entry
# One English guidance page in this many has a translation into each language.
TRANSLATED_EVERY = {"pl": 3, "ar": 6, "ur": 6}
COMMENTS_PER_ENTRY = 20
COMMENTS = [
    "Clear and easy to follow. I knew what to do next.",
    "Short and to the point. I read it on my phone on the school run.",
    "Some of this helped, but I still do not know who to ask about transport.",
    "Too many words. A checklist at the top would help.",
    "Please say how long the waiting list is now.",
    "The phone number was just what I needed. Thank you.",
]


def note(message):
    print(f"  note: {message}", flush=True)


def optional(dotted_name):
    """A module, or a name in one, that may not be in the tree yet; None (with a note) if not."""
    module_name, _, name = dotted_name.rpartition(".")
    try:
        try:
            return import_module(dotted_name)
        except ModuleNotFoundError:
            return getattr(import_module(module_name), name)
    except (ImportError, AttributeError) as error:
        note(f"{dotted_name} is not available ({error}): skipped")
        return None


class Tree:
    """New pages planned under existing ones, then written in bulk."""

    def __init__(self, home, now, rng):
        self.home = home
        self.now = now
        self.rng = rng
        self.next_id = Page.objects.order_by("-id").values_list("id", flat=True).first() + 1
        self.children = defaultdict(int, {home.pk: home.numchild})
        self.pages = []
        self.rows = []  # (model, objects) that belong to the pages, written after them

    def add(self, parent, page, *, in_menu=False):
        number = self.children[parent.pk] + 1
        self.children[parent.pk] = number
        page.id = page.page_ptr_id = self.next_id
        self.next_id += 1
        page.slug = page.slug or slugify(page.title)[:80]
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, number)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = ContentType.objects.get_for_model(page)
        page.locale_id = self.home.locale_id
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.show_in_menus = in_menu
        first = self.now - datetime.timedelta(days=self.rng.randint(200, 1100))
        page.first_published_at = first
        page.last_published_at = first + datetime.timedelta(days=self.rng.randint(0, 190))
        self.pages.append(page)
        return page

    def url(self, page):
        """The page's address on the site (its URL path without the home page's slug)."""
        return page.url_path[len(self.home.url_path) - 1 :]

    def write(self):
        for page in self.pages:
            page.numchild = self.children[page.pk]
        _insert(Page, self.pages, Page._meta.local_concrete_fields)
        by_type = defaultdict(list)
        for page in self.pages:
            by_type[type(page)].append(page)
        for model, pages in by_type.items():
            _insert(model, pages, model._meta.local_concrete_fields)
        Page.objects.filter(pk=self.home.pk).update(numchild=self.children[self.home.pk])
        for model, objects in self.rows:
            if issubclass(model, TranslatableMixin):  # rows of a page, in the page's language
                for row in objects:
                    row.locale_id = self.home.locale_id
            model.objects.bulk_create(objects)


def _insert(model, objects, fields, batch=250):
    """INSERT the rows of one table (an inherited page type has one table per class)."""
    for start in range(0, len(objects), batch):
        model._base_manager._insert(objects[start : start + batch], fields=fields)


class Corpus:
    """The demo site's text, from its page files, to write pages with."""

    def __init__(self):
        files = page_files(Path(settings.BASE_DIR) / "home" / "demo" / "pages")
        parents = {page_file.address.rpartition("/")[0] for page_file in files}
        self.hubs, self.sections, self.guidance = [], [], []
        for page_file in files:
            data = page_file.data
            # (slug, title, summary, body) of each page
            text = (page_file.slug, data["title"], data["summary"], data["body"])
            if "/" in page_file.address:
                self.guidance.append(text)
            elif page_file.address in parents:
                self.sections.append(text)
            else:
                self.hubs.append(text)
        self.pathways = _pathways_text(Path(settings.BASE_DIR) / "pathways" / "demo" / "pages")

    def steps(self):
        """Every step of every demo pathway, without its links or an owner of its own."""
        return [
            {"timescale": "", "optional": False, **step, "links": [], "join": "", "owner": None}
            for spec in self.pathways.PATHWAYS
            for step in spec["steps"]
        ]


def _pathways_text(directory):
    """The pathways app's demo pages, in the shapes `_guidance_listings` and `_pathways` use."""
    if not directory.is_dir():
        note(f"{directory} is not available: skipped")
        return None
    files = page_files(directory)

    def listing(address):
        data = next(page_file.data for page_file in files if page_file.address == address)
        return (address, data["title"], data["summary"], data["intro"])

    def under(address):
        return [
            {"slug": page_file.slug, **page_file.data}
            for page_file in files
            if page_file.address.startswith(f"{address}/")
        ]

    finders = [
        {"slug": page_file.slug, **page_file.data}
        for page_file in files
        if page_file.data["type"] == "pathways.GuidanceFinderPage"
    ]
    return SimpleNamespace(
        PATHWAY_INDEX=listing("step-by-step-guides"),
        PROVISION_INDEX=listing("ordinarily-available-provision"),
        PFA_INDEX=listing("preparing-for-adulthood"),
        PROVISION=[
            {**spec, "area": spec["area_of_need"]}
            for spec in under("ordinarily-available-provision")
        ],
        ADULTHOOD=under("preparing-for-adulthood"),
        PATHWAYS=[
            {
                **spec,
                "ages": (spec["min_age"], spec["max_age"]),
                "areas": [area["value"] for area in spec["areas_of_need"]],
                "steps": [step["value"] for step in spec["steps"]],
            }
            for spec in under("step-by-step-guides")
        ],
        # Links to other demo pages become their words: the synthetic site has other pages.
        FINDERS=[
            {**spec, "intro": re.sub(r"</?p>|<a page=\"[\w-]+\">|</a>", "", spec["intro"])}
            for spec in finders
        ],
    )


def build(pages, ratings):
    rng = random.Random(SEED)
    now = timezone.now()
    started = time.perf_counter()
    with transaction.atomic():
        home = DemoSite(log=lambda *args: None).home
        owners = _owners()
        tree = Tree(home, now, rng)
        corpus = Corpus()
        urls = _plan(tree, corpus, owners, pages, rng)
        tree.write()
        _translations(tree, now, rng)
    built = time.perf_counter() - started
    problems = [problem for kind in Page.find_problems() for problem in kind]
    if problems:
        raise SystemExit(f"The generated page tree has problems: {problems[:10]}")
    with transaction.atomic():
        _review_statuses(owners, now, rng)
        _accessibility_checks(now, rng)
        _reference_index()
        _indicators(home, tree)
        rated = _ratings(ratings, now, rng)
        _you_said_we_did(pages, now, rng)
        _tallies()
    return {
        "pages": Page.objects.live().filter(depth__gt=1).count(),
        "ratings": rated,
        "urls": urls,
        "seconds": {"pages": round(built, 1), "total": round(time.perf_counter() - started, 1)},
    }


def _owners():
    return Owner.objects.bulk_create(
        Owner(
            name=f"{first} {last}",
            role="Service manager",
            team=TEAMS[number % len(TEAMS)],
            email=f"{first.lower()}.{last.lower()}@anyshire.example",
        )
        for number, (first, last) in enumerate(
            (first, last)
            for first in ("Sam", "Priya", "Tomasz", "Amina", "Jo")
            for last in ("Hughes", "Khan", "Nowak", "Okafor", "Reid")
        )
    )


def _plan(tree, corpus, owners, total, rng):
    """Plan every page; return the addresses the benchmarks request."""
    home = tree.home
    owner = cycle(owners).__next__

    def standard(parent, slug, title, summary, body, in_menu=False):
        page = StandardPage(
            slug=slug, title=title, summary=summary, body=body, content_owner=owner()
        )
        return tree.add(parent, page, in_menu=in_menu)

    hubs = [standard(home, *hub[:4], in_menu=True) for hub in corpus.hubs]
    sections = [standard(home, *section[:4], in_menu=True) for section in corpus.sections]
    tree.rows.append(
        (
            AudienceRoute,
            [
                AudienceRoute(
                    page_id=home.pk,
                    sort_order=number,
                    audience=audience,
                    heading=hub.title,
                    description=hub.summary[:200],
                    link_page_id=hub.pk,
                )
                for number, (hub, audience) in enumerate(zip(hubs, Audience.values, strict=False))
            ],
        )
    )
    listings = _guidance_listings(tree, corpus, owner)
    pathway_count = max(3, total // PAGES_PER_PATHWAY) if listings else 0
    guidance_count = total - 1 - len(tree.pages) - pathway_count
    guidance = _guidance(tree, corpus, standard, sections + hubs, guidance_count, rng)
    typical = guidance[0]  # under a section, as most guidance is
    urls = {"home": "/", "guidance": tree.url(typical)}
    if listings:
        index, provision, provision_filters = listings
        pathways = _pathways(tree, corpus, owner, index, guidance, pathway_count, rng, typical)
        urls["pathway"] = tree.url(pathways[0])
        urls["provision"] = tree.url(provision) + provision_filters
    urls["search"] = "/search/?q=ehc+plan"
    return urls


def _guidance_listings(tree, corpus, owner):
    """The pathways app's listing pages, with the provision and preparing for adulthood pages
    under theirs. Returns the pathway index, the provision index and filters to ask it for."""
    if corpus.pathways is None:
        return None
    content = corpus.pathways
    models = import_module("pathways.models")
    home = tree.home

    def listing(model, slug, title, summary, intro):
        return tree.add(
            home,
            model(slug=slug, title=title, summary=summary, intro=intro, content_owner=owner()),
        )

    pathway_index = listing(models.PathwayIndexPage, *content.PATHWAY_INDEX)
    provision_index = listing(models.ProvisionIndexPage, *content.PROVISION_INDEX)
    entries = []
    for spec in content.PROVISION:
        page = tree.add(
            provision_index,
            models.ProvisionPage(
                slug=spec["slug"],
                title=spec["title"],
                summary=spec["summary"],
                area_of_need=spec["area"],
                intro=spec["intro"],
                content_owner=owner(),
            ),
        )
        entries += [
            models.ProvisionEntry(page_id=page.pk, sort_order=number, **fields)
            for number, fields in enumerate(spec["entries"])
        ]
    pfa_index = listing(models.PfaIndexPage, *content.PFA_INDEX)
    items = []
    for spec in content.ADULTHOOD:
        page = tree.add(
            pfa_index,
            models.PfaPage(
                slug=spec["slug"],
                title=spec["title"],
                summary=spec["summary"],
                outcome=spec["outcome"],
                for_you=spec["for_you"],
                content_owner=owner(),
            ),
        )
        items += [
            models.PfaItem(page_id=page.pk, sort_order=number, **fields)
            for number, fields in enumerate(spec["items"])
        ]
    for spec in content.FINDERS:
        tree.add(
            home,
            models.GuidanceFinderPage(
                slug=spec["slug"],
                title=spec["title"],
                summary=spec["summary"],
                audience=spec["audience"],
                intro=f"<p>{spec['intro']}</p>",
                content_owner=owner(),
            ),
        )
    tree.rows += [(models.ProvisionEntry, entries), (models.PfaItem, items)]
    first = content.PROVISION[0]
    filters = f"?area={first['area']}&phase={first['entries'][0]['phase']}"
    return pathway_index, provision_index, filters


def _guidance(tree, corpus, standard, parents, count, rng):
    """`count` guidance pages: the demo's own, then local versions of them, town by town; some
    under a section, some a level further down."""
    pages, in_sections = [], []
    places = cycle(["", *PLACES])
    while len(pages) < count:
        place = next(places)
        for slug, title, summary, body in corpus.guidance[: count - len(pages)]:
            # Most under a section; the rest a level further down.
            below_section = not in_sections or rng.random() < 0.7
            parent = rng.choice(parents if below_section else in_sections)
            local_title = f"{title}: {place}" if place else title
            page = standard(parent, f"{slug}-{len(pages)}", local_title, summary, body)
            pages.append(page)
            if below_section:
                in_sections.append(page)
    return pages


def _pathways(tree, corpus, owner, index, guidance, count, rng, typical):
    """Pathways of 12 steps, each step sending families to a guidance page. The first pathway's
    fourth step, and no other, sends them to the `typical` page: at every size of site it shows
    "Part of" one pathway."""
    models = import_module("pathways.models")
    steps = corpus.steps()
    specs = corpus.pathways.PATHWAYS
    area_ids = dict(models.AreaOfNeedChoice.objects.values_list("value", "pk"))
    Areas = models.PathwayPage.areas_of_need.through
    others = [page for page in guidance if page is not typical]
    pathways, areas = [], []
    for number in range(count):
        spec = specs[number % len(specs)]
        stops = rng.sample(others, PATHWAY_STEPS)
        if number == 0:
            stops[3] = typical
        youngest, oldest = spec["ages"]
        title = spec["title"] if number < len(specs) else f"{spec['title']} ({number})"
        pathway = tree.add(
            index,
            models.PathwayPage(
                title=title,
                slug=f"{spec['slug']}-{number}",
                summary=spec["summary"],
                intro=spec["intro"],
                audience=spec["audience"],
                min_age=youngest,
                max_age=oldest,
                content_owner=owner(),
                steps=[
                    {
                        "type": "step",
                        "value": {
                            **steps[(number * PATHWAY_STEPS + position) % len(steps)],
                            "links": [{"type": "page", "value": {"page": stop.pk, "text": ""}}],
                        },
                    }
                    for position, stop in enumerate(stops)
                ],
            ),
        )
        pathways.append(pathway)
        areas += [
            Areas(pathwaypage_id=pathway.pk, areaofneedchoice_id=area_ids[area])
            for area in spec["areas"]
        ]
    tree.rows.append((Areas, areas))
    return pathways


def _translations(english, now, rng):
    """Some pages in the site's other languages, as the pages-by-languages report reads them: one
    guidance page in TRANSLATED_EVERY[language] (the first always, so every site's typical page
    has the same language versions), flat under that language's home page; a third of them
    behind their English page (wagtail-localize's source copied before its last publish)."""
    from wagtail_localize.models import TranslatableObject, Translation, TranslationSource

    page_type = ContentType.objects.get_for_model(Page)
    sources, translations = [], []
    for code, every in TRANSLATED_EVERY.items():
        locale, _created = Locale.objects.get_or_create(language_code=code)
        home = english.home.specific.copy_for_translation(locale)
        home.save_revision().publish()
        tree = Tree(home, now, rng)
        guidance = [page for page in english.pages if isinstance(page, StandardPage)]
        for number, page in enumerate(guidance[::every]):
            translated = tree.add(
                home,
                StandardPage(
                    title=page.title, slug=page.slug, summary=page.summary, body=page.body
                ),
            )
            translated.translation_key = page.translation_key
            behind = number % 3 == 2
            synced = page.last_published_at + datetime.timedelta(days=-1 if behind else 1)
            sources.append((page, synced))
            translations.append((page.translation_key, locale))
        tree.write()
    objects = {key for key, _locale in translations}
    TranslatableObject.objects.bulk_create(
        TranslatableObject(translation_key=key, content_type=page_type) for key in objects
    )
    made = {}
    for page, synced in sources:
        if page.translation_key not in made:
            made[page.translation_key] = TranslationSource(
                object_id=page.translation_key,
                specific_content_type=page.content_type,
                locale_id=page.locale_id,
                object_repr=page.title,
                content_json="{}",
                last_updated_at=synced,
            )
    TranslationSource.objects.bulk_create(made.values())
    ids = dict(
        TranslationSource.objects.filter(object_id__in=objects).values_list("object_id", "pk")
    )
    Translation.objects.bulk_create(
        Translation(source_id=ids[key], target_locale=locale) for key, locale in translations
    )


def _review_statuses(owners, now, rng):
    statuses = []
    for page_id in Page.objects.filter(depth__gt=1).values_list("pk", flat=True):
        reviewed_at = now - datetime.timedelta(days=rng.randint(0, 540))
        grade = Decimal(rng.randint(20, 140)) / 10  # Flesch-Kincaid grades of real guidance
        statuses.append(
            ReviewStatus(
                page_id=page_id,
                owner=owners[page_id % len(owners)],
                cycle_months=6,
                last_reviewed_at=reviewed_at,
                # Without it SQLite's INSERT OR IGNORE skipped every row (NOT NULL): the reports
                # were measured over the few pages published the ordinary way.
                content_reviewed_at=reviewed_at,
                reading_grade=grade,
                next_review_due=bands.next_review_due(calendar.date_of(reviewed_at), 6, page_id),
            )
        )
    ReviewStatus.objects.bulk_create(statuses, ignore_conflicts=True)


def _accessibility_checks(now, rng):
    """Two nights of browser checks of every page at both widths, as `axe_check --all` keeps."""
    from localoffer.accessibility.models import AccessibilityCheck

    AccessibilityCheck.objects.bulk_create(
        (
            AccessibilityCheck(
                page_id=page_id,
                url=f"https://localoffer.anyshire.example{url_path}",
                language_code="en-gb",
                width=width,
                violation_count=rng.choice([0, 0, 0, 1, 2]),
                checked_at=now - datetime.timedelta(days=night),
                axe_version="4.10.3",
            )
            for page_id, url_path in Page.objects.filter(depth__gt=1).values_list("pk", "url_path")
            for night in (1, 2)
            for width in (1280, 320)
        ),
        batch_size=2000,
    )


def _reference_index():
    """What "Part of" reads: which pages each pathway's steps link to."""
    PathwayPage = optional("pathways.models.PathwayPage")
    if PathwayPage is None:
        return
    for pathway in PathwayPage.objects.all():
        ReferenceIndex.create_or_update_for_object(pathway)


def _indicators(home, tree):
    """Outcome indicators over the whole site and over each top-level section."""
    OutcomeIndicator = optional("feedback.models.OutcomeIndicator")
    if OutcomeIndicator is None:
        return
    sections = [page for page in tree.pages if page.depth == home.depth + 1][:6]
    Priority = optional("feedback.models.Priority")
    names = [f"Priority {number}: Clear information for families" for number in (1, 2, 3)]
    priorities = [Priority.objects.create(name=name) for name in names] if Priority else names
    OutcomeIndicator.objects.bulk_create(
        OutcomeIndicator(
            name=f"Families who found {section.title.lower()} helpful",
            priority=priorities[number % 3],
            section=section,
            measure="percent_positive" if number % 2 else "mean_score",
            target=75 if number % 2 else 4,
            period=("term", "month", "quarter", "year")[number % 4],
        )
        for number, section in enumerate([home, *sections])
    )


def _tallies():
    """The daily tallies reports read, counted once from the ratings added in bulk."""
    rebuild = optional("feedback.tallying.counting.rebuild")
    if rebuild is not None:
        rebuild()


def _ratings(count, now, rng):
    """`count` answers to "Was this page helpful?" over the last two years, more on some pages
    than others (a few pages get most visits)."""
    PageFeedback = optional("feedback.models.PageFeedback")
    if PageFeedback is None:
        return 0
    pages = list(Page.objects.filter(depth__gt=1).values_list("pk", "locale_id"))
    rng.shuffle(pages)
    popularity = [1 / (rank + 1) for rank in range(len(pages))]
    seconds = 2 * 365 * 24 * 3600
    made = 0
    while made < count:
        batch = min(RATING_BATCH, count - made)
        picks = rng.choices(pages, weights=popularity, k=batch)
        ratings = rng.choices(range(1, 6), weights=RATING_WEIGHTS, k=batch)
        rows = []
        for (page_id, locale_id), rating in zip(picks, ratings, strict=True):
            comment = rng.choice(COMMENTS) if rng.random() < COMMENT_SHARE else ""
            rows.append(
                PageFeedback(
                    page_id=page_id,
                    locale_id=locale_id,
                    rating=rating,
                    comment=comment,
                    status=("read" if rng.random() < 0.8 else "unread") if comment else "",
                    created_at=now - datetime.timedelta(seconds=rng.randrange(seconds)),
                )
            )
        PageFeedback.objects.bulk_create(rows)
        made += batch
    return made


def _you_said_we_did(pages, now, rng):
    """Published "You said, we did" entries, one for every 50 pages, each answering some of
    the families' comments."""
    Entry = optional("feedback.models.YouSaidWeDidEntry")
    if Entry is None:
        return
    choices = import_module("feedback.you_said_we_did.choices")
    statuses = choices.EntryStatus.values
    topics = choices.EntryTopic.values
    entries = []
    for number in range(max(5, pages // ENTRIES_EVERY)):
        received = calendar.date_of(now) - datetime.timedelta(days=rng.randint(10, 700))
        status = statuses[number % len(statuses)]
        closed = status in choices.CLOSED_STATUSES
        entries.append(
            Entry(
                title=f"{rng.choice(COMMENTS)[:60]} ({number})",
                topic=topics[number % len(topics)],
                you_said="You said the guidance was hard to follow on a phone.",
                we_did="We rewrote the pages in shorter steps." if closed else "",
                status=status,
                received_on=received,
                resolved_on=received + datetime.timedelta(days=rng.randint(5, 90))
                if closed
                else None,
                locale=Locale.get_default(),
                live=True,
            )
        )
    entries = Entry.objects.bulk_create(entries)
    comments = list(
        Entry.comments.field.related_model.objects.exclude(comment="").values_list("pk", flat=True)
    )
    Answers = Entry.comments.through
    Answers.objects.bulk_create(
        Answers(yousaidwedidentry_id=entry.pk, pagefeedback_id=comment)
        for entry in entries
        for comment in rng.sample(comments, min(len(comments), COMMENTS_PER_ENTRY))
    )


def main(pages, ratings):
    summary = build(pages, ratings)
    Path(settings.VAR_DIR, "site.json").write_text(json.dumps(summary, indent=2))
    print(
        f"  built {summary['pages']:,} pages and {summary['ratings']:,} ratings "
        f"in {summary['seconds']['total']} s",
        flush=True,
    )
    return summary
