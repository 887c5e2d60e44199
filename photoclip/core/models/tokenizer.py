"""CLIP's byte-pair tokenizer without torch, for searching through ONNX Runtime.

open_clip's ``tokenizer`` module imports torch at its top, and a text search
must not pay seconds (and hundreds of MB) for it. This is the same algorithm
as open_clip's ``SimpleTokenizer`` (itself copied from OpenAI's CLIP, MIT
licence, Copyright (c) 2021 OpenAI), returning numpy arrays; it reads the
vocabulary file shipped inside the open_clip package without importing that
package. Tests check that it gives the same token ids as open_clip.
"""

from __future__ import annotations

import functools
import gzip
import html
import importlib.util
import string
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import ftfy
import numpy as np
import regex

from photoclip.errors import PhotoclipError

CleanMode = Literal["lower", "whitespace", "canonicalize"]
VOCAB_FILE = "bpe_simple_vocab_16e6.txt.gz"
_SPECIALS = ("<start_of_text>", "<end_of_text>")


def open_clip_vocab() -> Path:
    """The BPE vocabulary file inside the installed open_clip package (found without importing it).

    Raises:
        PhotoclipError: open_clip is not installed, or its vocabulary file is missing.
    """
    found = importlib.util.find_spec("open_clip")
    locations = list(found.submodule_search_locations or []) if found is not None else []
    for folder in locations:
        path = Path(folder) / VOCAB_FILE
        if path.is_file():
            return path
    raise PhotoclipError("open_clip's tokenizer vocabulary was not found.", hint="Install photoclip again (with pip).")


@functools.lru_cache(maxsize=1)
def _bytes_to_unicode() -> dict[int, str]:
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(2**8):
        if b not in bs:
            bs.append(b)
            cs.append(2**8 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


def _basic_clean(text: str) -> str:
    text = ftfy.fix_text(text)
    return html.unescape(html.unescape(text)).strip()


def _clean(text: str, mode: CleanMode) -> str:
    text = _basic_clean(text)
    if mode == "canonicalize":
        text = text.replace("_", " ").translate(str.maketrans("", "", string.punctuation)).lower()
        return " ".join(text.split()).strip()
    text = " ".join(text.split()).strip()
    return text.lower() if mode == "lower" else text


class ClipTokenizer:
    """Texts to CLIP token ids, ``(N, context_length)`` int64, as open_clip's ``SimpleTokenizer`` gives them.

    Args:
        context_length: Tokens per text (77 for CLIP); longer texts are cut, ending with the end token.
        clean: How text is cleaned first (open_clip's ``clean`` tokenizer option).
        vocab: The BPE merges file (default: open_clip's own).
    """

    def __init__(self, context_length: int = 77, clean: CleanMode = "lower", vocab: Path | None = None) -> None:
        self.context_length = context_length
        self.clean = clean
        merges_text = gzip.open(vocab or open_clip_vocab()).read().decode("utf-8").split("\n")
        merges = [tuple(m.split()) for m in merges_text[1 : 49152 - 256 - 2 + 1]]
        units = list(_bytes_to_unicode().values())
        words = units + [u + "</w>" for u in units] + ["".join(m) for m in merges] + list(_SPECIALS)
        self.encoder = {w: i for i, w in enumerate(words)}
        self.bpe_ranks = {m: i for i, m in enumerate(merges)}
        self._cache: dict[str, str] = {t: t for t in _SPECIALS}
        self._pattern = regex.compile(
            "|".join(_SPECIALS) + r"""|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""", regex.IGNORECASE
        )
        self.sot = self.encoder[_SPECIALS[0]]
        self.eot = self.encoder[_SPECIALS[1]]

    def _bpe(self, token: str) -> str:
        if token in self._cache:
            return self._cache[token]
        word: tuple[str, ...] = tuple(token[:-1]) + (token[-1] + "</w>",)
        pairs = set(zip(word, word[1:]))
        if not pairs:
            return token + "</w>"
        while True:
            bigram = min(pairs, key=lambda pair: self.bpe_ranks.get(pair, float("inf")))
            if bigram not in self.bpe_ranks:
                break
            first, second = bigram
            merged: list[str] = []
            i = 0
            while i < len(word):
                try:
                    j = word.index(first, i)
                except ValueError:
                    merged.extend(word[i:])
                    break
                merged.extend(word[i:j])
                i = j
                if word[i] == first and i < len(word) - 1 and word[i + 1] == second:
                    merged.append(first + second)
                    i += 2
                else:
                    merged.append(word[i])
                    i += 1
            word = tuple(merged)
            if len(word) == 1:
                break
            pairs = set(zip(word, word[1:]))
        result = " ".join(word)
        self._cache[token] = result
        return result

    def encode(self, text: str) -> list[int]:
        """The token ids of one text, without the start and end tokens."""
        byte_encoder = _bytes_to_unicode()
        ids: list[int] = []
        for token in self._pattern.findall(_clean(text, self.clean)):
            token = "".join(byte_encoder[b] for b in token.encode("utf-8"))
            ids.extend(self.encoder[piece] for piece in self._bpe(token).split(" "))
        return ids

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """Token ids of ``texts``, padded with zeros: ``(N, context_length)`` int64."""
        out = np.zeros((len(texts), self.context_length), dtype=np.int64)
        for i, text in enumerate(texts):
            ids = [self.sot, *self.encode(text), self.eot]
            if len(ids) > self.context_length:
                ids = ids[: self.context_length]
                ids[-1] = self.eot
            out[i, : len(ids)] = ids
        return out
