"""Stand-ins for the built-in models' files: real architectures, random weights.

The weights of ``ViT-B-32`` and ``xlm-roberta-base-ViT-B-32`` are generated
(seeded random, the real tensor names and sizes), so downloads, checks,
archives and loading all see the real file layout. To keep the multilingual
stand-in quick, its XLM-RoBERTa text tower is small (2 layers, a 60-piece
vocabulary): its ``config.json`` and a real fast ``tokenizer.json`` (built with
the ``tokenizers`` library, XLM-R's special tokens) are part of the fake, as
the weights are. The image tower is the real ViT-B/32.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.hub import FakeHub

#: The built-ins' registry fields the stand-ins share with them.
PREPROCESS = {
    "mean": [0.48145466, 0.4578275, 0.40821073],
    "std": [0.26862954, 0.26130258, 0.27577711],
    "interpolation": "bicubic",
    "resize_mode": "shortest",
}
# A few whole words of each language, then letters, so any text tokenizes.
_WORDS = ["a", "photo", "of", "dog", "cat", "beach", "red", "un", "una", "perro", "gato", "playa", "foto", "de", "rojo", "en", "la"]
_LETTERS = list("abcdefghijklmnopqrstuvwxyzñáéíóú")


@dataclass(frozen=True)
class StandIn:
    """A built-in's files, generated: the weights and (multilingual) the text tower's files."""

    name: str
    arch: str
    filename: str
    weights: bytes
    text_tower: dict[str, bytes]
    languages: tuple[str, ...]

    def publish(self, hub: FakeHub, **entry: Any) -> dict[str, Any]:
        """Serve it from ``hub`` and list it (pinned) in the test registry under the built-in's name."""
        return hub.add_model(
            self.name, arch=self.arch, weights=self.weights, filename=self.filename, embed_dim=512,
            image_size=224, text_tower=self.text_tower or None, languages=list(self.languages),
            preprocess=PREPROCESS, **entry,
        )


def xlmr_text_tower() -> dict[str, bytes]:
    """config.json and tokenizer.json of a small XLM-RoBERTa, with XLM-R's special tokens and ids."""
    from tokenizers import Tokenizer, decoders, pre_tokenizers, processors
    from tokenizers import models as tok_models
    from transformers import XLMRobertaConfig

    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    pieces = [(t, 0.0) for t in specials] + [(f"\u2581{w}", -2.0) for w in _WORDS]
    pieces += [(c, -8.0) for c in _LETTERS] + [("\u2581", -9.0), ("<mask>", 0.0)]
    tok = Tokenizer(tok_models.Unigram(pieces, unk_id=3))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    tok.add_special_tokens(specials + ["<mask>"])
    config = XLMRobertaConfig(
        vocab_size=len(pieces), hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=128, max_position_embeddings=514, pad_token_id=1, bos_token_id=0, eos_token_id=2,
    )
    return {
        "config.json": json.dumps(config.to_dict(), indent=2).encode(),
        "tokenizer.json": tok.to_str().encode(),
    }


def _generate(arch: str, text_tower_dir: Path | None) -> dict[str, Any]:
    import open_clip
    import torch

    from photoclip.core.models.loader import quiet_open_clip, text_cfg_for

    kwargs: dict[str, Any] = {}
    if text_tower_dir is not None:
        kwargs["text_cfg"] = text_cfg_for(arch, text_tower_dir)
    with torch.random.fork_rng(devices=[]), quiet_open_clip():
        torch.manual_seed(1)
        model = open_clip.create_model(arch, pretrained_hf=False, **kwargs)
    return {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}


@pytest.fixture(scope="session")
def vit_b_32_standin() -> StandIn:
    """The vit-b-32 built-in's file: ViT-B-32 weights as ``open_clip_model.safetensors`` (605 MB)."""
    from safetensors.torch import save

    return StandIn("vit-b-32", "ViT-B-32", "open_clip_model.safetensors",
                   save(_generate("ViT-B-32", None)), {}, ("en",))


@pytest.fixture(scope="session")
def multilingual_standin(tmp_path_factory: pytest.TempPathFactory) -> StandIn:
    """The multilingual built-in's files: ``open_clip_pytorch_model.bin`` (a torch state dict, as on the
    hub) for the real ``xlm-roberta-base-ViT-B-32`` with a small text tower, and that tower's files."""
    import torch

    tower = xlmr_text_tower()
    folder = tmp_path_factory.mktemp("xlmr")
    for name, content in tower.items():
        (folder / name).write_bytes(content)
    buffer = io.BytesIO()
    torch.save(_generate("xlm-roberta-base-ViT-B-32", folder), buffer)
    return StandIn("multilingual-vit-b-32", "xlm-roberta-base-ViT-B-32", "open_clip_pytorch_model.bin",
                   buffer.getvalue(), tower, ("en", "es", "pt"))
