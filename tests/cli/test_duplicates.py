"""``photoclip duplicates [trash|undo|empty]`` end to end, on world photos and the shapes-world model."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from photoclip.core.world.scene import save_photo, scenes
from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "photos"
    made = {f"world_{i}": save_photo(scene, folder / f"world_{i}.jpg", (800, 600)) for i, scene in enumerate(scenes(8, 2026))}
    original = made["world_0"]
    image = Image.open(original)
    made["small"] = folder / "world_0_small.jpg"
    image.resize((400, 300), Image.LANCZOS).save(made["small"], quality=90)
    made["copy"] = Path(shutil.copy(original, folder / "world_0_copy.jpg"))
    return {name: path.resolve() for name, path in made.items()}


@pytest.fixture
def home(tmp_path: Path, photos: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> str:
    home = str(tmp_path / "home")
    for argv in (("models", "use", "shapes-world"), ("folders", "add", str(photos["world_0"].parent)), ("index",)):
        code, _out, err = run(capsys, "--home", home, *argv)
        assert code == 0, err
    return home


def test_duplicates_lists_each_group_with_the_one_to_keep(home: str, photos: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    found = run_json(capsys, "--home", home, "duplicates", "--json")
    assert isinstance(found, dict) and found["photos"] == 10 and found["threshold"] == 0.99
    [group] = found["groups"]
    assert group["keep"] == str(photos["world_0"]) and group["kind"] == "similar"
    assert {p["path"] for p in group["photos"]} == {str(photos[n]) for n in ("world_0", "small", "copy")}
    assert [p["keep"] for p in group["photos"]] == [True, False, False]
    assert found["duplicates"] == 2 and found["reclaimable"] == sum(p["size"] for p in group["photos"][1:])

    code, out, err = run(capsys, "--home", home, "duplicates")
    assert code == 0, err
    assert "Group 1 (similar" in out and "keep      800x600" in out and "1 group(s) among 10 photos" in out
    assert "2 photo(s) could go" in out

    exact = run_json(capsys, "--home", home, "duplicates", "--exact-only", "--json")
    assert isinstance(exact, dict) and exact["threshold"] is None
    assert [{p["path"] for p in g["photos"]} for g in exact["groups"]] == [{str(photos["world_0"]), str(photos["copy"])}]


def test_trash_asks_first_and_undo_brings_the_same_bytes_back(
    home: str, photos: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    going = {n: photos[n].read_bytes() for n in ("small", "copy")}
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no answer is no
    code, out, err = run(capsys, "--home", home, "duplicates", "trash")
    assert code == 1 and "Nothing was moved." in out and "[y/N]" in err
    assert all(photos[n].exists() for n in going)

    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, out, err = run(capsys, "--home", home, "duplicates", "trash")
    assert code == 0 and "Moved 2 photo(s)" in out and "duplicates undo" in out, err
    assert not any(photos[n].exists() for n in going) and photos["world_0"].exists()
    held = list((Path(home) / "trash").glob("*/*.jpg"))
    assert sorted(p.read_bytes() for p in held) == sorted(going.values())  # set aside, not deleted
    again = run_json(capsys, "--home", home, "duplicates", "--json")
    assert isinstance(again, dict) and again["groups"] == [] and again["photos"] == 8

    code, out, err = run(capsys, "--home", home, "duplicates", "undo")
    assert code == 0 and "Put back 2 photo(s)." in out, err
    assert {n: photos[n].read_bytes() for n in going} == going
    code, out, _err = run(capsys, "--home", home, "duplicates", "undo")
    assert code == 0 and "Nothing to undo" in out
    code, out, _err = run(capsys, "--home", home, "duplicates", "empty", "--yes")
    assert code == 0 and "The holding folder is empty." in out


def test_trash_yes_with_a_threshold_and_exact_only(home: str, photos: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    done = run_json(capsys, "--home", home, "duplicates", "trash", "--exact-only", "--yes", "--json")
    assert isinstance(done, dict) and [m["path"] for m in done["moved"]] == [str(photos["copy"])]
    assert photos["small"].exists() and not photos["copy"].exists()


def test_a_vanished_file_is_reported_not_a_crash(home: str, photos: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    os.unlink(photos["small"])
    code, out, err = run(capsys, "--home", home, "duplicates")
    assert code == 0, err
    assert "1 file(s) could not be compared" in out and str(photos["small"]) in out and "the file is gone" in out
    assert "Group 1 (same bytes" in out  # the copy still groups with its original


def test_a_bad_threshold_is_a_clear_error(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--home", home, "duplicates", "--threshold", "2")
    assert code == 1 and "at most 1" in err
