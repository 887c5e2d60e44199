"""Watcher: the settle rule and coalescing on a fake clock; real notifications on a temporary folder."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from photoclip.core.indexing.watcher import ChangeBatch, FolderWatcher, SettleTracker
from tests.conftest import wait_until, write_photo


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_file_settles_only_after_its_size_and_times_stop_changing(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = SettleTracker(2.0, clock)
    path = tmp_path / "growing.jpg"
    path.write_bytes(b"x" * 10)
    tracker.note(str(tmp_path), str(path))
    assert tracker.take_settled() == {}  # first look
    for size in (20, 30, 40):
        clock.now += 1.5
        with open(path, "ab") as f:
            f.write(b"x" * 10)
        assert tracker.take_settled() == {}, f"released while still growing ({size} bytes)"
    clock.now += 1.9
    assert tracker.take_settled() == {}
    clock.now += 0.2
    assert tracker.take_settled() == {str(tmp_path): {str(path)}}
    assert len(tracker) == 0


def test_a_folder_settles_when_nothing_below_it_moves(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = SettleTracker(2.0, clock)
    root, album = str(tmp_path), str(tmp_path / "album")
    tracker.note(root, album, is_dir=True)
    for i in range(5):  # files keep arriving inside it
        clock.now += 1.0
        tracker.note(root, os.path.join(album, "deep", f"{i}.jpg"))
        batch = tracker.take_settled()
        assert album not in batch.get(root, set())
    clock.now += 2.0
    assert album in tracker.take_settled()[root]


def test_changes_are_grouped_by_root_and_deleted_files_settle(tmp_path: Path) -> None:
    clock = FakeClock()
    tracker = SettleTracker(1.0, clock)
    for root in ("a", "b"):
        for i in range(3):
            tracker.note(str(tmp_path / root), str(tmp_path / root / f"gone{i}.jpg"))
    tracker.take_settled()
    clock.now += 1.0
    batch = tracker.take_settled()
    assert {r: len(p) for r, p in batch.items()} == {str(tmp_path / "a"): 3, str(tmp_path / "b"): 3}


def test_watcher_reports_image_changes_once_settled_and_ignores_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    (root / ".hidden").mkdir(parents=True)
    batches: list[ChangeBatch] = []
    lock = threading.Lock()

    def on_changes(batch: ChangeBatch) -> None:
        with lock:
            batches.append(batch)

    def seen() -> set[str]:
        with lock:
            return {p for b in batches for paths in b.values() for p in paths}

    watcher = FolderWatcher(on_changes, settle_seconds=0.2, root_check_seconds=0.1)
    watcher.start([str(root)])
    try:
        photo = write_photo(root / "a.jpg", 1)
        (root / "notes.txt").write_text("not a photo")
        write_photo(root / ".hidden" / "b.jpg", 2)
        wait_until(lambda: str(photo) in seen(), "the new photo to be reported")
        photo.read_bytes()  # reading is not a change
        album = root / "album"
        album.mkdir()
        write_photo(album / "c.jpg", 3)
        wait_until(lambda: str(album) in seen() or str(album / "c.jpg") in seen(), "the new album to be reported")
        wait_until(lambda: watcher.idle, "the watcher to be idle")
        assert not {p for p in seen() if p.endswith((".txt",)) or "/.hidden" in p}
        with lock:
            assert sum(str(photo) in paths for b in batches for paths in b.values()) == 1  # once, not per write
        # The root itself going away and coming back is reported as the root.
        before = len(batches)
        os.rename(root, tmp_path / "away")
        wait_until(lambda: any(str(root) in paths for b in batches[before:] for paths in b.values()), "the root to be reported gone")
        before = len(batches)
        os.rename(tmp_path / "away", root)
        wait_until(lambda: any(str(root) in paths for b in batches[before:] for paths in b.values()), "the root to be reported back")
        write_photo(root / "after.jpg", 4)  # and it is watched again
        wait_until(lambda: str(root / "after.jpg") in seen(), "a photo in the returned root to be reported")
    finally:
        watcher.stop()


def test_a_change_is_released_after_the_settle_delay_not_the_next_root_check(tmp_path: Path) -> None:
    batches: list[ChangeBatch] = []
    watcher = FolderWatcher(batches.append, settle_seconds=0.2, root_check_seconds=120)
    watcher.start([str(tmp_path)])
    try:
        photo = write_photo(tmp_path / "a.jpg", 1)
        # Well before the root check: the first event wakes the sleeping watcher.
        wait_until(lambda: any(str(photo) in paths for b in batches for paths in b.values()), "the photo", timeout=30)
    finally:
        watcher.stop()
