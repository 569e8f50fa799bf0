"""The corpus of families' comments (personal_details.txt): redaction catches at least 95% of
the personal details in it and changes no comment that has none. `make bench` prints the same."""

from benchmarks import redaction


def test_the_corpus_is_large_enough_to_mean_something():
    measured = redaction.measure()
    assert measured["comments"] >= 150
    assert measured["details"] >= 120


def test_redaction_catches_at_least_95_percent_of_personal_details():
    measured = redaction.measure()
    assert measured["share"] >= redaction.MIN_SHARE_CAUGHT, measured["missed"]


def test_comments_without_personal_details_are_left_alone():
    assert redaction.measure()["changed"] == []


def test_a_detail_left_in_place_counts_as_missed():
    comment = redaction.Comment.parse("My son [[Tom]] likes the page")
    assert comment.missed() == []
    assert redaction.Comment("Ask for Tom please", ("Tom",)).missed() == []
    assert redaction.Comment("tom likes the page", ("tom",)).missed() == ["tom"]
