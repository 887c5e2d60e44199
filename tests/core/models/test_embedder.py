"""Embedder: split projection heads reproduce open_clip's own outputs; device choice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from photoclip.core.models import ModelRegistry, load_open_clip
from photoclip.core.models import embedder as embedder_module
from photoclip.core.models.embedder import ClipEmbedder, choose_device, cpu_has_native_bf16, resolve_precision
from photoclip.errors import PhotoclipError


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ModelRegistry:
    return ModelRegistry(tmp_path_factory.mktemp("models"))


def test_split_heads_match_open_clip_encoders(registry: ModelRegistry) -> None:
    spec = registry.get("test-tiny")
    embedder = ClipEmbedder(registry, spec, device="cpu", precision="fp32")
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


def _outputs(embedder: ClipEmbedder) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    size = embedder.preprocess_config.image_size
    pixels = np.random.default_rng(1).normal(size=(4, 3, size, size)).astype(np.float32)
    features, embeddings = embedder.encode_images(pixels)
    return features, embeddings, embedder.encode_texts(["a dog on a beach", "un perro en la playa"])


def test_bf16_towers_agree_with_fp32_and_keep_fp32_heads(registry: ModelRegistry) -> None:
    spec = registry.get("test-tiny")
    fp32 = ClipEmbedder(registry, spec, device="cpu", precision="fp32")
    bf16 = ClipEmbedder(registry, spec, device="cpu", precision="bf16")
    _, image32, text32 = _outputs(fp32)
    features16, image16, text16 = _outputs(bf16)
    assert (fp32.precision, fp32.precision_check) == ("fp32", None)
    assert bf16.precision == "bf16" and bf16.precision_check is not None and bf16.precision_check >= 0.99
    assert features16.dtype == np.float32 and image16.dtype == np.float32
    assert np.min(np.sum(image32 * image16, axis=1)) >= 0.99
    assert np.min(np.sum(text32 * text16, axis=1)) >= 0.99
    assert not np.array_equal(image32, image16)  # it really ran in bf16
    # The heads (what personalisation trains and re-projection uses) and the
    # temperature are the fp32 originals, whatever the towers run in.
    for a, b in zip(fp32.heads(), bf16.heads()):
        assert a.dtype == b.dtype == np.float32
        np.testing.assert_array_equal(a, b)
    assert bf16.logit_scale == fp32.logit_scale


def test_bf16_falls_back_to_fp32_when_the_load_check_fails(registry: ModelRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = registry.get("test-tiny")
    _, image32, text32 = _outputs(ClipEmbedder(registry, spec, device="cpu", precision="fp32"))
    monkeypatch.setattr(embedder_module, "BF16_MIN_COSINE", 1.01)  # no bf16 tower can pass this
    fallen = ClipEmbedder(registry, spec, device="cpu", precision="bf16")
    _, image, text = _outputs(fallen)
    assert fallen.precision == "fp32"
    assert fallen.precision_check is not None and fallen.precision_check < 1.01
    np.testing.assert_array_equal(image, image32)  # a fresh fp32 model, not the cast one
    np.testing.assert_array_equal(text, text32)


def test_auto_precision_is_bf16_only_on_cpus_that_compute_it() -> None:
    assert resolve_precision("auto", "cpu") == ("bf16" if cpu_has_native_bf16() else "fp32")
    assert resolve_precision("auto", "cuda") == "fp32"
    assert resolve_precision("auto", "mps") == "fp32"
    assert resolve_precision("fp32", "cpu") == "fp32" and resolve_precision("bf16", "cuda") == "bf16"
    with pytest.raises(PhotoclipError, match="Unknown precision"):
        ClipEmbedder(ModelRegistry(Path("/nonexistent")), None, precision="fp16")  # type: ignore[arg-type]


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
