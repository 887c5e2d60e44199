"""One writer per library: the OS file lock, in this process and from another one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from photoclip.core.library import Library
from photoclip.errors import LibraryLockedError
from photoclip.paths import LibraryPaths
from tests.conftest import write_photo


def _index(lib: Library) -> None:
    for _ in lib.index():
        pass


def test_second_writer_is_refused_and_can_still_search_read_only(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    with pytest.raises(LibraryLockedError) as refused:
        Library(tiny_library.paths)  # flock belongs to the open file: a second open conflicts too
    assert "already open for writing" in refused.value.message
    assert f"pid {os.getpid()}" in refused.value.message
    assert "photoclip search" in (refused.value.hint or "")
    reader = Library(tiny_library.paths, read_only=True)
    try:
        assert reader.read_only and not tiny_library.read_only
        assert len(reader.search("a photo", k=50)) == 12
        # A long-lived reader sees what the writer indexes afterwards.
        added = write_photo(photo_dir / "later.jpg", 99)
        _index(tiny_library)
        assert str(added) in {h.path for h in reader.search("a photo", k=50)}
    finally:
        reader.close()
    # The writer is unharmed, and closing it lets the next writer in.
    assert len(tiny_library.search("a photo", k=50)) == 13
    tiny_library.close()
    Library(tiny_library.paths).close()


def test_a_writer_in_another_process_is_refused(tiny_library: Library) -> None:
    script = (
        "import sys\n"
        "from photoclip.core.library import Library\n"
        "from photoclip.errors import LibraryLockedError\n"
        "from photoclip.paths import LibraryPaths\n"
        "try:\n"
        "    Library(LibraryPaths.at(sys.argv[1]))\n"
        "except LibraryLockedError as exc:\n"
        "    print(exc.message)\n"
        "    sys.exit(3)\n"
        "lib = Library(LibraryPaths.at(sys.argv[1]), read_only=True)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tiny_library.paths.home)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 3, result.stderr
    assert "already open for writing" in result.stdout
    assert tiny_library.catalog.integrity_ok()


def test_lock_is_released_when_opening_the_catalog_fails(home: Path) -> None:
    paths = LibraryPaths.at(home)
    paths.ensure()
    paths.catalog.write_bytes(b"not a database" * 100)
    with pytest.raises(Exception, match="cannot be read"):
        Library(paths)
    paths.catalog.unlink()
    Library(paths).close()  # not locked by the failed attempt
