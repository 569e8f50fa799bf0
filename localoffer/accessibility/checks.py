"""Accessibility checks that need no browser, run by Django's system check framework (so by
`manage.py check`, `runserver` and `make test`) over this project's own templates and models:

- accessibility.E001: a page type's template does not render exactly one h1.
- accessibility.W002: an `<img>` in a template has no alt text (use alt="" when decorative).
- accessibility.W003: a link in a template says "click here", "read more" or the like.
- accessibility.W004: a rich text field offers editors an h1, or heading levels with a gap.

What editors write is checked on each page's edit view instead (see panels.py)."""

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.template import TemplateDoesNotExist, engines
from wagtail.blocks import ListBlock, RichTextBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

from .template_audit import h1_count, images_without_alt, vague_links

HEADING_FEATURE = re.compile(r"h([1-6])")


@register(Tags.templates)
def check_page_templates_have_one_h1(app_configs, **kwargs):
    engine = engines["django"]
    errors = []
    for model in _page_models(app_configs):
        try:
            template = engine.get_template(model.template)
        except TemplateDoesNotExist:
            continue  # Wagtail reports a missing template when the page is served.
        count = h1_count(template.template)
        if count != 1:
            errors.append(
                Error(
                    f"{model.template} renders {count} h1 headings.",
                    hint="A page has exactly one h1, its title; use h2 and below for sections.",
                    obj=model,
                    id="accessibility.E001",
                )
            )
    return errors


@register(Tags.templates)
def check_template_images_and_links(app_configs, **kwargs):
    warnings = []
    for path in _template_files(app_configs):
        name = _display_path(path)
        source = path.read_text()
        warnings += [
            Warning(
                f"{name}, line {line}: <img> without alt text.",
                hint='Describe the image in alt="...", or write alt="" if it is decorative.',
                id="accessibility.W002",
            )
            for line in images_without_alt(source)
        ]
        warnings += [
            Warning(
                f'{name}, line {line}: link text "{text}" does not say where the link goes.',
                hint='Use words that make sense on their own, such as "Contact the SEND team".',
                id="accessibility.W003",
            )
            for line, text in vague_links(source)
        ]
    return warnings


@register(Tags.models)
def check_rich_text_heading_levels(app_configs, **kwargs):
    warnings = []
    for app_config in _project_apps(app_configs):
        for model in app_config.get_models():
            for field in model._meta.local_fields:
                for where, features in rich_text_features(field):
                    problem = heading_features_problem(features)
                    if problem:
                        warnings.append(
                            Warning(
                                f"{model._meta.label}.{where} {problem}",
                                hint="Offer h2, h3 and so on without gaps, and never h1.",
                                obj=model,
                                id="accessibility.W004",
                            )
                        )
    return warnings


def heading_features_problem(features):
    """Why these rich text features would make editors break the heading order, or None.
    `features=None` is Wagtail's default list (h2, h3, h4)."""
    levels = sorted(
        int(match[1]) for match in map(HEADING_FEATURE.fullmatch, features or []) if match
    )
    if 1 in levels:
        return "offers h1, but the page title is the page's only h1."
    missing = [f"h{level}" for level in range(2, max(levels, default=1)) if level not in levels]
    if missing:
        return f"offers h{max(levels)} without {', '.join(missing)}, so headings would skip."
    return None


def rich_text_features(field):
    """(where, features) for each rich text editor in a model field, blocks included."""
    if isinstance(field, RichTextField):
        yield field.name, field.features
    elif isinstance(field, StreamField):
        yield from _block_features(field.stream_block, field.name)


def _block_features(block, where):
    if isinstance(block, RichTextBlock):
        yield where, block.features
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from _block_features(child, f"{where}.{name}")
    if isinstance(block, ListBlock):
        yield from _block_features(block.child_block, where)


def _project_apps(app_configs):
    """This project's apps (not Wagtail's or other installed packages')."""
    base = Path(settings.BASE_DIR).resolve()
    return [
        app_config
        for app_config in app_configs or apps.get_app_configs()
        if Path(app_config.path).resolve().is_relative_to(base)
        and "site-packages" not in Path(app_config.path).parts
    ]


def _page_models(app_configs):
    project_apps = set(_project_apps(app_configs))
    return [
        model
        for model in get_page_models()
        if model is not Page and model._meta.app_config in project_apps
    ]


def _template_files(app_configs):
    folders = [Path(app_config.path) / "templates" for app_config in _project_apps(app_configs)]
    if app_configs is None:  # the whole project: its shared templates too
        folders += [Path(folder) for folder in engines["django"].engine.dirs]
    return sorted(path for folder in folders for path in folder.rglob("*.html"))


def _display_path(path):
    base = Path(settings.BASE_DIR).resolve()
    path = path.resolve()
    return str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
