"""Search insights keep a few words of what families search for, redacted as comments are."""

from search.insights import MAX_TERM_WORDS, search_term


def test_a_search_is_kept_to_a_few_words_never_a_whole_sentence():
    term = search_term(
        "My son Tom has autism and was excluded from school again last week what can I do"
    )
    assert term.startswith("my son [name removed] ")
    assert len(term.replace("[name removed]", "name").split()) == MAX_TERM_WORDS
    assert "excluded" not in term


def test_search_terms_lose_the_same_personal_details_as_comments():
    assert search_term("born on 12/03/2015 ehcp") == "born on [date of birth removed] ehcp"
    assert search_term("jane at example dot com") == "[email removed]"
    assert search_term("QQ-12-34-56-C") == "[national insurance number removed]"
