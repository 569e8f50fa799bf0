from search.query import MAX_QUERY_LENGTH, clean_query


def test_whitespace_is_collapsed_and_trimmed():
    assert clean_query("  short \t\n breaks  ") == "short breaks"


def test_control_characters_are_dropped_but_urdu_joiners_kept():
    assert clean_query("autism\x00\x1f help") == "autism help"
    assert clean_query("می\u200cخواهم") == "می\u200cخواهم"  # noqa: RUF001 (Urdu, not Latin)


def test_long_queries_are_capped():
    assert len(clean_query("a" * 10_000)) == MAX_QUERY_LENGTH
