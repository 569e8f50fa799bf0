"""`backend.highlight()`: excerpts with the matched words in <mark>, as safe HTML."""

from django.utils.safestring import SafeString

SYNONYMS = "tests.search_backend.synonyms.synonym_groups"


def test_matches_are_marked_in_any_form_the_search_finds(backend):
    excerpt = backend.highlight("The assessment of autism takes six weeks.", "assessments autisim")

    assert excerpt == "The <mark>assessment</mark> of <mark>autism</mark> takes six weeks."
    assert isinstance(excerpt, SafeString)


def test_synonyms_are_marked(configure_backend):
    backend = configure_backend(SYNONYMS=SYNONYMS)

    excerpt = backend.highlight("Ask for an education, health and care plan.", "ehcp")

    assert excerpt == (
        "Ask for an <mark>education</mark>, <mark>health</mark> and <mark>care</mark> "
        "<mark>plan</mark>."
    )


def test_a_synonym_phrases_words_are_marked_only_where_the_text_has_the_phrase(
    configure_backend,
):
    backend = configure_backend(SYNONYMS=SYNONYMS)

    excerpt = backend.highlight("Your health and care needs. A plan for school.", "ehcp")

    assert "<mark>" not in excerpt


def test_words_of_plain_sentences_are_not_marked(backend):
    excerpt = backend.highlight("What does my son need? How do I apply?", "how do i apply my son")

    assert excerpt == "What does my <mark>son</mark> need? How do I <mark>apply</mark>?"


def test_the_text_is_escaped(backend):
    excerpt = backend.highlight('<script>alert("autism")</script> & autism', "autism")

    assert excerpt == (
        "&lt;script&gt;alert(&quot;<mark>autism</mark>&quot;)&lt;/script&gt; &amp; "
        "<mark>autism</mark>"
    )


def test_a_long_text_gives_excerpts_around_the_matches(backend):
    text = "Filler words here. " * 40 + "Speech therapy helps. " + "More filler text. " * 40

    excerpt = backend.highlight(text, "speech", max_chars=120)

    assert "<mark>Speech</mark> therapy helps" in excerpt
    assert len(excerpt) < len(text) // 4


def test_text_without_a_match_gives_its_escaped_beginning(backend):
    excerpt = backend.highlight("Short breaks <for> carers. " * 20, "autism", max_chars=30)

    assert excerpt == "Short breaks &lt;for&gt; carers. Sh…"


def test_no_text_gives_an_empty_excerpt(backend):
    assert backend.highlight("", "autism") == ""
    assert backend.highlight(None, "autism") == ""
