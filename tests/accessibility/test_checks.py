"""The system checks, on templates and models made to break them."""

import pytest
from django.apps import apps
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

from home.models import HomePage, StandardPage
from localoffer.accessibility.checks import (
    check_page_templates_have_one_h1,
    check_rich_text_heading_levels,
    check_template_images_and_links,
    heading_features_problem,
    rich_text_features,
)


@pytest.fixture
def template_dir(settings, tmp_path):
    """A folder of shared templates (like templates/) that tests write into."""
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]
    return tmp_path


def test_the_project_page_templates_each_have_one_h1():
    assert check_page_templates_have_one_h1([apps.get_app_config("home")]) == []


def test_a_page_template_with_a_second_h1_is_an_error(template_dir, monkeypatch):
    (template_dir / "two_titles.html").write_text(
        '{% extends "content_page.html" %}{% block page_body %}<h1>Again</h1>{% endblock %}'
    )
    monkeypatch.setattr(StandardPage, "template", "two_titles.html")

    (error,) = check_page_templates_have_one_h1([apps.get_app_config("home")])

    assert error.id == "accessibility.E001"
    assert error.obj is StandardPage
    assert error.msg == "two_titles.html renders 2 h1 headings."


def test_a_page_template_that_does_not_exist_is_left_to_wagtail(monkeypatch):
    monkeypatch.setattr(StandardPage, "template", "home/no_such_template.html")

    assert check_page_templates_have_one_h1([apps.get_app_config("home")]) == []


def test_images_and_links_in_shared_templates_are_checked_with_file_and_line(template_dir):
    (template_dir / "promo.html").write_text(
        '<div>\n  <img src="banner.png">\n  <a href="/apply/">Click here</a>\n</div>'
    )

    issues = [
        (issue.id, issue.msg)
        for issue in check_template_images_and_links(None)
        if "promo.html" in issue.msg
    ]

    assert issues == [
        ("accessibility.W002", f"{template_dir}/promo.html, line 2: <img> without alt text."),
        (
            "accessibility.W003",
            f'{template_dir}/promo.html, line 3: link text "Click here" does not say where the '
            "link goes.",
        ),
    ]


def test_checking_one_app_reads_only_its_own_templates(template_dir):
    (template_dir / "promo.html").write_text('<img src="banner.png">')

    assert check_template_images_and_links([apps.get_app_config("home")]) == []


def test_only_this_projects_templates_are_read():
    assert not any("site-packages" in issue.msg for issue in check_template_images_and_links(None))


@pytest.mark.parametrize(
    ("features", "problem"),
    [
        (["h2", "h3", "bold", "link"], None),
        (None, None),  # Wagtail's default features: h2, h3, h4
        (["bold", "italic"], None),
        (["h1", "h2"], "offers h1, but the page title is the page's only h1."),
        (["h2", "h4", "h6"], "offers h6 without h3, h5, so headings would skip."),
        (["h3"], "offers h3 without h2, so headings would skip."),
    ],
)
def test_heading_features_problem(features, problem):
    assert heading_features_problem(features) == problem


def test_rich_text_features_are_found_inside_nested_blocks():
    field = StreamField(
        [
            ("text", blocks.RichTextBlock(features=["h2"])),
            (
                "faq",
                blocks.ListBlock(
                    blocks.StructBlock([("answer", blocks.RichTextBlock(features=["h4"]))])
                ),
            ),
        ]
    )
    field.set_attributes_from_name("body")
    intro = RichTextField(features=["bold"])
    intro.set_attributes_from_name("intro")

    assert list(rich_text_features(field)) == [("body.text", ["h2"]), ("body.faq.answer", ["h4"])]
    assert list(rich_text_features(intro)) == [("intro", ["bold"])]


def test_the_projects_rich_text_offers_no_skipping_headings():
    assert check_rich_text_heading_levels([apps.get_app_config("home")]) == []


def test_a_rich_text_field_offering_skipping_headings_is_a_warning(monkeypatch):
    monkeypatch.setattr(HomePage._meta.get_field("intro"), "features", ["h2", "h4"])

    (warning,) = check_rich_text_heading_levels([apps.get_app_config("home")])

    assert warning.id == "accessibility.W004"
    assert warning.msg == "home.HomePage.intro offers h4 without h3, so headings would skip."
