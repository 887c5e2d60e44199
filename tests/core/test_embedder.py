"""Embedder: split projection heads reproduce open_clip's own outputs; device choice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from photoclip.core.embedder import ClipEmbedder, choose_device
from photoclip.core.models import ModelRegistry, load_open_clip
from photoclip.errors import PhotoclipError


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ModelRegistry:
    return ModelRegistry(tmp_path_factory.mktemp("models"))


def test_split_heads_match_open_clip_encoders(registry: ModelRegistry) -> None:
    spec = registry.get("test-tiny")
    embedder = ClipEmbedder(registry, spec, device="cpu")
    model, _, tokenizer = load_open_clip(spec, registry.ensure_weights(spec), "cpu")
    pixels = np.random.default_rng(0).normal(size=(3, 3, spec.image_size, spec.image_size)).astype(np.float32)
    features, embeddings = embedder.encode_images(pixels)
    with torch.inference_mode():
        expected = model.encode_image(torch.from_numpy(pixels), normalize=True).numpy()
        expected_text = model.encode_text(tokenizer(["a dog", "una playa"]), normalize=True).numpy()
    np.testing.assert_allclose(embeddings, expected, atol=1e-5)
    np.testing.assert_allclose(embedder.encode_texts(["a dog", "una playa"]), expected_text, atol=1e-5)
    assert features.shape[0] == 3 and embeddings.shape == (3, spec.embed_dim)
    assert embedder.image_encoder_calls == 1 and embedder.text_encoder_calls == 1


def test_model_loads_lazily(registry: ModelRegistry) -> None:
    embedder = ClipEmbedder(registry, registry.get("test-tiny"))
    assert not embedder.loaded
    assert embedder.preprocess_config.image_size == 64
    assert embedder.loaded


def test_device_choice_falls_back_to_cpu_and_refuses_missing_cuda() -> None:
    if torch.cuda.is_available():
        assert choose_device() == "cuda"
    else:
        assert choose_device() in ("cpu", "mps")
        with pytest.raises(PhotoclipError, match="no CUDA GPU"):
            choose_device("cuda")
    assert choose_device("cpu") == "cpu"
    with pytest.raises(PhotoclipError, match="Unknown device"):
        choose_device("tpu")


def test_default_batch_size_suits_device(registry: ModelRegistry) -> None:
    assert ClipEmbedder(registry, registry.get("test-tiny"), device="cpu").batch_size == 32
    assert ClipEmbedder(registry, registry.get("test-tiny"), device="cpu", batch_size=7).batch_size == 7
