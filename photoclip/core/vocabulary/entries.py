"""The built-in vocabulary: ``resources/vocabulary.tsv`` (english, español, português), read as values.

The file has one concept per line, three tab-separated names; lines starting
with ``#`` are comments. The English name is what the model reads (the prompt
templates are English); the others are what a Spanish or Portuguese UI shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from photoclip.core.vocabulary.records import WordsLanguage


@dataclass(frozen=True)
class VocabularyEntry:
    """One concept and its names."""

    english: str
    spanish: str
    portuguese: str

    def name(self, language: WordsLanguage) -> str:
        """The concept's name in ``language``."""
        return {"es": self.spanish, "pt": self.portuguese}.get(language, self.english)


def vocabulary_file() -> Path:
    """Where the shipped vocabulary is (inside the package, so wheels and the frozen app carry it)."""
    return Path(str(files("photoclip") / "resources" / "vocabulary.tsv"))


def parse_vocabulary(text: str) -> tuple[VocabularyEntry, ...]:
    """Read vocabulary lines (see the module docstring).

    Raises:
        ValueError: A line without three non-empty names, or an English name given twice.
    """
    entries: list[VocabularyEntry] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        names = [name.strip() for name in line.split("\t")]
        if len(names) != 3 or not all(names):
            raise ValueError(f"Vocabulary line {number} needs three names separated by tabs.")
        if names[0].casefold() in seen:
            raise ValueError(f"Vocabulary line {number} repeats {names[0]!r}.")
        seen.add(names[0].casefold())
        entries.append(VocabularyEntry(*names))
    return tuple(entries)


@lru_cache(maxsize=1)
def load_vocabulary() -> tuple[VocabularyEntry, ...]:
    """The shipped vocabulary (read once per process).

    Raises:
        ValueError: The shipped file is broken (see :func:`parse_vocabulary`).
    """
    return parse_vocabulary(vocabulary_file().read_text(encoding="utf-8"))
