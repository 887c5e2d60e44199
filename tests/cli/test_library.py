"""`photoclip status` tells what search can see and what waits."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoclip.core.indexing.pipeline import scan_changes
from photoclip.core.library import Library
from photoclip.paths import LibraryPaths
from tests.conftest import run_cli as run
from tests.conftest import write_photo


def test_status_counts_searchable_photos_as_those_embedded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home, folder = str(tmp_path / "home"), tmp_path / "photos"
    for i in range(5):
        write_photo(folder / f"p{i}.jpg", i)
    assert run(capsys, "models", "use", "test-tiny", "--home", home)[0] == 0
    assert run(capsys, "folders", "add", str(folder), "--home", home)[0] == 0
    with Library(LibraryPaths.at(home)) as lib:  # scanned, as the app does before embedding
        for _ in scan_changes(lib.catalog):
            pass
    code, out, _ = run(capsys, "status", "--home", home)
    assert code == 0
    assert "Photos:   0 searchable, 5 waiting to be indexed, 0 unreadable" in out
    assert run(capsys, "index", "--home", home)[0] == 0
    out = run(capsys, "status", "--home", home)[1]
    assert "Photos:   5 searchable, 0 waiting to be indexed, 0 unreadable" in out
