"""Copying photo files to a folder outside the library (the grid's "Copy to folder…")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photoclip.core.copying import CopyProgress, copy_files, free_name
from photoclip.core.library import Library
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from tests.conftest import write_photo


def test_copies_keep_bytes_and_dates_and_never_overwrite(tmp_path: Path) -> None:
    a = write_photo(tmp_path / "src" / "a" / "beach.jpg", seed=1)
    b = write_photo(tmp_path / "src" / "b" / "beach.jpg", seed=2)  # the same name from another folder
    os.utime(a, (1_600_000_000, 1_600_000_000))
    target = tmp_path / "out" / "new"
    seen: list[CopyProgress] = []
    result = copy_files([str(a), str(b), str(tmp_path / "gone.jpg")], target, seen.append)
    assert [Path(p).name for p in result.copied] == ["beach.jpg", "beach (2).jpg"]
    assert (target / "beach.jpg").read_bytes() == a.read_bytes()
    assert (target / "beach (2).jpg").read_bytes() == b.read_bytes()
    assert (target / "beach.jpg").stat().st_mtime == 1_600_000_000
    assert [f[0] for f in result.failed] == [str(tmp_path / "gone.jpg")] and result.failed[0][1]
    assert [(p.done, p.total) for p in seen] == [(1, 3), (2, 3), (3, 3)]
    assert free_name(target, "beach.jpg").name == "beach (3).jpg"


def test_library_copy_photos_reports_a_folder_it_cannot_create(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    lib = Library(LibraryPaths.at(tmp_path / "home"))
    try:
        with pytest.raises(PhotoclipError, match="cannot be created"):
            lib.copy_photos([], blocker / "sub")
    finally:
        lib.close()
