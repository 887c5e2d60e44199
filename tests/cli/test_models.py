"""photoclip models: download with progress, list where weights are, export and import, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from photoclip.core.models import hf_cache_dir
from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json
from tests.hub import FakeHub


def test_download_shows_the_transfer_and_the_verification_and_list_says_where(
    fake_hub: FakeHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "home")
    code, out, err = run(capsys, "--home", home, "models", "download", "hub-tiny")
    assert code == 0, err
    # tqdm's bars on stderr: one for the transfer, one for the check, each to 100 %.
    assert "Downloading open_clip_model.safetensors" in err and "Verifying open_clip_model.safetensors" in err
    assert err.count("100%") >= 2
    rows = {r["name"]: r for r in run_json(capsys, "--home", home, "models", "list")}
    assert rows["hub-tiny"]["downloaded"] and Path(rows["hub-tiny"]["path"]).is_relative_to(hf_cache_dir())
    assert rows["test-tiny"]["path"] is None
    code, out, _err = run(capsys, "--home", home, "models", "list")
    assert f"weights: {rows['hub-tiny']['path']}" in out and "weights: generated on first use" in out
    code, out, err = run(capsys, "--home", home, "models", "download", "hub-tiny", "--json")
    assert code == 0 and "Downloading" not in err  # already there, and --json prints no bar


def test_offline_download_gives_the_cli_ways_forward(
    fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    code, out, err = run(capsys, "--home", str(tmp_path / "home"), "models", "download", "hub-tiny")
    assert code == 1 and "HF_HUB_OFFLINE is set" in err
    assert "photoclip models export hub-tiny hub-tiny.zip" in err and "photoclip models import hub-tiny.zip" in err
    assert "photoclip models use test-tiny" in err
    assert fake_hub.requests == []


def test_export_then_import_through_the_cli(
    fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    online, offline = str(tmp_path / "a"), str(tmp_path / "b")
    archive = tmp_path / "hub-tiny.zip"
    assert run(capsys, "--home", online, "models", "download", "hub-tiny")[0] == 0
    code, out, err = run(capsys, "--home", online, "models", "export", "hub-tiny", str(archive))
    assert code == 0 and "Exporting" in err and archive.is_file()
    fake_hub.stop()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "other-cache"))
    code, out, err = run(capsys, "--home", offline, "models", "import", str(archive))
    assert code == 0 and "Imported hub-tiny" in out and "Importing" in err
    assert {r["name"]: r for r in run_json(capsys, "--home", offline, "models", "list")}["hub-tiny"]["downloaded"]


def test_a_plain_checkpoint_imports_with_its_architecture(
    tmp_path: Path, tiny_weights: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "w.safetensors"
    source.write_bytes(tiny_weights)
    home = str(tmp_path / "home")
    code, out, err = run(capsys, "--home", home, "models", "import", str(source))
    assert code == 1 and "needs to be told its open_clip architecture" in err and "Traceback" not in err
    code, out, err = run(capsys, "--home", home, "models", "import", str(source), "--arch", "test-tiny")
    assert code == 0 and "Imported test-tiny-local" in out, err
    assert run(capsys, "--home", home, "models", "use", "test-tiny-local")[0] == 0


@pytest.mark.filterwarnings("ignore:`torch.jit.script` is deprecated:FutureWarning")
def test_foreign_formats_are_messages_not_tracebacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scripted = tmp_path / "ViT-B-32.pt"
    torch.jit.script(torch.nn.Linear(4, 2)).save(str(scripted))
    code, out, err = run(capsys, "--home", str(tmp_path / "home"), "models", "import", str(scripted), "--arch", "ViT-B-32")
    assert code == 1 and "TorchScript" in err and "Traceback" not in err and "weights_only" not in err
