"""The vocabulary's value types: what the CLI and the GUI get back from ``Library.words``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The languages the vocabulary names its concepts in; any other UI language gets English.
WordsLanguage = Literal["en", "es", "pt"]
WORDS_LANGUAGES: tuple[WordsLanguage, ...] = ("en", "es", "pt")

# Where a description comes from besides a tag set's name.
VOCABULARY_SOURCE = "vocabulary"


def words_language(code: str) -> WordsLanguage:
    """The vocabulary language for a UI language or locale name (``"pt_BR"`` gives ``"pt"``; unknown ones ``"en"``)."""
    short = code.replace("-", "_").split("_")[0].lower()
    for language in WORDS_LANGUAGES:
        if short == language:
            return language
    return "en"


@dataclass(frozen=True)
class Description:
    """One way to describe a photo, with how well it fits.

    Attributes:
        text: The words in the asked language (a tag's label as the user wrote it).
        english: The English words the model scored (a tag's label as written).
        score: Its zero-shot probability: a softmax over every candidate at the
            model's logit scale, so the scores of all candidates add up to 1.
        source: ``"vocabulary"``, or the name of the tag set the label is from.
        query: What to search for to find photos like it: ``text`` when the
            model reads the asked language, else ``english``.
    """

    text: str
    english: str
    score: float
    source: str
    query: str

    @property
    def from_vocabulary(self) -> bool:
        """Whether it is a built-in concept rather than one of the user's tags."""
        return self.source == VOCABULARY_SOURCE


@dataclass(frozen=True)
class WordsProgress:
    """How far preparing the vectors has got: concepts (and then tags) encoded of those to encode."""

    done: int
    total: int
