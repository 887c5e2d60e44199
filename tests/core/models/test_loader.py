"""Loading follows each model's registry data: its preprocessing, and a Hugging Face text tower read from local files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from photoclip.core.imaging import PreprocessConfig
from photoclip.core.models import ModelRegistry, load_open_clip
from photoclip.core.models.embedder import ClipEmbedder
from tests.hub import FakeHub


def test_preprocessing_comes_from_the_registry_entry(fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes) -> None:
    # Unlike every default: SigLIP-style mean/std, bilinear, squash, and a larger input than the architecture's.
    fake_hub.add_model(
        "odd-tiny", arch="test-tiny", weights=tiny_weights, image_size=96,
        preprocess={"mean": [0.5, 0.5, 0.5], "std": [0.25, 0.25, 0.25], "interpolation": "bilinear", "resize_mode": "squash"},
    )
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("odd-tiny")
    assert spec.preprocess == PreprocessConfig(96, (0.5, 0.5, 0.5), (0.25, 0.25, 0.25), "bilinear", "squash")
    # The embedder (what indexing uses) reads it back from the model open_clip built.
    embedder = ClipEmbedder(registry, spec, device="cpu", precision="fp32")
    assert embedder.preprocess_config == spec.preprocess
    pixels = np.full((1, 3, 96, 96), 0.0, dtype=np.float32)
    _features, embeddings = embedder.encode_images(pixels)
    assert embeddings.shape == (1, 64)
    # open_clip's own transform agrees: a 75 % grey image normalises to (0.75 - 0.5) / 0.25 = 1.
    from PIL import Image

    _model, preprocess, _tok = load_open_clip(spec, registry.ensure_weights(spec))
    out = preprocess(Image.new("RGB", (200, 50), (191, 191, 191)))
    assert out.shape == (3, 96, 96)  # squashed, not cropped
    assert torch.allclose(out, torch.full_like(out, (191 / 255 - 0.5) / 0.25), atol=1e-4)


def test_without_preprocess_data_the_architecture_defaults_apply(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    spec = registry.get("test-tiny")
    assert spec.preprocess is None
    config = ClipEmbedder(registry, spec, device="cpu", precision="fp32").preprocess_config
    assert (config.image_size, config.interpolation, config.resize_mode) == (64, "bicubic", "shortest")
    assert config.mean == pytest.approx((0.48145466, 0.4578275, 0.40821073))
