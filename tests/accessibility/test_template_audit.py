import pytest
from django.template import Engine

from localoffer.accessibility.template_audit import h1_count, images_without_alt, vague_links


class TestImagesWithoutAlt:
    def test_finds_an_img_without_alt_by_line(self):
        source = '<p>Hello</p>\n<img src="a.png">\n<img src="b.png" alt="A map of Anyshire">'

        assert images_without_alt(source) == [2]

    def test_an_empty_alt_marks_a_decorative_image(self):
        assert images_without_alt('<img src="line.png" alt="">') == []

    def test_alt_may_come_from_a_template_tag(self):
        source = (
            '<img src="{{ src }}" {% if decorative %}alt=""{% else %}alt="{{ text }}"{% endif %}>'
        )

        assert images_without_alt(source) == []

    def test_a_greater_than_sign_inside_a_template_tag_does_not_end_the_img(self):
        assert images_without_alt('<img src="x.png" {% if a > b %}class="big"{% endif %}>') == [1]

    def test_wagtails_image_tag_writes_the_images_own_alt_text(self):
        assert images_without_alt("{% image value width-800 %}") == []

    def test_data_alt_is_not_alt(self):
        assert images_without_alt('<img src="x.png" data-alt="Map">') == [1]

    def test_comments_are_ignored_but_keep_line_numbers(self):
        source = '{% comment %}\nExample: <img src="x.png">\n{% endcomment %}\n<img src="y.png">'

        assert images_without_alt(source) == [4]


class TestVagueLinks:
    def test_finds_click_here_with_its_line(self):
        source = '<p>\n  To apply <a href="/apply/">click here</a>.</p>'

        assert vague_links(source) == [(2, "click here")]

    def test_reads_text_inside_translate_tags(self):
        source = '<a class="more" href="{{ url }}">{% translate "Read more" %} &raquo;</a>'

        assert vague_links(source) == [(1, "Read more \u00bb")]

    def test_a_variable_makes_the_text_specific(self):
        assert vague_links('<a href="{{ page.url }}">Read more about {{ page.title }}</a>') == []

    def test_hidden_text_for_screen_readers_counts(self):
        source = '<a href="/x/">Read more<span class="visually-hidden"> about EHC plans</span></a>'

        assert vague_links(source) == []


def page_template(templates, name="page.html"):
    engine = Engine(loaders=[("django.template.loaders.locmem.Loader", templates)])
    return engine.get_template(name)


BASE = "<body>{% block content %}{% endblock %}</body>"
CONTENT_PAGE = (
    '{% extends "base.html" %}{% block content %}'
    "{% block header %}<h1>{{ page.title }}</h1>{% endblock %}{% block body %}{% endblock %}"
    "{% endblock %}"
)


EXTENDS_CONTENT = '{% extends "content.html" %}'
EXTENDS_BASE = '{% extends "base.html" %}'


@pytest.mark.parametrize(
    ("page", "count"),
    [
        pytest.param(
            EXTENDS_CONTENT + "{% block body %}<h2>More</h2>{% endblock %}", 1, id="inherited"
        ),
        pytest.param(
            EXTENDS_CONTENT + "{% block header %}<p>No title</p>{% endblock %}",
            0,
            id="block holding the h1 replaced",
        ),
        pytest.param(
            EXTENDS_CONTENT + "{% block header %}{{ block.super }}<H1>2</H1>{% endblock %}",
            2,
            id="block.super kept and another added",
        ),
        pytest.param(
            EXTENDS_BASE + "{% block content %}"
            '{% if a %}<h1>A</h1>{% else %}<h1 class="b">B</h1>{% endif %}{% endblock %}',
            1,
            id="only one branch renders",
        ),
        pytest.param(
            EXTENDS_BASE
            + "{% block content %}{% for x in xs %}<h1>{{ x }}</h1>{% endfor %}{% endblock %}",
            2,
            id="a loop may repeat",
        ),
        pytest.param(
            EXTENDS_CONTENT + "<h1>Ignored</h1>", 1, id="text outside blocks never renders"
        ),
        pytest.param(
            '{% include "title.html" %}{% include "missing.html" %}<h2>x</h2>',
            1,
            id="includes count, missing ones are left to rendering",
        ),
        pytest.param("<header><h10>Not a heading</h10></header>", 0, id="not an h1"),
    ],
)
def test_h1_count_follows_the_template_as_it_renders(page, count):
    templates = {
        "base.html": BASE,
        "content.html": CONTENT_PAGE,
        "title.html": "<h1>{{ page.title }}</h1>",
        "page.html": page,
    }

    assert h1_count(page_template(templates)) == count
