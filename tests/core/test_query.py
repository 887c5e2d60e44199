"""The search box's language: terms, weights, signs, photos, and the messages for bad syntax."""

from __future__ import annotations

import pytest

from photoclip.core.query import QueryTerm, parse_query, photo_query
from photoclip.errors import PhotoclipError


def test_rclips_example_reads_as_a_weighed_description_a_photo_and_a_subtracted_word() -> None:
    query = parse_query("2:golden retriever + ./pool.jpg - fruit")
    assert query.terms == (
        QueryTerm("text", "golden retriever", 2.0),
        QueryTerm("photo", "./pool.jpg"),
        QueryTerm("text", "fruit", negative=True),
    )
    assert query.descriptions == ["golden retriever"] and query.negative_descriptions == ["fruit"] and query.has_photo


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("t-shirt", [("text", "t-shirt", 1.0, False)]),  # a sign inside a word is the word's
        ("beach_2019.jpg", [("text", "beach_2019.jpg", 1.0, False)]),  # a file name to find by its words
        ('"salt + pepper"', [("text", "salt + pepper", 1.0, False)]),
        ('2:"a + b" - .5:c', [("text", "a + b", 2.0, False), ("text", "c", 0.5, True)]),
        ("- night + beach", [("text", "night", 1.0, True), ("text", "beach", 1.0, False)]),
        ("~/Pictures/cat.png  +  3.:  sunny   day", [("photo", "~/Pictures/cat.png", 1.0, False), ("text", "sunny day", 3.0, False)]),
    ],
)
def test_terms_signs_and_weights(text: str, terms: list[tuple[str, str, float, bool]]) -> None:
    assert [(t.kind, t.text, t.weight, t.negative) for t in parse_query(text).terms] == terms


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The search text is empty."),
        ("dog +", "Nothing follows a “+” in the search."),
        ("dog + - cat", "Nothing follows a “+” in the search."),
        ('"open quote', "A quote in the search is not closed."),
        ("0:dog", "The weight 0 is not above zero."),
        ("- cat", "The search only says what to leave out."),
    ],
)
def test_bad_syntax_is_a_message_that_says_what_to_change(text: str, message: str) -> None:
    with pytest.raises(PhotoclipError) as caught:
        parse_query(text)
    assert caught.value.message == message and caught.value.hint


def test_a_library_photo_joins_a_query_in_front() -> None:
    query = parse_query("at night").with_photo(7)
    assert query.terms[0] == QueryTerm("photo", "", photo_id=7) and query.single_photo is None
    assert photo_query(7).single_photo == 7
