"""Importing weights files and model archives: safely, verified, with clear refusals and nothing left behind."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import torch

from photoclip.core.models import ModelProgress, ModelRegistry
from photoclip.errors import PhotoclipError
from tests.core.models.test_registry import assert_runs
from tests.hub import FakeHub


@pytest.fixture(scope="module")
def tiny_state(tiny_weights: bytes) -> dict[str, torch.Tensor]:
    from safetensors.torch import load

    return load(tiny_weights)


def leftovers(models_dir: Path) -> list[Path]:
    """Files a failed import must not leave: anything but the bookkeeping."""
    return [p for p in models_dir.rglob("*") if p.is_file() and p.name not in ("imported.json", "verified.json")]


# --------------------------------------------------------------------------- plain checkpoints


@pytest.mark.parametrize("suffix", [".safetensors", ".bin"])
def test_import_and_load(tmp_path: Path, tiny_state: dict[str, torch.Tensor], suffix: str) -> None:
    source = tmp_path / f"downloaded{suffix}"
    if suffix == ".safetensors":
        from safetensors.torch import save_file

        save_file(tiny_state, source)
    else:
        # A DDP training checkpoint: wrapped and 'module.'-prefixed, as open_clip accepts.
        torch.save({"epoch": 3, "state_dict": {f"module.{k}": v for k, v in tiny_state.items()}}, source)
    models_dir = tmp_path / "home" / "models"
    calls: list[ModelProgress] = []
    spec = ModelRegistry(models_dir).import_weights(source, "test-tiny", "my-tiny", progress=calls.append)
    assert (spec.source, spec.arch, spec.embed_dim, spec.image_size) == ("imported", "test-tiny", 64, 64)
    assert {c.phase for c in calls} >= {"import"} and calls[-1].done == calls[-1].total
    fresh = ModelRegistry(models_dir)  # the record survives in imported.json
    assert fresh.get("my-tiny") == spec
    weights = fresh.ensure_weights(spec, allow_download=False)
    assert weights.suffix == ".safetensors"  # later loads never unpickle
    assert fresh.is_ready_offline(spec)
    assert_runs(spec, weights)


def test_the_name_defaults_to_the_architecture(tmp_path: Path, tiny_state: dict[str, torch.Tensor]) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "w.safetensors"
    save_file(tiny_state, source)
    assert ModelRegistry(tmp_path / "models").import_weights(source, "test-tiny").name == "test-tiny-local"


def test_a_plain_file_without_its_architecture_is_refused(tmp_path: Path, tiny_state: dict[str, torch.Tensor]) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "w.safetensors"
    save_file(tiny_state, source)
    with pytest.raises(PhotoclipError, match="needs to be told its open_clip architecture"):
        ModelRegistry(tmp_path / "models").import_weights(source)


class _Evil:
    """Unpickling this would create a marker file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def test_import_refuses_pickled_code(tmp_path: Path, tiny_state: dict[str, torch.Tensor]) -> None:
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.pt"
    torch.save({"state_dict": {**tiny_state, "payload": _Evil(marker)}}, evil)
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(PhotoclipError, match="refused: this file contains pickled code"):
        registry.import_weights(evil, "test-tiny", "evil")
    assert not marker.exists()
    assert [s.name for s in registry.list() if s.source == "imported"] == []
    assert leftovers(tmp_path / "models") == []


@pytest.mark.filterwarnings("ignore:`torch.jit.script` is deprecated:FutureWarning")
def test_a_torchscript_file_is_named_for_what_it_is(tmp_path: Path) -> None:
    scripted = tmp_path / "ViT-B-32.pt"  # OpenAI's original checkpoints are TorchScript archives
    torch.jit.script(torch.nn.Linear(4, 2)).save(str(scripted))
    with pytest.raises(PhotoclipError) as info:
        ModelRegistry(tmp_path / "models").import_weights(scripted, "ViT-B-32")
    assert "is a TorchScript model" in info.value.message
    assert "weights_only" not in str(info.value)  # not torch's advice to run the file's code
    assert "timm/vit_base_patch32_clip_224.openai" in (info.value.hint or "")


def test_a_transformers_clip_checkpoint_is_named_for_what_it_is(tmp_path: Path) -> None:
    from transformers import CLIPConfig, CLIPModel

    config = CLIPConfig(
        text_config={"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1, "num_attention_heads": 2, "vocab_size": 99},
        vision_config={"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1, "num_attention_heads": 2,
                       "image_size": 32, "patch_size": 16},
        projection_dim=16,
    )
    CLIPModel(config).save_pretrained(tmp_path / "hf")
    weights = tmp_path / "hf" / "model.safetensors"
    with pytest.raises(PhotoclipError) as info:
        ModelRegistry(tmp_path / "models").import_weights(weights, "ViT-B-32")
    assert "is a Hugging Face transformers CLIP checkpoint, not an open_clip one" in info.value.message
    assert "--arch" not in str(info.value) and "open_clip_model.safetensors" in (info.value.hint or "")


def test_import_with_the_wrong_architecture_is_refused(tmp_path: Path, tiny_state: dict[str, torch.Tensor]) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "tiny.safetensors"
    save_file(tiny_state, source)
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(PhotoclipError) as info:
        registry.import_weights(source, "ViT-B-32", "wrong")
    text = str(info.value)
    assert "ViT-B-32" in text and ("missing keys" in text or "wrong sizes" in text)
    assert "Check the architecture" in text
    assert registry.list() == registry.builtin_specs()
    assert leftovers(tmp_path / "models") == []


def test_import_with_missing_tensors_names_the_keys(tmp_path: Path, tiny_state: dict[str, torch.Tensor]) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "partial.safetensors"
    save_file({k: v for k, v in tiny_state.items() if k != "text_projection"}, source)
    with pytest.raises(PhotoclipError, match="test-tiny.*missing keys: text_projection"):
        ModelRegistry(tmp_path / "models").import_weights(source, "test-tiny", "partial")


def test_import_unknown_architecture_suggests_names(tmp_path: Path) -> None:
    source = tmp_path / "x.safetensors"
    source.write_bytes(b"whatever")
    with pytest.raises(PhotoclipError) as info:
        ModelRegistry(tmp_path / "models").import_weights(source, "ViT-B-33", "x")
    assert "ViT-B-33" in str(info.value) and "ViT-B-32" in str(info.value)


def test_import_rejects_builtin_and_duplicate_names(tmp_path: Path, tiny_state: dict[str, torch.Tensor]) -> None:
    from safetensors.torch import save_file

    source = tmp_path / "tiny.safetensors"
    save_file(tiny_state, source)
    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(PhotoclipError, match="built-in"):
        registry.import_weights(source, "test-tiny", "vit-b-32")
    registry.import_weights(source, "test-tiny", "mine")
    with pytest.raises(PhotoclipError, match="already used"):
        registry.import_weights(source, "test-tiny", "mine")
    with pytest.raises(PhotoclipError, match="Invalid model name"):
        registry.import_weights(source, "test-tiny", "../escape")


# --------------------------------------------------------------------------- archives


def test_an_archive_round_trip_makes_the_builtin_ready_without_network(
    fake_hub: FakeHub, tmp_path: Path, tiny_weights: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    online = ModelRegistry(tmp_path / "online")
    spec = online.get("hub-tiny")
    online.ensure_weights(spec)
    calls: list[ModelProgress] = []
    archive = online.export_model(spec, tmp_path / "hub-tiny.zip", calls.append)
    assert {c.phase for c in calls} == {"export"} and calls[-1].done == calls[-1].total == len(tiny_weights)

    fake_hub.stop()
    fake_hub.requests.clear()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    offline = ModelRegistry(tmp_path / "offline")
    assert not offline.is_ready_offline(spec)
    calls.clear()
    assert offline.import_weights(archive, progress=calls.append) == spec  # the built-in itself, not a copy
    assert {c.phase for c in calls} == {"import"}
    assert offline.is_ready_offline(spec)
    path = offline.ensure_weights(spec)
    assert path == tmp_path / "offline" / "hub-tiny" / "open_clip_model.safetensors"
    assert path.read_bytes() == tiny_weights and fake_hub.requests == []


def test_an_archive_imported_under_another_name_is_an_imported_model(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    registry.ensure_weights(spec)
    archive = registry.export_model(spec, tmp_path / "a.zip")
    copy = registry.import_weights(archive, name="tiny-copy")
    assert copy.source == "imported" and copy.arch == "test-tiny" and copy.sha256 == spec.sha256
    assert_runs(copy, registry.ensure_weights(copy))


def test_an_archive_of_other_weights_cannot_pass_for_a_pinned_builtin(
    fake_hub: FakeHub, tmp_path: Path, tiny_state: dict[str, torch.Tensor]
) -> None:
    from safetensors.torch import save_file

    registry = ModelRegistry(tmp_path / "models")
    other = {k: v + 1 for k, v in tiny_state.items()}
    source = tmp_path / "other.safetensors"
    save_file(other, source)
    mine = registry.import_weights(source, "test-tiny", "other")
    archive = registry.export_model(mine, tmp_path / "other.zip")
    with pytest.raises(PhotoclipError, match="holds other weights than the built-in model 'hub-tiny'"):
        registry.import_weights(archive, name="hub-tiny")
    assert registry.weights_path(registry.get("hub-tiny")) is None


def test_a_damaged_archive_is_refused_and_leaves_nothing(fake_hub: FakeHub, tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    registry.ensure_weights(spec)
    archive = registry.export_model(spec, tmp_path / "a.zip")
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(damaged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("weights/"):
                data = data[:-1] + bytes([data[-1] ^ 1])  # one bit flipped on the way
            dst.writestr(info, data)
    fresh = ModelRegistry(tmp_path / "fresh")
    with pytest.raises(PhotoclipError, match="is damaged: weights/open_clip_model.safetensors does not match its checksum"):
        fresh.import_weights(damaged)
    assert leftovers(tmp_path / "fresh") == []


def test_an_interrupted_import_leaves_nothing(fake_hub: FakeHub, tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("hub-tiny")
    registry.ensure_weights(spec)
    archive = registry.export_model(spec, tmp_path / "a.zip")

    class Cancelled(Exception):
        pass

    def cancel(p: ModelProgress) -> None:
        if p.done > 0:
            raise Cancelled

    fresh = ModelRegistry(tmp_path / "fresh")
    with pytest.raises(Cancelled):
        fresh.import_weights(archive, progress=cancel)
    assert leftovers(tmp_path / "fresh") == []


def test_export_of_a_model_not_on_this_machine_says_so(fake_hub: FakeHub, tmp_path: Path) -> None:
    from photoclip.errors import ModelUnavailableError

    registry = ModelRegistry(tmp_path / "models")
    with pytest.raises(ModelUnavailableError, match="not on this machine"):
        registry.export_model(registry.get("hub-tiny"), tmp_path / "a.zip")
    assert fake_hub.requests == [] and not (tmp_path / "a.zip").exists()


def test_an_archive_manifest_from_a_newer_photoclip_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "future.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("photoclip-model.json", json.dumps({"format": 99, "model": {}, "files": []}))
    with pytest.raises(PhotoclipError, match="made by a newer photoclip"):
        ModelRegistry(tmp_path / "models").import_weights(archive)

