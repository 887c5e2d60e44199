"""The background service end to end: real files written with Pillow, real notifications, the test-tiny model.

Every wait polls for the outcome with a generous deadline (``wait_until``);
nothing asserts on a fixed sleep.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from photoclip.core.indexing import pipeline
from photoclip.core.indexing.jobs import EmbedJob, Job, JobContext, JobEvents
from photoclip.core.indexing.records import IndexProgress
from photoclip.core.indexing.service import IndexService, ServiceEvent
from photoclip.core.library import Library
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings
from tests.conftest import wait_until, write_photo

SETTLE = 0.3


@dataclass
class Live:
    lib: Library
    service: IndexService
    root: Path
    events: list[ServiceEvent] = field(default_factory=list)

    def found(self) -> set[str]:
        """Paths the library's search returns (every photo: k is larger than the library)."""
        return {h.path for h in self.lib.search("a photo", k=5000)}

    def encoder_calls(self) -> int:
        return self.lib.embedder().image_encoder_calls  # type: ignore[attr-defined]

    def embedded(self) -> int:
        return self.lib.catalog.embedding_count("test-tiny")


def _start(tmp_path: Path, settings: Settings, *, photos: int = 0) -> Live:
    root = tmp_path / "photos"
    root.mkdir()
    for i in range(photos):
        write_photo(root / f"start_{i:03d}.jpg", seed=10_000 + i, size=(48, 36))
    lib = Library(LibraryPaths.at(tmp_path / "home"), settings)
    lib.use_model("test-tiny")
    root = Path(lib.add_folder(root))
    service = IndexService(lib, root_check_seconds=0.1, rescan_seconds=0)
    live = Live(lib, service, root)
    service.subscribe(live.events.append)
    service.start()
    return live


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    live = _start(tmp_path, Settings(settle_seconds=SETTLE), photos=3)
    # The first start in a test run also imports torch and loads the model: a long deadline.
    wait_until(lambda: live.embedded() == 3 and live.service.wait_idle(0.05), "the start-up scan to index the first photos", timeout=120)
    yield live
    live.service.stop()
    live.lib.close()


def test_created_modified_moved_and_deleted_files_reach_search(live: Live) -> None:
    created = write_photo(live.root / "new.jpg", 1)
    wait_until(lambda: str(created) in live.found(), "a created file to be searchable")

    before = live.lib.catalog.photo_by_path(str(created))
    write_photo(created, 2, size=(120, 90))  # new content, new size
    size = created.stat().st_size
    wait_until(
        lambda: (r := live.lib.catalog.photo_by_path(str(created))) is not None and r.size == size and r.width == 120,
        "a modified file to be embedded again",
    )
    assert live.lib.catalog.photo_by_path(str(created)).id == before.id  # type: ignore[union-attr]
    assert str(created) in live.found()

    calls = live.encoder_calls()
    moved = live.root / "album" / "moved.jpg"
    moved.parent.mkdir()
    os.rename(created, moved)
    wait_until(lambda: str(moved) in (found := live.found()) and str(created) not in found, "a moved file to be searchable at its new path")
    assert live.encoder_calls() == calls  # a move keeps its vector

    moved.unlink()
    wait_until(lambda: str(moved) not in live.found(), "a deleted file to leave search")
    assert live.lib.catalog.photo_by_path(str(moved)).status == "deleted"  # type: ignore[union-attr]
    assert len(live.found()) == 3


def test_a_file_written_slowly_is_read_once_and_complete(live: Live, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    decoded: list[tuple[str, int]] = []
    real_load = pipeline.load_for_model

    def counting_load(path: Path, *args: object, **kwargs: object) -> object:
        decoded.append((str(path), path.stat().st_size))
        return real_load(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "load_for_model", counting_load)
    data = write_photo(tmp_path / "source.jpg", 7, size=(400, 300)).read_bytes()
    target = live.root / "slow.jpg"
    calls = live.encoder_calls()
    chunks = 8
    with open(target, "wb") as f:
        for i in range(chunks):  # a pause between chunks shorter than the settle delay
            f.write(data[i * len(data) // chunks : (i + 1) * len(data) // chunks])
            f.flush()
            time.sleep(SETTLE / 3)
    wait_until(lambda: str(target) in live.found(), "the slowly written file to be searchable")
    wait_until(lambda: live.service.wait_idle(0.1), "the service to be idle")
    assert decoded == [(str(target), len(data))]  # read once, whole
    assert live.encoder_calls() == calls + 1
    record = live.lib.catalog.photo_by_path(str(target))
    assert record is not None and record.size == len(data) and record.status == "active"
    assert live.lib.errors() == []


def test_a_burst_of_500_files_is_encoded_in_batches(live: Live) -> None:
    calls = live.encoder_calls()
    for i in range(500):
        write_photo(live.root / "import" / f"{i:03d}.jpg", seed=i, size=(32, 24))
    wait_until(lambda: live.embedded() == 503, "500 new files to be embedded", timeout=60)
    batches = live.encoder_calls() - calls
    assert batches <= 500 // 8, f"{batches} encoder calls for 500 photos"
    scans = [e for e in live.events if e.kind == "job-started" and e.job == "scan"]
    assert len(scans) < 50  # coalesced, not one job per file
    assert len(live.found()) == 503


def test_a_root_renamed_away_goes_offline_and_returns_without_reencoding(live: Live, tmp_path: Path) -> None:
    write_photo(live.root / "sub" / "deep.jpg", 5)
    wait_until(lambda: len(live.found()) == 4, "the photos to be searchable")
    calls = live.encoder_calls()
    away = tmp_path / "unplugged"
    os.rename(live.root, away)
    wait_until(lambda: live.lib.status().offline == 4, "the photos to go offline")
    assert live.found() == set()
    assert live.lib.catalog.count_by_status().get("deleted", 0) == 0  # not a deletion
    assert live.lib.folders()[0].offline_since is not None

    os.rename(away, live.root)
    wait_until(lambda: len(live.found()) == 4, "the photos to come back")
    assert live.lib.status().offline == 0
    assert live.encoder_calls() == calls  # 0 re-encodes
    write_photo(live.root / "after.jpg", 6)  # and the returned root is watched again
    wait_until(lambda: str(live.root / "after.jpg") in live.found(), "a photo added after the return")


def test_search_does_not_wait_for_a_batch_being_encoded(live: Live) -> None:
    embedder = live.lib.embedder()
    live.lib.search("warm up the text encoder", k=1)
    inside, release = threading.Event(), threading.Event()
    real_encode = embedder.encode_images

    def held_encode(pixels: object) -> object:
        inside.set()
        release.wait(30)
        return real_encode(pixels)  # type: ignore[arg-type]

    embedder.encode_images = held_encode  # type: ignore[method-assign]
    try:
        write_photo(live.root / "held.jpg", 8)
        wait_until(inside.is_set, "the worker to be inside a batch encode")
        started = time.monotonic()
        hits = live.lib.search("a query the cache has never seen", k=10)
        assert time.monotonic() - started < 5.0
        assert len(hits) == 3
    finally:
        release.set()
        del embedder.encode_images
    wait_until(lambda: str(live.root / "held.jpg") in live.found(), "the held photo to be stored")


def test_pause_resume_cancel_and_rescan(live: Live) -> None:
    live.service.pause()
    wait_until(lambda: live.service.state == "paused", "the paused state")
    first = write_photo(live.root / "while-paused.jpg", 11)
    wait_until(lambda: any(str(first) in e.paths for e in live.events if e.kind == "changes"), "the change to be picked up")
    assert not live.service.wait_idle(0.5)  # the job waits
    assert str(first) not in live.found()
    live.service.resume()
    wait_until(lambda: str(first) in live.found(), "the photo after resuming")

    live.service.pause()
    second = write_photo(live.root / "cancelled.jpg", 12)
    wait_until(lambda: any(str(second) in e.paths for e in live.events if e.kind == "changes"), "the second change")
    live.service.cancel()
    live.service.resume()
    assert live.service.wait_idle(10)
    assert live.lib.catalog.photo_by_path(str(second)) is None  # cancelled: nothing done
    live.service.rescan()  # the rescan, the fallback for anything missed, finds it
    wait_until(lambda: str(second) in live.found(), "the photo after a rescan")
    assert [e.state for e in live.events if e.kind == "state"].count("paused") >= 2


def test_new_photos_come_before_a_reembed_backlog(tmp_path: Path) -> None:
    live = _start(tmp_path, Settings(settle_seconds=SETTLE, batch_size=2), photos=40)
    try:
        wait_until(lambda: live.embedded() == 40, "the first model to cover the library", timeout=60)
        lib, service = live.lib, live.service
        weights = lib.registry.weights_path(lib.registry.get("test-tiny"))
        lib.import_model(weights, "test-tiny", "tiny-two")
        release = threading.Event()
        slow = lib.embedder(lib.registry.get("tiny-two"))
        real_encode = slow.encode_images

        def slowed(pixels: object) -> object:
            release.wait(0.2)  # slow until the new photo is searchable
            return real_encode(pixels)  # type: ignore[arg-type]

        slow.encode_images = slowed  # type: ignore[method-assign]
        assert service.use_model("tiny-two").result(10).name == "tiny-two"
        wait_until(lambda: any(e.job == "re-embed" and e.kind == "progress" for e in live.events), "the re-embed to start")
        new = write_photo(live.root / "arrived.jpg", 99)
        wait_until(lambda: str(new) in live.found(), "the new photo to be searchable during the switch")
        assert lib.catalog.embedding_count("tiny-two") < 41  # the backlog was not finished first
        assert lib.serving_model().name == "test-tiny"  # the old model still serves
        release.set()
        wait_until(lambda: lib.serving_model().name == "tiny-two", "the new model to take over", timeout=60)
        assert lib.catalog.embedding_count("tiny-two") == 41
        assert any(e.job == "re-embed" and e.kind == "job-finished" and e.message == "preempted" for e in live.events)
        assert str(new) in live.found()
    finally:
        live.service.stop()
        live.lib.close()


def test_job_errors_are_reported_and_the_worker_keeps_serving(live: Live) -> None:
    class Broken(EmbedJob):
        kind = "broken"

        def run(self, ctx):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom")
            yield

    job = live.service.submit(Broken(since=0.0))
    with pytest.raises(RuntimeError, match="boom"):
        job.future.result(10)
    assert any(e.kind == "job-failed" and "boom" in (e.message or "") for e in live.events)
    after = write_photo(live.root / "after-error.jpg", 13)
    wait_until(lambda: str(after) in live.found(), "indexing to go on after a failed job")


def test_folders_added_and_removed_through_the_service(live: Live, tmp_path: Path) -> None:
    other = tmp_path / "phone"
    for i in range(2):
        write_photo(other / f"phone_{i}.jpg", 200 + i)
    added = live.service.add_folder(other).result(10)["added"]
    wait_until(lambda: len(live.found()) == 5, "the added folder's photos to be searchable")
    write_photo(other / "later.jpg", 202)  # and it is watched
    wait_until(lambda: len(live.found()) == 6, "a photo added to the new folder")
    assert live.service.remove_folder(added[0]).result(10)["removed"] == {added[0]: 3}
    wait_until(lambda: len(live.found()) == 3, "the removed folder's photos to leave search")


def test_pause_on_battery(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from photoclip.core.indexing import service as service_module

    monkeypatch.setattr(service_module, "BATTERY_CHECK_SECONDS", 0.05)
    on_battery = threading.Event()
    on_battery.set()
    root = tmp_path / "photos"
    write_photo(root / "a.jpg", 1)
    lib = Library(LibraryPaths.at(tmp_path / "home"), Settings(settle_seconds=SETTLE, pause_on_battery=True))
    lib.use_model("test-tiny")
    lib.add_folder(root)
    service = IndexService(lib, on_battery=on_battery.is_set)
    events: list[ServiceEvent] = []
    service.subscribe(events.append)
    service.start()
    try:
        wait_until(lambda: any(e.state == "paused" and e.message == "on battery" for e in events), "a pause on battery")
        assert not service.wait_idle(0.3) and lib.catalog.count_by_status() == {}
        on_battery.clear()  # plugged in
        wait_until(lambda: lib.catalog.embedding_count("test-tiny") == 1, "indexing once plugged in")
    finally:
        service.stop()
        lib.close()


def test_on_battery_power_reads_the_linux_power_supply_folder(tmp_path: Path) -> None:
    from photoclip.core.indexing.service import on_battery_power

    def supply(name: str, **files: str) -> None:
        (tmp_path / name).mkdir()
        for key, value in files.items():
            (tmp_path / name / key).write_text(value + "\n")

    supply("BAT0", type="Battery", scope="System", status="Discharging")
    supply("hid-mouse", type="Battery", scope="Device", status="Discharging")
    supply("AC", type="Mains", online="0")
    assert on_battery_power(tmp_path) is True
    (tmp_path / "AC" / "online").write_text("1\n")
    assert on_battery_power(tmp_path) is False
    (tmp_path / "AC" / "online").write_text("0\n")
    (tmp_path / "BAT0" / "status").write_text("Full\n")
    assert on_battery_power(tmp_path) is False  # a full battery with no charger reported: not discharging
    empty = tmp_path / "desktop"
    empty.mkdir()
    assert on_battery_power(empty) is None  # no battery at all


class _FailingJob(Job):
    """A job that reports one item, then fails with the error it was given (a known problem, or a bug)."""

    kind = "failing"

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def run(self, ctx: JobContext) -> JobEvents:
        yield IndexProgress("scan", 1)
        raise self.error


def test_a_failed_job_says_whether_it_is_a_bug_in_a_typed_flag(tmp_path: Path) -> None:
    lib = Library(LibraryPaths.at(tmp_path / "home"), Settings())
    service = IndexService(lib, watch=False, rescan_seconds=0)
    events: list[ServiceEvent] = []
    service.subscribe(events.append)
    service.start()
    try:
        bug = service.submit(_FailingJob(ZeroDivisionError("a bug")))
        known = service.submit(_FailingJob(PhotoclipError("The disk is full.")))
        with pytest.raises(ZeroDivisionError):
            bug.future.result(20)
        with pytest.raises(PhotoclipError):
            known.future.result(20)
    finally:
        service.stop()
        lib.close()
    failed = {e.job_id: e for e in events if e.kind == "job-failed"}
    assert failed[bug.id].internal and "ZeroDivisionError" in (failed[bug.id].message or "")
    assert "Traceback" in (failed[bug.id].message or "")  # the details a bug report needs
    assert not failed[known.id].internal and failed[known.id].message == "The disk is full."
    assert failed[known.id].index_progress == IndexProgress("scan", 1)  # the job's last event comes along
