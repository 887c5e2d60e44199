"""`photoclip watch` and the one-writer rule as the command line shows them."""

from __future__ import annotations

import json
import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest

from photoclip.core.library import Library
from photoclip.core.storage.catalog import Catalog
from photoclip.paths import LibraryPaths
from tests.conftest import run_cli as run
from tests.conftest import wait_until, write_photo


def _library(tmp_path: Path, capsys: pytest.CaptureFixture[str], photos: int) -> tuple[str, Path]:
    home, folder = str(tmp_path / "home"), tmp_path / "photos"
    for i in range(photos):
        write_photo(folder / f"p{i}.jpg", i)
    assert run(capsys, "folders", "add", str(folder), "--home", home)[0] == 0
    assert run(capsys, "models", "use", "test-tiny", "--home", home)[0] == 0
    return home, folder


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_watch_indexes_changes_and_stops_cleanly_on_a_signal(
    sig: signal.Signals, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, folder = _library(tmp_path, capsys, photos=3)
    catalog_file = LibraryPaths.at(home).catalog
    problems: list[BaseException] = []

    def count() -> int:
        catalog = Catalog(catalog_file, read_only=True)
        try:
            return catalog.embedding_count("test-tiny")
        finally:
            catalog.close()

    def drive() -> None:
        try:
            wait_until(lambda: count() == 3, "watch to index the folder", timeout=120)
            write_photo(folder / "landed.jpg", 50)
            wait_until(lambda: count() == 4, "watch to index a new photo")
        except BaseException as exc:  # reported by the test below
            problems.append(exc)
        os.kill(os.getpid(), sig)

    def guard(signum: int, _frame: Any) -> None:
        raise AssertionError(f"signal {signum} reached the test instead of photoclip watch")

    previous = {s: signal.signal(s, guard) for s in (signal.SIGINT, signal.SIGTERM)}
    driver = threading.Thread(target=drive)
    try:
        driver.start()
        code, out, err = run(capsys, "watch", "--home", home, "--settle", "0.3")
    finally:
        driver.join(30)
        for s, handler in previous.items():
            signal.signal(s, handler)
    assert not problems, problems
    assert code == 0, err
    assert "Watching 1 folder(s)" in err and "Picked up 1 change(s): landed.jpg" in err
    assert "Stopped." in err.splitlines()[-1]
    # The lock is released and the index was saved on the way out.
    lib = Library(LibraryPaths.at(home))
    try:
        assert lib.status().index.state == "ok"
        assert str(folder / "landed.jpg") in {h.path for h in lib.search("a photo", k=10)}
    finally:
        lib.close()


def test_reading_commands_fall_back_to_read_only_while_another_process_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, folder = _library(tmp_path, capsys, photos=2)
    assert run(capsys, "index", "--home", home)[0] == 0
    writer = Library(LibraryPaths.at(home))  # stands in for a running `photoclip watch`
    try:
        code, out, err = run(capsys, "search", "a photo", "--all", "--home", home, "--json")
        assert code == 0 and len(json.loads(out)) == 2
        assert "already open for writing" in err and "without changing anything" in err
        code, out, _ = run(capsys, "status", "--home", home, "--json")
        assert code == 0 and json.loads(out)["photos"] == 2
        code, out, _ = run(capsys, "similar", str(folder / "p0.jpg"), "--all", "--home", home, "--json")
        assert code == 0 and [Path(h["path"]).name for h in json.loads(out)] == ["p1.jpg"]
        for argv in (("index",), ("folders", "add", str(tmp_path)), ("watch",)):
            code, _, err = run(capsys, *argv, "--home", home)
            assert code == 1 and "already open for writing" in err and "Stop the other one" in err
    finally:
        writer.close()
    assert run(capsys, "index", "--home", home)[0] == 0  # and the lock is free again
