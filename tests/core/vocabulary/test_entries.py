"""The shipped vocabulary file: about a thousand concepts, three names each, no English name twice."""

from __future__ import annotations

import pytest

from photoclip.core.vocabulary import load_vocabulary, words_language
from photoclip.core.vocabulary.entries import parse_vocabulary, vocabulary_file


def test_the_shipped_vocabulary_has_about_a_thousand_concepts_with_three_names() -> None:
    lines = [line for line in vocabulary_file().read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert 950 <= len(lines) <= 1100
    for number, line in enumerate(lines, 1):
        names = line.split("\t")
        assert len(names) == 3 and all(name.strip() == name and name for name in names), (number, line)
    entries = load_vocabulary()
    assert len(entries) == len(lines)
    english = [e.english.casefold() for e in entries]
    assert len(set(english)) == len(english)


def test_the_vocabulary_has_the_everyday_concepts_and_the_demo_world_s_words() -> None:
    by_english = {e.english: e for e in load_vocabulary()}
    assert (by_english["dog"].spanish, by_english["dog"].portuguese) == ("perro", "cachorro")
    assert by_english["bus"].name("pt") == "ônibus" and by_english["bus"].name("es") == "autobús"
    for word in ("beach", "sunset", "birthday cake", "snow", "bicycle", "christmas tree", "night"):
        assert word in by_english
    # What the shapes-world model knows, so the tests of meaning can describe its photos.
    for word in ("circle", "square", "triangle", "arrow", "red", "green", "blue", "yellow", "purple", "gray", "black", "white"):
        assert word in by_english


def test_each_language_names_each_concept_once() -> None:
    """Two concepts with one Spanish or Portuguese name would show the user the same word twice."""
    for language in ("es", "pt"):
        names = [e.name(language).casefold() for e in load_vocabulary()]
        repeated = sorted({n for n in names if names.count(n) > 1})
        assert not repeated, (language, repeated)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("dog\tperro\n", "three names"), ("dog\tperro\t\n", "three names"), ("dog\tperro\tcão\nDog\tperro\tcão\n", "repeats")],
)
def test_a_broken_vocabulary_is_refused_with_its_line(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_vocabulary(text)


def test_comments_and_blank_lines_are_skipped() -> None:
    assert [e.english for e in parse_vocabulary("# names\n\ncat\tgato\tgato\n")] == ["cat"]


@pytest.mark.parametrize(("code", "language"), [("es", "es"), ("pt_BR", "pt"), ("es-MX", "es"), ("en_US", "en"), ("fr", "en"), ("", "en")])
def test_ui_languages_map_to_the_vocabulary_s_languages(code: str, language: str) -> None:
    assert words_language(code) == language
