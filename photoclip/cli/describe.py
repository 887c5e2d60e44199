"""``photoclip describe``: the photo's own words, its best descriptions from the vocabulary and the user's tags."""

from __future__ import annotations

import argparse

from photoclip.cli.common import Command, emit, open_library
from photoclip.cli.progress import ProgressBar
from photoclip.errors import PhotoclipError


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("photo", metavar="PATH_OR_ID", help="a photo of the library: its path or its id")
    p.add_argument("-k", type=int, default=10, help="how many descriptions (default 10)")
    p.add_argument(
        "--lang", choices=("en", "es", "pt"), default=None,
        help="the language of the words (default: the app's language setting, else English)",
    )


def run_describe(args: argparse.Namespace) -> int:
    """``photoclip describe PATH_OR_ID``: the best words for a photo, each with its score, best first."""
    from photoclip.core.vocabulary import words_language

    if args.k <= 0:
        raise PhotoclipError("-k must be a positive number.")
    with open_library(args, read_only_ok=True) as lib:
        photo = lib.tags.photo_id(args.photo)
        language = args.lang or words_language(lib.settings.language)
        if not lib.words.ready():
            # Once per model (and profile): encoding the vocabulary runs the text model over a few thousand prompts.
            bar = ProgressBar("Preparing the vocabulary", " words", quiet=bool(args.json), leave=False)
            for step in lib.words.prepare():
                bar(step.done, step.total)
            bar.close()
        words = lib.words.describe(photo, args.k, language)
    data = [{"text": w.text, "english": w.english, "score": round(w.score, 6), "source": w.source, "query": w.query} for w in words]
    lines = [f"{w.score:.4f}  {w.text}" + ("" if w.from_vocabulary else f"  ({w.source})") for w in words]
    emit(args, data, "\n".join(lines))
    return 0


DESCRIBE = Command("describe", "the words that best describe a photo (from everyday concepts and your tag sets)", _arguments, run_describe)
