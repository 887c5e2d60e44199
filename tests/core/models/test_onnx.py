"""Serving through ONNX Runtime: the export agrees with torch, int8 is kept only when faithful, torch takes over when it must."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.imaging import load_for_model
from photoclip.core.models import ModelRegistry
from photoclip.core.models.embedder import ClipEmbedder
from photoclip.core.models.onnx_towers import FP32_MIN_COSINE, plan_threads, read_manifest
from tests.conftest import write_photo

TEXTS = ["a dog on the beach", "una playa al atardecer", "city street at night", "x", "two cats " * 40]


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("photos")
    return [write_photo(folder / f"p{i}.jpg", i, size=(160, 120)) for i in range(10)]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ModelRegistry:
    return ModelRegistry(tmp_path_factory.mktemp("models"))


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def _pixels(embedder: ClipEmbedder, photos: list[Path]) -> np.ndarray:
    return np.stack([load_for_model(p, embedder.preprocess_config)[0] for p in photos])


def test_exported_towers_agree_with_torch(registry: ModelRegistry, photos: list[Path]) -> None:
    spec = registry.get("test-tiny")
    served = ClipEmbedder(registry, spec, device="cpu", precision="fp32", probe_photos=lambda n: photos[:n])
    reference = ClipEmbedder(registry, spec, device="cpu", precision="fp32", runtime="torch")
    pixels = _pixels(served, photos)

    features, embeddings = served.encode_images(pixels)
    torch_features, torch_embeddings = reference.encode_images(pixels)
    assert served.runtime == "onnxruntime" and reference.runtime == "torch"
    assert served.precision == "fp32"
    assert _cosines(features, torch_features).min() >= FP32_MIN_COSINE
    assert _cosines(embeddings, torch_embeddings).min() >= FP32_MIN_COSINE
    assert _cosines(served.encode_texts(TEXTS), reference.encode_texts(TEXTS)).min() >= FP32_MIN_COSINE
    assert _cosines(served.text_features(TEXTS), reference.text_features(TEXTS)).min() >= FP32_MIN_COSINE
    # The heads are the model's own, applied with numpy: personalisation trains on these.
    for ours, theirs in zip(served.heads(), reference.heads()):
        np.testing.assert_array_equal(ours, theirs)
    assert served.logit_scale == pytest.approx(reference.logit_scale)

    manifest = served.manifest
    assert manifest is not None and manifest.probe == "library" and manifest.probe_photos == len(photos)
    assert manifest.image_cosine >= FP32_MIN_COSINE and manifest.text_cosine is not None and manifest.text_cosine >= FP32_MIN_COSINE
    recorded = json.loads((served.onnx_dir() / "manifest.json").read_text())
    assert recorded["image_cosine"] == manifest.image_cosine
    assert "onnxruntime" in served.inference_summary() and "fp32" in served.inference_summary()


def test_int8_image_tower_runs_under_auto_when_it_agrees(registry: ModelRegistry, photos: list[Path]) -> None:
    spec = registry.get("test-tiny")
    auto = ClipEmbedder(registry, spec, device="cpu", precision="auto", probe_photos=lambda n: photos[:n])
    fp32 = ClipEmbedder(registry, spec, device="cpu", precision="fp32", probe_photos=lambda n: photos[:n])
    auto.load()
    assert auto.manifest is not None and auto.manifest.int8_ok
    assert auto.precision == "int8" and auto.precision_check == auto.manifest.int8_cosine
    assert (auto.onnx_dir() / "image.int8.onnx").is_file()
    pixels = _pixels(auto, photos)
    assert _cosines(auto.encode_images(pixels)[0], fp32.encode_images(pixels)[0]).min() >= auto.manifest.int8_min


def test_int8_falls_back_to_fp32_when_it_disagrees(tmp_path: Path, photos: list[Path]) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("test-tiny")
    # No int8 tower can reach a cosine above 1: the check must refuse it.
    embedder = ClipEmbedder(registry, spec, device="cpu", precision="auto", probe_photos=lambda n: photos[:n], int8_min_cosine=1.01)
    embedder.load()
    manifest = embedder.manifest
    assert manifest is not None and manifest.int8_cosine is not None and not manifest.int8_ok
    assert embedder.precision == "fp32" and embedder.precision_check is None
    assert not (embedder.onnx_dir() / "image.int8.onnx").exists()
    assert "image tower fp32" in embedder.inference_summary()
    features, _ = embedder.encode_images(_pixels(embedder, photos[:2]))
    assert features.shape[0] == 2


def test_a_new_library_checks_on_generated_images_and_the_export_follows_the_weights(tmp_path: Path, photos: list[Path]) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("test-tiny")
    embedder = ClipEmbedder(registry, spec, device="cpu", probe_photos=lambda n: [])
    manifest = embedder.prepare()
    assert manifest is not None and manifest.probe == "generated" and manifest.probe_photos == 0
    weights = registry.ensure_weights(spec)
    assert read_manifest(embedder.onnx_dir(), weights) == manifest

    # Once the library has photos, the int8 check is made again on them, without a new export.
    later = ClipEmbedder(registry, spec, device="cpu", probe_photos=lambda n: photos[:n])
    later.load()
    assert later.manifest is not None and later.manifest.probe == "library" and later.manifest.probe_photos == len(photos)
    assert later.manifest.image_cosine == manifest.image_cosine  # the same export
    assert read_manifest(embedder.onnx_dir(), weights) == later.manifest
    os.utime(weights, ns=(1, 1))  # other weights (say, imported again) make the export stale
    assert read_manifest(embedder.onnx_dir(), weights) is None


def test_a_failed_export_falls_back_to_torch_with_a_message(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("test-tiny")
    embedder = ClipEmbedder(registry, spec, device="cpu")
    # A file where the export's folder should be: it cannot be replaced.
    embedder.onnx_dir().parent.mkdir(parents=True, exist_ok=True)
    embedder.onnx_dir().write_text("not a folder")
    embeddings = embedder.encode_texts(["a dog"])
    assert embedder.runtime == "torch" and embeddings.shape == (1, spec.embed_dim)
    assert embedder.fallback is not None and "torch" in embedder.fallback
    assert embedder.inference_summary().startswith("torch")


def test_bf16_runs_on_torch(registry: ModelRegistry) -> None:
    embedder = ClipEmbedder(registry, registry.get("test-tiny"), device="cpu", precision="bf16")
    embedder.load()
    assert embedder.runtime == "torch" and embedder.manifest is None and embedder.fallback is None


@pytest.mark.parametrize(("cores", "decode", "inference"), [(1, 1, 1), (2, 1, 2), (4, 1, 4), (8, 2, 8), (16, 4, 16)])
def test_threads_are_shared_between_decoding_and_inference(cores: int, decode: int, inference: int) -> None:
    assert plan_threads(cores) == plan_threads(cores, 0, 0)
    plan = plan_threads(cores)
    assert (plan.decode, plan.inference) == (decode, inference)
    assert plan_threads(cores, decode=3, inference=5) == type(plan)(3, 5)
