"""Personalisation on the background service: training, applying, switching and reverting profiles as jobs.

The real test-tiny model on flat-colour photos whose captions name their
colour (as in ``personalize/test_personalize.py``, where such a run is shown to improve
held-out recall). Waits poll, or block on a job's future, with generous
deadlines.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from concurrent.futures import CancelledError
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from photoclip.core.indexing.jobs import PRIORITY_LATER, PersonalizeJob
from photoclip.core.indexing.service import IndexService, ServiceEvent
from photoclip.core.library import Library
from photoclip.core.personalize.records import (
    PersonalizationRefused,
    PersonalizeProgress,
    TrainingConfig,
    TrainingResult,
)
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings
from tests.conftest import wait_until
from tests.core.personalize.test_personalize import FAST, QUERIES, _write_colour_photos

TIMEOUT = 120


@dataclass
class Trained:
    lib: Library
    service: IndexService
    events: list[ServiceEvent] = field(default_factory=list)

    def of(self, job_id: int) -> list[ServiceEvent]:
        return [e for e in self.events if e.job_id == job_id]

    def rankings(self) -> list[list[tuple[int, float]]]:
        return [[(h.photo_id, h.score) for h in self.lib.search(q, k=10)] for q in QUERIES]


@pytest.fixture
def trained(tmp_path: Path) -> Iterator[Trained]:
    root = tmp_path / "photos"
    captions = _write_colour_photos(root)
    lib = Library(LibraryPaths.at(tmp_path / "home"), Settings(settle_seconds=0))
    lib.use_model("test-tiny")
    lib.add_folder(root)
    for _ in lib.index():
        pass
    for path, text in captions:
        lib.add_caption(path, text)
    service = IndexService(lib, watch=False, rescan_seconds=0)
    live = Trained(lib, service)
    service.subscribe(live.events.append)
    service.start()
    wait_until(lambda: service.wait_idle(0.05), "the start-up scan", timeout=TIMEOUT)
    yield live
    service.stop()
    lib.close()


def test_training_runs_as_a_job_and_apply_use_revert_are_jobs(trained: Trained) -> None:
    original = trained.rankings()
    job = trained.service.personalize(FAST)
    assert isinstance(job, PersonalizeJob) and job.priority == PRIORITY_LATER and job.kind == "personalize"
    result = job.future.result(TIMEOUT)
    assert isinstance(result, TrainingResult) and result.improved

    events = trained.of(job.id)
    assert [e.kind for e in events][0] == "job-started" and events[-1].kind == "job-finished"
    progress = [e for e in events if e.kind == "progress"]
    # Not indexing events: subscribers that only know indexing read `index_progress` and pass over them.
    assert progress and all(isinstance(e.progress, PersonalizeProgress) and e.index_progress is None for e in progress)
    trained_epochs = [e.personalize_progress for e in progress]
    epochs = [p.epoch for p in trained_epochs if p is not None and p.phase == "train"]
    assert epochs == list(range(len(epochs))) and len(epochs) >= 2
    last = events[-1].personalize_progress
    assert last is not None and last.phase == "done" and last.result is result

    # `photoclip watch` prints these events without tripping over them.
    from photoclip.cli.watch import WatchLog

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        for event in events:
            WatchLog(as_json=False).show(event)
            WatchLog(as_json=True).show(event)
    assert all(json.loads(line)["job"] == "personalize" for line in out.getvalue().splitlines())

    info = trained.service.apply_personalization(result).result(TIMEOUT)
    assert (info.name, info.active) == ("p1", True)
    assert trained.lib.serving_identity() == "test-tiny+p1"
    assert trained.rankings() != original
    assert trained.service.revert_personalization().result(TIMEOUT) is None
    assert trained.lib.serving_identity() == "test-tiny"
    assert trained.rankings() == original
    assert trained.service.use_profile("p1").result(TIMEOUT).name == "p1"
    assert trained.lib.active_profile() == "p1"
    assert any(e.job == "profile" and e.kind == "job-finished" for e in trained.events)


def test_a_result_that_does_not_improve_is_refused_by_the_job(trained: Trained) -> None:
    result = trained.service.personalize(TrainingConfig(epochs=2, learning_rate=0.0)).future.result(TIMEOUT)
    assert not result.improved
    future = trained.service.apply_personalization(result)
    with pytest.raises(PersonalizationRefused, match="R@1"):
        future.result(TIMEOUT)
    failed = [e for e in trained.events if e.job == "profile" and e.kind == "job-failed"]
    assert failed and "before" in (failed[0].message or "")
    assert trained.lib.active_profile() is None


def test_cancel_job_stops_training_and_the_service_goes_on(trained: Trained) -> None:
    service = trained.service
    slow = TrainingConfig(epochs=500, patience=500, learning_rate=0.001)

    jobs: list[PersonalizeJob] = []

    def cancel_after_two_epochs(event: ServiceEvent) -> None:
        progress = event.personalize_progress
        if progress is not None and progress.phase == "train" and progress.epoch == 2:
            service.cancel_job(jobs[0])

    service.subscribe(cancel_after_two_epochs)  # before the job exists: no epoch can slip past
    service.pause()  # so the job is in `jobs` before it runs
    running = service.personalize(slow)
    jobs.append(running)
    service.resume()
    with pytest.raises(CancelledError):
        running.future.result(TIMEOUT)
    trained_epochs = [e.personalize_progress for e in trained.of(running.id) if e.kind == "progress"]
    epochs = [p.epoch for p in trained_epochs if p is not None and p.phase == "train"]
    assert 2 <= max(epochs) < 500
    assert trained.of(running.id)[-1].message == "cancelled"

    # A queued job is taken out of the queue and never runs.
    service.pause()
    queued = service.personalize(slow)
    service.cancel_job(queued)
    assert queued.future.cancelled()
    service.resume()
    assert service.use_profile(None).result(TIMEOUT) is None  # the worker still serves
    assert trained.of(queued.id) == []


def test_a_preview_says_which_photos_change_album_and_which_albums_empty_as_applying_then_does(trained: Trained) -> None:
    from photoclip.core.tagsets.definition import TagDef, TagSet
    from tests.core.personalize.test_personalize import COLOURS

    tags = trained.lib.tags
    tags.save(TagSet("Colours", tuple(TagDef(f"{name} picture") for name in COLOURS), mode="exclusive"))
    trained.service.apply_tags().result(TIMEOUT)

    def albums_of_photos() -> dict[int, set[str]]:
        out: dict[int, set[str]] = {}
        for album in tags.albums():
            for photo in tags.album_photos(album.tag_id):
                out.setdefault(photo.photo_id, set()).add(album.label)
        return out

    def filled() -> set[str]:
        return {a.label for a in tags.albums() if a.count}

    before, filled_before = albums_of_photos(), filled()
    result = trained.service.personalize(FAST).future.result(TIMEOUT)
    preview = trained.service.preview_personalization(result).result(TIMEOUT)
    assert albums_of_photos() == before  # a preview changes nothing
    trained.service.apply_personalization(result).result(TIMEOUT)
    assert trained.service.wait_idle(TIMEOUT)
    after = albums_of_photos()
    changed = {pid for pid in set(before) | set(after) if before.get(pid, set()) != after.get(pid, set())}
    assert preview.moved == len(changed) > 0  # the trained heads file the colours differently
    assert set(preview.emptied) == {f"Colours|{label}" for label in filled_before - filled()}
