"""Demo pages from data files: one YAML file per page, beside the app that owns the page type.

An app's pages live under `<app>/demo/pages/`, laid out like the site: `education.yaml` is the page
at /education/ and `education/sen-support.yaml` its child at /education/sen-support/. A file
holds the page's fields as Wagtail stores them, with a few conveniences for writers:

    type: home.StandardPage    # the page model, as app_label.ModelName
    weight: 10                 # the page's place among its siblings, lowest first
    owner: send-team           # the content owner: a key of content_review/demo/owners.yaml
    title: SEN support in school
    body:                      # a StreamField: blocks as Wagtail stores them, ids optional
      - type: text
        value: |
          <p>Rich text is HTML, one element a line.</p>
          <p>A link to another demo page: <a page="ehc-plans">EHC plans</a>.</p>

Other pages are named by slug (slugs are unique in the English demo site): a page chooser block,
a foreign key to a page, or `<a page="slug">` in rich text. Inline children (a provision page's
entries, a survey's questions) are lists of their fields.

A block without an `id`, and an inline child, gets one made from the page's address and its place
on the page. So the same file gives the same ids on every database, and the PO files of its
translations (see `translations`) keep matching it.
"""

import re
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from localoffer.pages import in_order

# Fixed, so that the ids made from a page's address are the same on every database.
ID_NAMESPACE = uuid.UUID("4f1f6c1e-58d5-4a43-9a53-2f0b6a0c9d71")
# Keys of a page file that are not fields of the page.
FILE_KEYS = {"type", "weight", "owner"}
# Line breaks between tags are only there to make the files readable.
BETWEEN_TAGS = re.compile(r">\s*\n\s*<")
PAGE_LINK = re.compile(r'<a page="([\w-]+)">')


@dataclass(frozen=True)
class PageFile:
    path: Path
    address: str  # slugs from the home page down, "" for the home page itself
    data: dict

    @property
    def slug(self):
        return self.address.rpartition("/")[2]

    @property
    def model(self):
        return apps.get_model(self.data["type"])


def read(path):
    with open(path, encoding="utf-8") as file:
        return yaml.safe_load(file)


def page_files(directory):
    """The page files under `directory` (an app's `demo/pages`), parents before children,
    siblings in order of weight."""
    return list(_walk(Path(directory), ""))


def _walk(directory, address):
    files = [(read(path), path) for path in directory.glob("*.yaml")]
    for data, path in sorted(files, key=lambda item: (item[0].get("weight", 0), item[1].stem)):
        child = f"{address}/{path.stem}".lstrip("/")
        yield PageFile(path, child, data)
        if (directory / path.stem).is_dir():
            yield from _walk(directory / path.stem, child)


def stable_id(*parts):
    return str(uuid.uuid5(ID_NAMESPACE, ":".join(str(part) for part in parts)))


class PageFields:
    """Turns a page file's data into the values of a page's fields, for one `DemoSite`."""

    def __init__(self, demo):
        self.demo = demo

    def of(self, page_file):
        model = page_file.model
        values = {
            name: self.value(model, name, value, page_file.address)
            for name, value in page_file.data.items()
            if name not in FILE_KEYS
        }
        if "owner" in page_file.data:
            values["content_owner"] = self.demo.owner(page_file.data["owner"])
        return values

    def value(self, model, name, value, where):
        field = _field(model, name)
        if isinstance(field, StreamField):
            return self.stream(field.stream_block, value, f"{where}:{name}")
        if isinstance(field, RichTextField):
            return self.rich_text(value)
        if isinstance(field, ParentalManyToManyField):
            return [field.related_model.objects.get(**lookup) for lookup in value]
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, Page):
            return self.page(value)
        if isinstance(field, models.ManyToOneRel):  # inline children
            return in_order(
                self.child(field.related_model, fields, f"{where}:{name}:{index}")
                for index, fields in enumerate(value)
            )
        return value

    def child(self, model, fields, where):
        child = model(**{name: self.value(model, name, v, where) for name, v in fields.items()})
        if hasattr(child, "translation_key"):
            child.translation_key = stable_id(where)
        return child

    def stream(self, stream_block, items, where):
        return [
            {
                "type": item["type"],
                "value": self.block_value(
                    stream_block.child_blocks[item["type"]], item["value"], f"{where}:{index}"
                ),
                "id": item.get("id") or stable_id(where, index),
            }
            for index, item in enumerate(items)
        ]

    def block_value(self, block, value, where):
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, value, where)
        if isinstance(block, blocks.StructBlock):
            # Files leave out what is empty; the stored value has every field, as the editor
            # saves it.
            return {
                name: self.block_value(child, value.get(name, _empty(child)), f"{where}:{name}")
                for name, child in block.child_blocks.items()
            }
        if isinstance(block, blocks.RichTextBlock):
            return self.rich_text(value)
        if isinstance(block, blocks.PageChooserBlock):
            return self.page(value).pk
        if isinstance(block, SnippetChooserBlock):  # the only snippets demo blocks choose
            return self.demo.owner(value).pk if value else None
        return value

    def rich_text(self, html):
        html = BETWEEN_TAGS.sub("><", html.strip())
        return PAGE_LINK.sub(lambda link: f'<a linktype="page" id="{self.page(link[1]).pk}">', html)

    def page(self, slug):
        page = Page.objects.descendant_of(self.demo.home).filter(slug=slug).first()
        if page is None:
            raise ValueError(f"The demo site has no page {slug!r}: is it loaded later?")
        return page


def _empty(block):
    """A block's stored value when the editor leaves it as it is: its default, with an empty
    text as "" (as the form field gives it), not None."""
    default = block.get_default()
    if isinstance(block, blocks.FieldBlock):
        default = block.to_python(block.field.to_python(default))
    return block.get_prep_value(default)


@cache
def _field(model, name):
    return model._meta.get_field(name)
