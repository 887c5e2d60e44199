"""The registry data, the test models made locally, and loading through open_clip's real loader."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import fields
from pathlib import Path

import pytest
import torch

from photoclip.core.models import ModelRegistry, ModelSpec, load_open_clip, register_model_configs
from photoclip.core.models.spec import REGISTRY_FILE
from photoclip.errors import PhotoclipError
from tests.hub import FakeHub


def assert_runs(spec: ModelSpec, weights: Path, text_tower: Path | None = None) -> None:
    """Load through open_clip's real loader and embed an image and a text."""
    from PIL import Image

    model, preprocess, tokenizer = load_open_clip(spec, weights, text_tower=text_tower)
    assert not model.training
    image = preprocess(Image.new("RGB", (100, 80), (200, 30, 30))).unsqueeze(0)
    assert image.shape == (1, 3, spec.image_size, spec.image_size)
    with torch.no_grad():
        img = model.encode_image(image)
        txt = model.encode_text(tokenizer(["a red square", "un perro"]))
    assert img.shape == (1, spec.embed_dim) and txt.shape == (2, spec.embed_dim)
    assert torch.isfinite(img).all() and torch.isfinite(txt).all()


# --------------------------------------------------------------------------- the built-in data


def test_default_is_vit_b_32_and_never_a_test_model(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    default = registry.default()
    assert default.name == "vit-b-32"
    assert (default.arch, default.pretrained) == ("ViT-B-32", "datacomp_xl_s13b_b90k")
    assert not default.for_tests
    tiny = registry.get("test-tiny")
    assert tiny.for_tests and tiny.generated and tiny.name != default.name
    assert "meaningless" in tiny.description


def test_every_builtin_entry_is_complete_and_pinned(tmp_path: Path) -> None:
    import open_clip

    register_model_configs()
    specs = ModelRegistry(tmp_path).list()
    assert {s.name for s in specs} >= {"vit-b-32", "multilingual-vit-b-32", "test-tiny"}
    for spec in specs:
        assert spec.source == "builtin" and spec.name and spec.description and spec.languages
        assert spec.arch in open_clip.list_models(), spec.arch
        config = open_clip.get_model_config(spec.arch)
        assert spec.embed_dim == config["embed_dim"]
        assert spec.image_size == config["vision_cfg"]["image_size"]
        if spec.for_tests:
            assert spec.download_mb == 0 and spec.hf_repo is None
            continue
        assert spec.hf_repo and spec.hf_filename and spec.download_mb > 100
        assert spec.revision and len(spec.revision) == 40  # a commit, not a branch that moves
        # The pretrained tag is open_clip's for this architecture and repo, and the
        # preprocessing carried as data is that tag's own.
        pcfg = open_clip.get_pretrained_cfg(spec.arch, spec.pretrained)
        assert pcfg["hf_hub"].rstrip("/") == spec.hf_repo
        assert spec.preprocess is not None
        assert spec.preprocess.mean == tuple(pcfg["mean"]) and spec.preprocess.std == tuple(pcfg["std"])
        assert spec.preprocess.interpolation == pcfg["interpolation"]
        assert spec.preprocess.resize_mode == pcfg["resize_mode"]


def test_no_sha256_is_invented_for_the_builtins() -> None:
    # The real digests could not be read from the hub when the pins were set;
    # an entry without one records the first verified file's digest instead.
    data = json.loads(REGISTRY_FILE.read_text(encoding="utf-8"))
    for entry in data["models"]:
        if entry.get("hf_repo"):
            assert "sha256" in entry and entry["sha256"] is None


def test_multilingual_entry_pins_its_text_tower(tmp_path: Path) -> None:
    spec = ModelRegistry(tmp_path).get("multilingual-vit-b-32")
    assert {"es", "pt"} <= set(spec.languages) and any("100+" in lang for lang in spec.languages)
    assert spec.arch == "xlm-roberta-base-ViT-B-32" and spec.pretrained == "laion5b_s13b_b90k"
    assert spec.text_tower_repo == "FacebookAI/xlm-roberta-base"
    assert spec.text_tower_revision and len(spec.text_tower_revision) == 40
    assert set(spec.text_tower_files) == {"config.json", "tokenizer.json"}
    assert spec.needs_text_tower


def test_transformers_is_a_dependency() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parents[3] / "pyproject.toml").read_text())
    assert any(d.startswith("transformers") for d in project["project"]["dependencies"])


def test_unknown_name_lists_known_names(tmp_path: Path) -> None:
    with pytest.raises(PhotoclipError) as info:
        ModelRegistry(tmp_path).get("vit-z-99")
    text = str(info.value)
    for name in ("vit-z-99", "vit-b-32", "multilingual-vit-b-32", "test-tiny"):
        assert name in text


def test_the_registry_file_can_be_replaced(fake_hub: FakeHub, tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    assert [s.name for s in registry.list()] == ["hub-tiny", "test-tiny"]
    assert registry.default().name == "hub-tiny"
    fake_hub.add_model("second", arch="test-tiny", weights=b"x" * 10)
    assert "second" in [s.name for s in registry.list()]  # read at call time


def test_a_registry_entry_without_a_pinned_revision_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(REGISTRY_FILE.read_text(encoding="utf-8"))
    data["models"][0]["revision"] = "main"
    path = tmp_path / "registry.json"
    path.write_text(json.dumps(data))
    monkeypatch.setenv("PHOTOCLIP_MODEL_REGISTRY", str(path))
    with pytest.raises(ValueError, match="does not pin a revision"):
        ModelRegistry(tmp_path).list()


def test_spec_fields_round_trip_through_an_entry(tmp_path: Path) -> None:
    from photoclip.core.models.spec import spec_entry, spec_from_entry

    for spec in ModelRegistry(tmp_path).builtin_specs():
        again = spec_from_entry(spec_entry(spec), "builtin")
        for f in fields(ModelSpec):
            if f.name not in ("packaged_weights",):
                assert getattr(again, f.name) == getattr(spec, f.name), f.name


# --------------------------------------------------------------------------- models made here


def test_test_tiny_is_generated_identically_in_two_homes(tmp_path: Path) -> None:
    state = torch.random.get_rng_state()
    paths = []
    for home in ("a", "b"):
        registry = ModelRegistry(tmp_path / home / "models")
        spec = registry.get("test-tiny")
        assert registry.weights_path(spec) is None and registry.is_ready_offline(spec)
        path = registry.ensure_weights(spec, allow_download=False)  # never needs the network
        assert path.suffix == ".safetensors" and path.is_file()
        assert registry.weights_path(spec) == path
        assert registry.ensure_weights(spec) == path  # cached: not regenerated
        paths.append(path)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert torch.equal(torch.random.get_rng_state(), state)  # the caller's random state is untouched


def test_test_tiny_loads_through_the_real_loader(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    spec = registry.get("test-tiny")
    assert_runs(spec, registry.ensure_weights(spec))


def test_load_missing_weights_is_a_photoclip_error(tmp_path: Path) -> None:
    spec = ModelRegistry(tmp_path).get("test-tiny")
    with pytest.raises(PhotoclipError):
        load_open_clip(spec, tmp_path / "nope.safetensors")


def test_load_damaged_weights_is_a_photoclip_error(tmp_path: Path) -> None:
    spec = ModelRegistry(tmp_path).get("test-tiny")
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(PhotoclipError, match="Cannot load model"):
        load_open_clip(spec, bad)


def test_without_transformers_the_multilingual_model_is_refused_before_any_download(
    fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import run_cli

    fake_hub.add_model(
        "multilingual-vit-b-32", arch="xlm-roberta-base-ViT-B-32", weights=b"never served", embed_dim=512,
        image_size=224, filename="open_clip_pytorch_model.bin",
        text_tower={"config.json": b"{}", "tokenizer.json": b"{}"},
    )
    monkeypatch.setitem(sys.modules, "transformers", None)  # as if it were not installed
    assert importlib.util.find_spec("transformers") is None
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get("multilingual-vit-b-32")
    with pytest.raises(PhotoclipError, match="needs the Python package transformers"):
        registry.check_requirements(spec)
    assert not registry.is_ready_offline(spec)
    home = str(tmp_path / "home")
    for argv in (("models", "use", spec.name), ("models", "download", spec.name)):
        code, _out, err = run_cli(capsys, "--home", home, *argv)
        assert code == 1 and "needs the Python package transformers" in err and "Traceback" not in err
    assert fake_hub.requests == []  # refused before anything was downloaded
