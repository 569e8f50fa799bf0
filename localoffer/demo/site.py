"""Building blocks for the demo site, shared by every app's `demo` package.

Each app's `demo.load(demo)` receives one `DemoSite` and adds its own content, read from the
app's data files (`pages`, `translations`). Everything is idempotent: a page, owner, image or user
that already exists is reused, never overwritten, so `load_demo` can run on every `make run`
without undoing editors' changes.
"""

import io
import uuid
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site, get_page_models

from localoffer import roles
from localoffer.content_review.models import Owner

from . import translations
from .pages import PageFields, PageFile, page_files, read

# Demo logins: (username, password, group or None for a superuser). Printed by `make run` and
# listed in README. Created only where settings.LOCALOFFER_DEMO_USERS is on (dev and test).
DEMO_USERS = [
    ("admin", "anyshire-admin", None),
    ("editor", "anyshire-editor", roles.EDITORS),
    ("moderator", "anyshire-moderator", roles.MODERATORS),
    ("lead", "anyshire-lead", roles.LEADS),
]
OWNERS_FILE = Path(__file__).resolve().parent.parent / "content_review" / "demo" / "owners.yaml"


def home_page_model():
    """The page type of a site's home page: the one page type made to sit at the top of the tree,
    under Wagtail's root (the kit names no app: the home app says so by its parent_page_types)."""
    [model] = [
        model
        for model in get_page_models()
        if model.is_creatable and model.allowed_parent_page_models() == [Page]
    ]
    return model


class DemoSite:
    def __init__(self, log=print):
        self.log = log
        self.created = 0
        self.fields = PageFields(self)
        # Each page loaded from a file, with its file: translations are made from them last.
        self.loaded = []

    # Pages -------------------------------------------------------------------------------------

    @cached_property
    def home(self):
        """The site's home page, replacing the placeholder page Wagtail's first migration makes."""
        HomePage = home_page_model()
        site = Site.objects.get(is_default_site=True)
        if isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        placeholder = site.root_page
        home = HomePage(
            title="Help for children and young people with SEND in Anyshire",
            slug=f"home-{uuid.uuid4().hex[:8]}",
            locale=Locale.get_default(),
        )
        root.add_child(instance=home)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        # Where `make run` serves the site, so every absolute link it makes (print sheets, the
        # "You said, we did" feed, exports, reminder emails) leads back to it.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        default_port = 443 if address.scheme == "https" else 80
        site.hostname, site.port = address.hostname, address.port or default_port
        site.save()
        if placeholder.specific_class is Page:
            placeholder.delete()
        home.slug = "home"
        self.publish(home)
        self.created += 1
        return home

    def pages(self, directory, extra_fields=None):
        """Create and publish the pages of the page files under `directory` that the site does
        not have yet; return every one of them, created or found, by slug.

        `extra_fields` gives fields that are not words (a survey's opening date) by slug."""
        extra_fields = extra_fields or {}
        by_address = {"": self.home}
        pages = {}
        for page_file in page_files(directory):
            parent = by_address[page_file.address.rpartition("/")[0]]
            page = parent.get_children().filter(slug=page_file.slug).first()
            if page is None:  # its fields are only worked out for a page that is missing
                page = self.page(
                    parent,
                    page_file.model,
                    page_file.slug,
                    **self.fields.of(page_file),
                    **extra_fields.get(page_file.slug, {}),
                )
            page = page.specific
            by_address[page_file.address] = pages[page_file.slug] = page
            self.loaded.append((page, page_file))
        return pages

    def page(self, parent, page_class, slug, **fields):
        """The child of `parent` with this slug, created and published if it does not exist."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
        self.publish(page)
        self.created += 1
        return page

    def fill(self, page, path, *, update):
        """Count an existing page (the home page) as loaded from the page file at `path`, so it
        gets its translations; when `update`, first give it the file's fields and publish it."""
        page_file = PageFile(path, "", read(path))
        if update:
            for name, value in self.fields.of(page_file).items():
                setattr(page, name, value)
            self.publish(page)
        self.loaded.append((page, page_file))

    def translations(self):
        """Translate each loaded page that has PO files beside its page file, parents first."""
        for page, page_file in sorted(self.loaded, key=lambda loaded: loaded[0].path):
            self.created += translations.translate(page, page_file, self.log)

    def publish(self, page):
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    # Snippets and media ------------------------------------------------------------------------

    @cached_property
    def owners(self):
        """The demo's content owners' details, by key (content_review/demo/owners.yaml)."""
        return read(OWNERS_FILE)

    def owner(self, key):
        """The owner with this key's email address, created if there is none."""
        details = {name: value for name, value in self.owners[key].items() if name != "cover"}
        owner, _ = Owner.objects.get_or_create(email=details.pop("email"), defaults=details)
        return owner

    def image(self, title, alt_text, draw):
        """A generated illustration (no stock photos to license), with its alt text.

        `draw(ImageDraw, width, height)` paints it; the result is stored once, by title."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        width, height = 800, 400
        canvas = PillowImage.new("RGB", (width, height), "#f3f2f1")
        draw(ImageDraw.Draw(canvas), width, height)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        image = Image(title=title, description=alt_text)
        image.file = ImageFile(buffer, name=f"{uuid.uuid4().hex[:12]}.png")
        image.save()
        return image

    # People ------------------------------------------------------------------------------------

    @staticmethod
    def other_authors():
        """Ids of the people other than demo users who saved a page or snippet: a database
        they worked in holds real content. The demo itself saves everything as nobody."""
        demo_usernames = [username for username, _password, _role in DEMO_USERS]
        return set(
            Revision.objects.exclude(user=None)
            .exclude(user__username__in=demo_usernames)
            .values_list("user_id", flat=True)
        )

    def users(self):
        """Create one login per role; return (username, password, role) for each."""
        if not settings.LOCALOFFER_DEMO_USERS:
            return []
        User = get_user_model()
        logins = []
        for username, password, group_name in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@anyshire.example",
                    "first_name": username.title(),
                    "last_name": "Demo",
                    "is_superuser": group_name is None,
                    "is_staff": group_name is None,
                },
            )
            if created:
                user.set_password(password)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            logins.append((username, password, group_name or "Superuser"))
        return logins
