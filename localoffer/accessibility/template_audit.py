"""Reading Django templates for accessibility problems, without rendering them.

Works on the template source (images, links) or on Django's parsed node tree (main headings,
following `{% extends %}`, `{% block %}`, `{{ block.super }}`, `{% include %}` and inclusion tags
the way rendering would)."""

import re
from html import unescape

from django.template import Context, TemplateDoesNotExist
from django.template.base import TextNode, VariableNode
from django.template.defaulttags import ForNode, IfNode
from django.template.library import InclusionNode
from django.template.loader_tags import BlockNode, ExtendsNode, IncludeNode

from .content import is_vague_link_text

# A template tag, variable or comment inside an HTML tag may contain ">" (`{% if a > b %}`).
_TAG_BODY = r"(?:\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}|[^>])*"
IMG = re.compile(rf"<img\b{_TAG_BODY}>", re.IGNORECASE | re.DOTALL)
ALT = re.compile(r"(?:\s|%\})alt\s*=", re.IGNORECASE)
LINK = re.compile(rf"<a\b{_TAG_BODY}>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
COMMENT = re.compile(r"\{%\s*comment\b.*?%\}.*?\{%\s*endcomment\s*%\}|\{#.*?#\}", re.DOTALL)
TRANSLATED = re.compile(r"""\{%\s*(?:translate|trans)\s+(["'])(.*?)\1.*?%\}""", re.DOTALL)
VARIABLE = re.compile(r"\{\{.*?\}\}", re.DOTALL)
TEMPLATE_TAG = re.compile(r"\{%.*?%\}", re.DOTALL)
HTML_TAG = re.compile(r"<[^>]*>")
H1 = re.compile(r"<h1[\s>]", re.IGNORECASE)


def images_without_alt(source):
    """Line numbers of `<img>` tags with no alt attribute. `alt=""` marks an image as
    decorative, and `{% image %}` writes the image's own alt text, so both pass."""
    source = _without_comments(source)
    return [
        _line(source, match.start()) for match in IMG.finditer(source) if not ALT.search(match[0])
    ]


def vague_links(source):
    """(line, text) of links whose text says nothing about where they go, such as "click here".

    Text in `{% translate %}` counts as written; a variable counts as specific text."""
    source = _without_comments(source)
    links = []
    for match in LINK.finditer(source):
        text = TRANSLATED.sub(r"\2", match[1])
        text = VARIABLE.sub(" variable ", text)
        text = unescape(HTML_TAG.sub(" ", TEMPLATE_TAG.sub(" ", text)))
        if is_vague_link_text(text):
            links.append((_line(source, match.start()), " ".join(text.split())))
    return links


def h1_count(template):
    """How many h1 headings a page rendered from `template` (a django.template.base.Template)
    has. When only one branch of an `{% if %}` can render, the branch with most counts; an h1
    inside a `{% for %}` loop counts twice, since it may repeat."""
    return _count(template.engine, template.nodelist, blocks={})


def _count(engine, nodelist, blocks):
    return sum(_count_node(engine, node, blocks) for node in nodelist)


def _count_node(engine, node, blocks):
    # `blocks` maps a block name to its overriding versions, most derived template first.
    if isinstance(node, TextNode):
        return len(H1.findall(node.s))
    if isinstance(node, ExtendsNode):
        parent = engine.get_template(node.parent_name.resolve(Context()))
        own = {name: [block.nodelist] for name, block in node.blocks.items()}
        overrides = {
            name: [*blocks.get(name, []), *own.get(name, [])] for name in blocks.keys() | own.keys()
        }
        return _count(engine, parent.nodelist, overrides)
    if isinstance(node, BlockNode):
        versions = blocks.get(node.name, [])
        # Inside an overriding block, a nested block may already be one of the versions.
        if not any(version is node.nodelist for version in versions):
            versions = [*versions, node.nodelist]
        return _count_block(engine, versions, blocks)
    if isinstance(node, IfNode):
        return max(_count(engine, nodelist, blocks) for _, nodelist in node.conditions_nodelists)
    if isinstance(node, ForNode):
        return 2 * _count(engine, node.nodelist_loop, blocks) + _count(
            engine, node.nodelist_empty, blocks
        )
    if isinstance(node, IncludeNode | InclusionNode):
        name = (
            node.filename if isinstance(node, InclusionNode) else node.template.resolve(Context())
        )
        if not isinstance(name, str):  # chosen at render time: cannot be read ahead
            return 0
        try:
            included = engine.get_template(name)
        except TemplateDoesNotExist:  # rendering reports it; there is nothing to count
            return 0
        return _count(engine, included.nodelist, blocks={})
    return sum(
        _count(engine, getattr(node, attribute), blocks)
        for attribute in node.child_nodelists
        if getattr(node, attribute, None)
    )


def _count_block(engine, versions, blocks):
    nodelist, *parents = versions
    count = _count(engine, nodelist, blocks)
    if parents and _uses_block_super(nodelist):
        count += _count_block(engine, parents, blocks)
    return count


def _uses_block_super(nodelist):
    return any(
        str(node.filter_expression.var) == "block.super"
        for node in nodelist.get_nodes_by_type(VariableNode)
    )


def _without_comments(source):
    # Blank out comments but keep their line breaks, so line numbers stay true.
    return COMMENT.sub(lambda match: "\n" * match[0].count("\n"), source)


def _line(source, offset):
    return source.count("\n", 0, offset) + 1
