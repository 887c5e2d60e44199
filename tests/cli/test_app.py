"""The command line, end to end on real photos with the test-tiny model.

This is the issue's acceptance scenario: a copy of ``flickr8k-1k`` plus
``formats`` indexed twice, a rename, a deletion and the text file that poses as
an image, all through ``photoclip`` commands with ``--home`` and ``--json``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json
from tests.conftest import shared_data, write_photo


@pytest.fixture(scope="module")
def real_photos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("real") / "Pictures"
    shutil.copytree(shared_data("flickr8k-1k", "images"), root / "flickr")
    shutil.copytree(shared_data("formats"), root / "formats")
    return root


def test_acceptance_scenario_on_real_photos(real_photos: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    assert run(capsys, "folders", "add", str(real_photos), "--home", home)[0] == 0
    assert run(capsys, "models", "use", "test-tiny", "--home", home)[0] == 0

    first = run_json(capsys, "index", "--home", home)
    images = [p for p in real_photos.rglob("*") if p.is_file() and p.suffix.lower() not in (".txt",)]
    assert first["embedded"] == len(images)
    assert first["failed"] == []
    assert {Path(p).name for p in first["non_images"]} == {"not-an-image.txt", "LICENSE-rclip-MIT.txt"}

    second = run_json(capsys, "index", "--home", home)
    assert second["embedded"] == 0 and second["unchanged"] == len(images)

    # Rename: nothing re-encoded, search returns the new path.
    old = real_photos / "formats" / "cat.jpg"
    new = real_photos / "formats" / "renamed cat.jpg"
    os.rename(old, new)
    moved = run_json(capsys, "index", "--home", home)
    assert (moved["moved"], moved["embedded"]) == (1, 0)
    hits = run_json(capsys, "similar", str(new), "-k", "2000", "--all", "--home", home)
    assert str(new) not in {h["path"] for h in hits}  # the photo itself is left out...
    everything = {h["path"] for h in run_json(capsys, "search", "a cat", "-k", "2000", "--all", "--home", home)}
    assert str(new) in everything and str(old) not in everything

    # Delete: never appears again.
    gone = real_photos / "formats" / "bee.jpg"
    gone.unlink()
    deleted = run_json(capsys, "index", "--home", home)
    assert deleted["deleted"] == 1
    results = run_json(capsys, "search", "a bee on a flower", "-k", "2000", "--all", "--home", home)
    assert str(gone) not in {h["path"] for h in results}
    assert len(results) == len(images) - 1
    assert set(results[0]) == {"path", "score", "photo_id", "words"}
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)

    status = run_json(capsys, "status", "--home", home)
    assert status["photos"] == len(images) - 1 and status["index"]["state"] == "ok"


def test_search_k_and_filters_and_human_output(photo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    run(capsys, "folders", "add", str(photo_dir), "--home", home)
    run(capsys, "models", "use", "test-tiny", "--home", home)
    code, out, err = run(capsys, "index", "--home", home)
    assert code == 0 and "Indexed 12 photos" in out
    # test-tiny's random vectors match nothing well: --all shows the best k anyway, as the filters allow.
    hits = run_json(capsys, "search", "sunset", "-k", "4", "--all", "--folder", str(photo_dir / "a"), "--home", home)
    assert len(hits) == 4 and all("/a/" in h["path"] for h in hits)
    assert run_json(capsys, "search", "sunset", "--from", "2999-01-01", "--home", home) == []
    code, out, err = run(capsys, "search", "sunset", "--from", "yesterday", "--home", home)
    assert code == 1 and "not a date" in err


def test_errors_are_messages_not_tracebacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    code, _, err = run(capsys, "index", "--home", home)
    assert code == 1 and "no folders" in err
    code, _, err = run(capsys, "folders", "add", str(tmp_path / "missing"), "--home", home)
    assert code == 1 and "not a folder" in err
    code, _, err = run(capsys, "models", "use", "no-such-model", "--home", home)
    assert code == 1 and "test-tiny" in err  # the message lists the known names


def test_home_from_environment_and_models_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PHOTOCLIP_HOME", str(tmp_path / "envhome"))
    models = run_json(capsys, "models", "list")
    by_name = {m["name"]: m for m in models}
    assert by_name["vit-b-32"]["default"] and not by_name["test-tiny"]["default"]
    assert by_name["test-tiny"]["for_tests"]
    assert "es" in by_name["multilingual-vit-b-32"]["languages"]
    assert (tmp_path / "envhome" / "catalog.sqlite3").exists()


def test_bad_photo_is_reported_and_exit_code_is_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    folder = tmp_path / "p"
    write_photo(folder / "ok.jpg", 1)
    (folder / "fake.jpg").write_bytes(os.urandom(2000))
    run(capsys, "folders", "add", str(folder), "--home", home)
    run(capsys, "models", "use", "test-tiny", "--home", home)
    code, out, err = run(capsys, "index", "--home", home)
    assert code == 0
    assert "Could not read 1 file" in out and "fake.jpg" in out
    errors = run_json(capsys, "status", "--errors", "--home", home)
    assert [Path(e["path"]).name for e in errors] == ["fake.jpg"]


def test_python_dash_m_works(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "photoclip", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("photoclip ")
