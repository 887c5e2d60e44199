"""The built-in models' real layouts, end to end: the multilingual model downloaded and then used
offline, and both built-ins carried to a machine without network in one archive.

The weights are generated stand-ins (``conftest.py``) served by the loopback
hub under the built-ins' names; everything else is the real code path: the
CLI, the Library, huggingface_hub, open_clip and transformers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoclip.core.models import ModelRegistry, hf_cache_dir
from tests.conftest import run_cli, run_cli_json
from tests.core.models.conftest import StandIn
from tests.hub import FakeHub

pytestmark = pytest.mark.slow


def go_offline(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    """No network at all: the hub is gone and Hugging Face's offline switch is on."""
    hub.stop()
    hub.requests.clear()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def index_and_search(capsys: pytest.CaptureFixture[str], home: str, photos: Path, model: str) -> None:
    """Use ``model`` on ``photos`` and search in English and Spanish through the CLI, printing no warning."""
    code, _out, err = run_cli(capsys, "--home", home, "models", "use", model)
    assert code == 0, err
    code, _out, err = run_cli(capsys, "--home", home, "folders", "add", str(photos))
    assert code == 0, err
    code, out, err = run_cli(capsys, "--home", home, "index")
    assert code == 0 and "Indexed 12 photos" in out, err
    # No retries, no "couldn't connect" from transformers or huggingface_hub: nothing reached for the network.
    assert "connect" not in err.lower() and "retry" not in err.lower() and "warning" not in err.lower()
    for query in ("a photo of a dog on the beach", "una foto de un perro en la playa"):
        hits = run_cli_json(capsys, "--home", home, "search", query, "-k", "5", "--all")  # random stand-in weights match nothing well
        assert isinstance(hits, list) and len(hits) == 5
        assert all(Path(h["path"]).is_relative_to(photos) for h in hits)


def test_multilingual_model_downloads_then_works_offline_in_english_and_spanish(
    fake_hub: FakeHub, multilingual_standin: StandIn, photo_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    entry = multilingual_standin.publish(fake_hub)
    home = str(tmp_path / "home")
    code, out, err = run_cli(capsys, "--home", home, "models", "download", entry["name"])
    assert code == 0, err
    assert "Downloading open_clip_pytorch_model.bin" in err and "Verifying open_clip_pytorch_model.bin" in err
    # The text tower's config and tokenizer came from their own repo, at its pinned commit, into the cache.
    tower = hf_cache_dir() / "models--photoclip-test--multilingual-vit-b-32-text" / "snapshots" / entry["text_tower_revision"]
    assert sorted(p.name for p in tower.iterdir()) == ["config.json", "tokenizer.json"]
    go_offline(fake_hub, monkeypatch)
    index_and_search(capsys, home, photo_dir, entry["name"])
    rows = run_cli_json(capsys, "--home", home, "models", "list")
    row = next(r for r in rows if r["name"] == entry["name"])
    assert row["in_use"] and row["downloaded"] and row["path"].startswith(str(hf_cache_dir()))


def test_both_builtins_are_carried_to_a_machine_without_network(
    fake_hub: FakeHub, vit_b_32_standin: StandIn, multilingual_standin: StandIn, photo_dir: Path,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    online = str(tmp_path / "online-home")
    archives = {}
    for standin in (vit_b_32_standin, multilingual_standin):
        standin.publish(fake_hub)
        code, out, err = run_cli(capsys, "--home", online, "models", "download", standin.name)
        assert code == 0, err
        archive = tmp_path / "usb" / f"{standin.name}.zip"
        archive.parent.mkdir(exist_ok=True)
        code, out, err = run_cli(capsys, "--home", online, "models", "export", standin.name, str(archive))
        assert code == 0 and archive.is_file(), err
        assert f"photoclip models import {archive.name}" in out
        archives[standin.name] = archive

    # The other machine: its own Hugging Face cache (empty), its own library, no network at all.
    go_offline(fake_hub, monkeypatch)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "offline-hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "offline-hf" / "hub"))
    offline = str(tmp_path / "offline-home")
    for name, archive in archives.items():
        code, out, err = run_cli(capsys, "--home", offline, "models", "download", name)
        assert code == 1 and "not on this machine" in err
        assert f"photoclip models export {name}" in err and "photoclip models import" in err  # the CLI's own advice
        code, out, err = run_cli(capsys, "--home", offline, "models", "import", str(archive))
        assert code == 0 and f"Imported {name}" in out, err
        registry = ModelRegistry(Path(offline) / "models")
        assert registry.is_ready_offline(registry.get(name))
    index_and_search(capsys, offline, photo_dir, "multilingual-vit-b-32")
    code, out, err = run_cli(capsys, "--home", offline, "models", "use", "vit-b-32")
    code, out, err = run_cli(capsys, "--home", offline, "index")
    assert code == 0 and "Indexed 12 photos" in out, err
    assert fake_hub.requests == []


def test_an_archive_carries_a_manifest_with_the_spec_and_every_checksum(
    fake_hub: FakeHub, multilingual_standin: StandIn, tmp_path: Path
) -> None:
    import hashlib
    import zipfile

    entry = multilingual_standin.publish(fake_hub)
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.get(entry["name"])
    registry.ensure_weights(spec)
    archive = registry.export_model(spec, tmp_path / "m.zip")
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("photoclip-model.json"))
        assert manifest["model"]["name"] == spec.name and manifest["model"]["revision"] == spec.revision
        assert manifest["model"]["preprocess"]["interpolation"] == "bicubic"
        paths = {f["path"]: f for f in manifest["files"]}
        assert set(paths) == {"weights/open_clip_pytorch_model.bin", "text-tower/config.json", "text-tower/tokenizer.json"}
        for path, f in paths.items():
            data = zf.read(path)
            assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["size"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())


def test_a_downloaded_multilingual_model_works_when_the_network_drops_without_the_offline_switch(
    fake_hub: FakeHub, multilingual_standin: StandIn, photo_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A laptop taken off the network: HF_HUB_OFFLINE is not set, the hub just stops answering.

    Loading must read the cache only (no retries, no warnings), as with the offline switch.
    """
    entry = multilingual_standin.publish(fake_hub)
    home = str(tmp_path / "home")
    code, _out, err = run_cli(capsys, "--home", home, "models", "download", entry["name"])
    assert code == 0, err
    fake_hub.stop()
    fake_hub.requests.clear()
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    index_and_search(capsys, home, photo_dir, entry["name"])
    assert fake_hub.requests == []
