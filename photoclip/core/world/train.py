"""Train the ``shapes-world`` CLIP on the synthetic world, from a seed, on the CPU.

The model is small enough to train in a few minutes on two cores, and it is
trained with open_clip's own architecture and a CLIP contrastive loss, so it
loads through the product's real loader like any downloaded model. Captions of
the same batch can describe several pictures ("red circles"), so the targets
are every picture a caption is true of, not only the one it was written for.

The weights ship in the package as a compact file (under 2 MB, see
:func:`compact_state`); ``python -m photoclip.core.world.train OUT`` reproduces
it, and :func:`expand_state` turns it into the full state dict open_clip loads.
"""

from __future__ import annotations

import argparse
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core.world.scene import LANGUAGES, Scene, caption, render, scenes

if TYPE_CHECKING:  # torch is imported lazily: it costs seconds
    import torch
    from open_clip import CLIP  # the model class train() calls encode_image/encode_text on (open_clip has no type stubs)

ARCH = "shapes-world"
IMAGE_SIZE = 64
#: Pictures are drawn larger and shrunk, as the product's decoder shrinks photos.
RENDER_SIZE = 192
TRAIN_SEED = 0
TRAIN_SCENES = 6000
STEPS = 1500
BATCH = 128


@dataclass(frozen=True)
class _Caption:
    text: str
    scene: Scene
    detail: int
    with_size: bool


def _describes(c: _Caption, s: Scene) -> bool:
    """True if caption ``c`` is true of scene ``s`` (it only names what it names)."""
    t = c.scene
    if (t.shape, t.colour) != (s.shape, s.colour):
        return False
    if t.shape == "arrow" and t.direction != s.direction:
        return False
    if c.detail >= 2 and t.count != s.count:
        return False
    if c.detail >= 3 and t.background != s.background:
        return False
    return not (c.with_size and t.large != s.large)


def _pixels(scene_list: list[Scene]) -> np.ndarray:
    from PIL import Image

    out = np.empty((len(scene_list), IMAGE_SIZE, IMAGE_SIZE, 3), dtype=np.uint8)
    for i, s in enumerate(scene_list):
        picture = render(s, (RENDER_SIZE, RENDER_SIZE)).resize((IMAGE_SIZE, IMAGE_SIZE), Image.Resampling.BICUBIC)
        out[i] = np.asarray(picture)
    return out


def train(
    dest: Path,
    *,
    steps: int = STEPS,
    seed: int = TRAIN_SEED,
    log: Callable[[str], None] | None = None,
) -> dict[str, float]:
    """Train the model and save its state dict to ``dest`` as safetensors.

    Args:
        dest: The weights file to write (written whole or not at all).
        steps: Optimiser steps.
        seed: Seeds the scenes, the captions and torch.
        log: Called with a line of progress now and then.

    Returns:
        Training figures: ``seconds`` and the final ``loss``.
    """
    import open_clip
    import torch
    import torch.nn.functional as F
    from open_clip.constants import OPENAI_DATASET_MEAN, OPENAI_DATASET_STD

    from photoclip.core.models import register_model_configs

    register_model_configs()
    started = time.perf_counter()
    rng = random.Random(seed)
    train_scenes = scenes(TRAIN_SCENES, seed)
    pixels = torch.from_numpy(_pixels(train_scenes)).permute(0, 3, 1, 2).contiguous()
    mean = torch.tensor(OPENAI_DATASET_MEAN).view(1, 3, 1, 1)
    std = torch.tensor(OPENAI_DATASET_STD).view(1, 3, 1, 1)
    tokenizer = open_clip.get_tokenizer(ARCH)

    model = _initial_model(seed)
    model.train()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        # As in CLIP: no decay on embeddings, gains, biases and the logit scale. For the
        # token embedding it also matters for the compact file: rows of words the world
        # never uses keep their seeded initial values exactly, so they need not be stored.
        decay = [p for n, p in model.named_parameters() if p.ndim >= 2 and "embedding" not in n]
        rest = [p for n, p in model.named_parameters() if not (p.ndim >= 2 and "embedding" not in n)]
        optimiser = torch.optim.AdamW(
            [{"params": decay, "weight_decay": 0.05}, {"params": rest, "weight_decay": 0.0}], lr=2e-3
        )
        warmup = max(1, steps // 20)

        def lr_at(step: int) -> float:
            if step < warmup:
                return (step + 1) / warmup
            return 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, steps - warmup)))

        schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lr_at)
        loss_value = float("nan")
        for step in range(steps):
            index = rng.sample(range(len(train_scenes)), BATCH)
            batch = [train_scenes[i] for i in index]
            caps = []
            for s in batch:
                detail, with_size = rng.choice((1, 2, 3)), rng.random() < 0.3
                caps.append(_Caption(caption(s, rng.choice(LANGUAGES), detail=detail, with_size=with_size), s, detail, with_size))
            images = (pixels[index].float() / 255 - mean) / std
            texts = tokenizer([c.text for c in caps])
            truth = torch.tensor([[_describes(c, s) for c in caps] for s in batch], dtype=torch.float32)
            image_features = F.normalize(model.encode_image(images), dim=-1)
            text_features = F.normalize(model.encode_text(texts), dim=-1)
            logits = model.logit_scale.exp() * image_features @ text_features.T
            loss = (
                -(truth / truth.sum(1, keepdim=True) * F.log_softmax(logits, 1)).sum(1).mean()
                - (truth.T / truth.T.sum(1, keepdim=True) * F.log_softmax(logits.T, 1)).sum(1).mean()
            ) / 2
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()
            schedule.step()
            with torch.no_grad():
                model.logit_scale.clamp_(0, math.log(100))
            loss_value = float(loss.detach())
            if log is not None and (step % 100 == 0 or step == steps - 1):
                log(f"step {step + 1}/{steps}: loss {loss_value:.3f} ({time.perf_counter() - started:.0f} s)")

    compact = compact_state(model.state_dict(), seed)
    dest.parent.mkdir(parents=True, exist_ok=True)
    from safetensors.torch import save_file

    tmp = dest.with_name(dest.name + ".tmp")
    save_file(compact, str(tmp), metadata={"photoclip": f"shapes-world, seed {seed}, {steps} steps, compact"})
    tmp.replace(dest)
    return {"seconds": time.perf_counter() - started, "loss": loss_value}


def _initial_model(seed: int) -> CLIP:
    """The untrained model of ``seed``: the same initial values :func:`train` starts from."""
    import open_clip
    import torch

    from photoclip.core.models import register_model_configs

    register_model_configs()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return open_clip.create_model(ARCH, device="cpu")


def compact_state(state: dict[str, torch.Tensor], seed: int) -> dict[str, torch.Tensor]:
    """The trained weights in under 2 MB: fp16, and only the token-embedding rows training changed.

    The 49,408-row token embedding is most of the model, and the world's captions
    use about a hundred of its words; the other rows are still their seeded
    initial values, which :func:`expand_state` regenerates.
    """
    import torch

    initial = _initial_model(seed).state_dict()["token_embedding.weight"]
    tokens = state["token_embedding.weight"]
    rows = (tokens != initial).any(dim=1).nonzero().flatten()
    out = {k: v.detach().to(torch.float16).contiguous() for k, v in state.items() if k != "token_embedding.weight"}
    out["token_embedding.rows"] = rows.to(torch.int64)
    out["token_embedding.values"] = tokens[rows].detach().to(torch.float16).contiguous()
    out["token_embedding.seed"] = torch.tensor([seed], dtype=torch.int64)
    return out


def expand_state(compact: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The full fp32 state dict from :func:`compact_state`'s output, ready for open_clip's loader."""
    import torch

    seed = int(compact["token_embedding.seed"][0])
    tokens = _initial_model(seed).state_dict()["token_embedding.weight"].detach().clone()
    tokens[compact["token_embedding.rows"]] = compact["token_embedding.values"].to(torch.float32)
    state = {
        k: v.to(torch.float32).contiguous() for k, v in compact.items() if not k.startswith("token_embedding.")
    }
    state["token_embedding.weight"] = tokens.contiguous()
    return state


def main(argv: list[str] | None = None) -> int:
    """``python -m photoclip.core.world.train OUT``: train and save the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--seed", type=int, default=TRAIN_SEED)
    args = parser.parse_args(argv)
    figures = train(args.out, steps=args.steps, seed=args.seed, log=print)
    print(f"trained in {figures['seconds']:.0f} s, final loss {figures['loss']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
