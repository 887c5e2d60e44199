"""``photoclip captions`` and ``photoclip personalize`` end to end with the test-tiny model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from photoclip.cli import main
from tests.conftest import run_cli as run
from tests.conftest import shared_data
from tests.core.personalize.test_personalize import _write_colour_photos


@pytest.fixture(scope="module")
def captioned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Colour photos and a captions CSV with paths relative to it, plus a few bad rows."""
    root = tmp_path_factory.mktemp("cli") / "photos"
    rows = _write_colour_photos(root)
    lines = ["path,caption"] + [f"{p.relative_to(root)},{text}" for p, text in rows]
    lines += ["red/missing.png,a red picture", "red/red_0.png,", "red/red_1.png,a,b"]
    csv_file = root / "captions.csv"
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root, csv_file


@pytest.fixture(scope="module")
def indexed(captioned: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root, _ = captioned
    home = tmp_path_factory.mktemp("cli-home") / "home"
    main(["folders", "add", str(root), "--home", str(home)])
    main(["models", "use", "test-tiny", "--home", str(home)])
    main(["index", "--home", str(home), "--json"])
    return home


@pytest.fixture
def home(indexed: Path, tmp_path: Path) -> str:
    dest = tmp_path / "home"
    shutil.copytree(indexed, dest)
    return str(dest)


def _search(capsys: pytest.CaptureFixture[str], home: str, query: str = "a red picture") -> list[dict[str, object]]:
    code, out, err = run(capsys, "search", query, "-k", "10", "--all", "--home", home, "--json")
    assert code == 0, err
    return json.loads(out)


def test_captions_import_reports_skipped_rows_by_line(capsys: pytest.CaptureFixture[str], captioned: tuple[Path, Path], home: str) -> None:
    root, csv_file = captioned
    code, out, err = run(capsys, "captions", "import", str(csv_file), "--home", home)
    assert code == 0, err
    assert "Added 120 caption(s) for 60 photo(s)" in out
    assert "line 122: no such photo" in out
    assert "line 123: the caption is empty" in out
    assert "line 124: expected 2 columns" in out
    code, out, _ = run(capsys, "captions", "import", str(csv_file), "--home", home, "--json")
    data = json.loads(out)
    assert (data["added"], data["duplicates"], len(data["skipped"])) == (0, 120, 3)
    code, out, _ = run(capsys, "captions", "show", str(root / "red" / "red_0.png"), "--home", home, "--json")
    assert json.loads(out) == ["a red picture", "something red"]
    assert run(capsys, "captions", "set", str(root / "red" / "red_0.png"), "my red one", "--home", home)[0] == 0
    code, out, _ = run(capsys, "captions", "show", str(root / "red" / "red_0.png"), "--home", home)
    assert out.strip() == "my red one"


def test_personalize_dry_run_apply_list_and_revert(capsys: pytest.CaptureFixture[str], captioned: tuple[Path, Path], home: str) -> None:
    _, csv_file = captioned
    run(capsys, "captions", "import", str(csv_file), "--home", home)
    original = _search(capsys, home)

    code, out, err = run(capsys, "personalize", "--epochs", "6", "--dry-run", "--home", home)
    assert code == 0, err
    assert "Held-out recall before: R@1" in out and "Dry run" in out
    assert "epoch   1/6" in err
    assert _search(capsys, home) == original

    code, out, err = run(capsys, "personalize", "--epochs", "6", "--home", home, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["applied"] and data["profile"]["identity"] == "test-tiny+p1"
    assert data["after"]["r10"] >= data["before"]["r10"] and data["improved"]
    assert _search(capsys, home) != original

    code, out, _ = run(capsys, "personalize", "list", "--home", home, "--json")
    assert [(p["name"], p["active"]) for p in json.loads(out)] == [("p1", True)]
    code, out, _ = run(capsys, "status", "--home", home, "--json")
    assert json.loads(out)["profile"] == "p1"

    code, out, _ = run(capsys, "personalize", "revert", "--home", home)
    assert code == 0 and "original heads" in out
    assert _search(capsys, home) == original  # the exact original rankings
    code, out, _ = run(capsys, "personalize", "use", "p1", "--home", home, "--json")
    assert code == 0 and json.loads(out)["active"]


def test_personalize_refuses_a_run_that_does_not_help(capsys: pytest.CaptureFixture[str], captioned: tuple[Path, Path], home: str) -> None:
    _, csv_file = captioned
    run(capsys, "captions", "import", str(csv_file), "--home", home)
    original = _search(capsys, home)
    code, out, err = run(capsys, "personalize", "--epochs", "0", "--home", home)
    assert code == 1
    assert "Held-out recall before: R@1" in out and "Held-out recall after:  R@1" in out
    assert "Not applied" in err and "R@10" in err
    assert _search(capsys, home) == original


def test_personalize_without_captions_says_what_to_do(capsys: pytest.CaptureFixture[str], home: str) -> None:
    code, _, err = run(capsys, "personalize", "--home", home)
    assert code == 1
    assert "captions import" in err


def test_personalize_bench_on_real_photos(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = shared_data("flickr8k-1k")
    code, out, err = run(
        capsys, "personalize", "bench", str(data), "--photos", "60", "--epochs", "3", "--synthetic", "2000",
        "--home", str(tmp_path / "bench"), "--json",
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["photos"] == 60
    assert report["split"] == {"train_photos": 48, "heldout_photos": 12, "train_captions": 240, "heldout_captions": 60}
    assert set(report["before"]) == {"r1", "r5", "r10"} and set(report["after"]) == {"r1", "r5", "r10"}
    assert report["index"]["photos_per_s"] > 0
    assert report["synthetic"]["photos"] == 2000 and report["synthetic"]["total_s"] > 0
    assert report["synthetic"]["reencode_estimate_s"] > 0
    if report["applied"]:
        assert report["revert_exact"] is True

    # A library of other photos is no scratch library: refused, untouched.
    other = tmp_path / "other"
    assert run(capsys, "folders", "add", str(tmp_path), "--home", str(other))[0] == 0
    code, _, err = run(capsys, "personalize", "bench", str(data), "--home", str(other), "--synthetic", "0")
    assert code == 1 and "scratch" in err
    code, out, _ = run(capsys, "folders", "list", "--home", str(other), "--json")
    assert [f["path"] for f in json.loads(out)] == [str(tmp_path.resolve())]
