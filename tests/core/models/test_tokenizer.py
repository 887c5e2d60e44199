"""The torch-free tokenizer gives exactly open_clip's token ids."""

from __future__ import annotations

import csv

import pytest
from open_clip.tokenizer import SimpleTokenizer

from photoclip.core.models.tokenizer import ClipTokenizer
from tests.conftest import shared_data

TEXTS = [
    "a photo of a dog",
    "A Photo   of a DOG!!",
    "una playa al atardecer",
    "o gato dormindo no sofá da sala",
    "city street at night, rain & neon &amp; signs",
    "café crème brûlée 🍰 naïve façade",
    "東京の夜景",
    "x",
    "",
    "they're we've I'll it's 3.14 2019-06-01 #hashtag @user",
    "mountains " * 90,  # longer than the context: cut, ending with the end token
]


@pytest.mark.parametrize("clean", ["lower", "whitespace", "canonicalize"])
@pytest.mark.parametrize("context", [77, 32])
def test_same_ids_as_open_clip(clean: str, context: int) -> None:
    ours = ClipTokenizer(context, clean)(TEXTS)  # type: ignore[arg-type]  # parametrized literal
    theirs = SimpleTokenizer(context_length=context, clean=clean)(TEXTS).numpy()
    assert ours.dtype.name == "int64" and ours.shape == (len(TEXTS), context)
    assert (ours == theirs).all()


def test_same_ids_on_real_captions() -> None:
    with open(shared_data("flickr8k-1k", "captions.csv"), encoding="utf-8") as f:
        captions = [row["caption"] for row in csv.DictReader(f)][:1500]
    assert (ClipTokenizer()(captions) == SimpleTokenizer()(captions).numpy()).all()
