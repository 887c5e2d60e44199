"""``photoclip demo`` builds a library that works with no network."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli, run_cli_json


def test_demo_writes_photos_picks_the_world_model_and_indexes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "demo")
    summary = run_cli_json(capsys, "demo", "--home", home, "--count", "30", "--no-gui")
    assert isinstance(summary, dict) and summary["embedded"] == 30, summary
    photos = sorted((tmp_path / "demo" / "photos").iterdir())
    assert len(photos) == 30 and {p.suffix for p in photos} == {".jpg", ".png", ".heic"}
    status = run_cli_json(capsys, "status", "--home", home)
    assert isinstance(status, dict) and "shapes-world" in str(status)
    # The photos are named by what they show, so the top hit's name says whether search understood.
    hits = run_cli_json(capsys, "search", "yellow", "-k", "3", "--home", home)
    assert isinstance(hits, list) and all("yellow" in Path(h["path"]).name for h in hits), hits
    # Its tag sets filed the photos into albums by shape and colour.
    album = run_cli_json(capsys, "tags", "show", "Colours|yellow", "--home", home)
    assert isinstance(album, dict) and album["photos"], album
    assert sum("yellow" in Path(p["path"]).name for p in album["photos"]) / len(album["photos"]) >= 0.7
    # Running it again writes and indexes nothing new.
    again = run_cli_json(capsys, "demo", "--home", home, "--count", "30", "--no-gui")
    assert isinstance(again, dict) and again["embedded"] == 0 and again["unchanged"] == 30, again
    assert run_cli(capsys, "demo", "--home", home, "--count", "0", "--no-gui")[0] == 1
