"""One indexing path: ``Library.index`` runs the service's jobs inline, with the same rules, on the real test-tiny model.

The test-tiny weights are random: these tests assert mechanics (what runs,
what is stored, what is reported), never meaning.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.indexing.jobs import EmbedJob, ScanJob, TagJob, run_jobs
from photoclip.core.indexing.records import FileProblem, IndexProgress, IndexSummary
from photoclip.core.indexing.service import IndexService
from photoclip.core.library import Library
from photoclip.core.tagsets.definition import MODE_MULTI, TagDef, TagSet
from photoclip.core.tagsets.labelling import run_job
from tests.conftest import write_photo


def _tiny_multi(lib: Library) -> TagSet:
    """A multi-label set whose thresholds are the median scores: each album gets about half the photos."""
    labels = ("a dog", "a beach", "a birthday cake")
    draft = TagSet("Things", tuple(TagDef(x) for x in labels), mode=MODE_MULTI, threshold=0.0)
    medians = np.median(lib.tags.preview(draft).cosines, axis=0)
    return TagSet("Things", tuple(TagDef(x, threshold=float(m)) for x, m in zip(labels, medians)), mode=MODE_MULTI)


def _assigned(lib: Library) -> dict[int, set[str]]:
    """photo id -> its labels of the set, read through the album API."""
    out: dict[int, set[str]] = {}
    for album in lib.tags.albums("Things"):
        for photo in lib.tags.album_photos(album.tag_id):
            out.setdefault(photo.photo_id, set()).add(album.label)
    return out


def _expected(lib: Library) -> dict[int, set[str]]:
    """What the set's preview says every photo should have."""
    preview = lib.tags.preview("Things")
    labels = [t.label for t in lib.tags.get("Things").tags]
    return {
        int(pid): {labels[k] for k in np.flatnonzero(row)} for pid, row in zip(preview.photo_ids, preview.assigned) if row.any()
    }


def test_index_files_new_photos_into_albums_and_reports_labelling(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    for _ in lib.index():
        pass
    lib.tags.save(_tiny_multi(lib))
    run_job(lib.tags.apply())
    before = set(lib.catalog.filtered_photo_ids())
    for i in range(3):
        write_photo(photo_dir / "a" / f"new_{i}.jpg", seed=500 + i)

    events = list(lib.index())

    new_ids = set(lib.catalog.filtered_photo_ids()) - before
    assert len(new_ids) == 3
    # Labelling is reported, like the service's tags jobs: the set at work, photos done of total.
    tags = [e for e in events if e.phase == "tags"]
    assert tags and tags[-1].path == "Things" and tags[-1].done == tags[-1].total == 3
    # One done event, last, adding up the run: the scan's counts and the embedding's.
    assert [e.phase for e in events].count("done") == 1 and events[-1].phase == "done"
    summary = events[-1].summary
    assert summary is not None and (summary.new, summary.embedded, summary.unchanged, summary.remaining) == (3, 3, 12, 0)
    assert summary.model == "test-tiny" and not summary.cancelled
    # The new photos are in exactly the albums the set's preview gives them.
    assert _assigned(lib) == _expected(lib)
    assert any(pid in new_ids for pid in _assigned(lib))


@pytest.mark.parametrize("path", ["index", "service"])
def test_the_serving_model_moves_by_one_rule_on_both_paths(tiny_library: Library, photo_dir: Path, path: str) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    for _ in lib.index():
        pass
    lib.tags.save(_tiny_multi(lib))
    run_job(lib.tags.apply())
    weights = lib.registry.weights_path(lib.registry.get("test-tiny"))
    lib.import_model(weights, "test-tiny", "tiny-two")

    def bring_up_to_date() -> None:
        if path == "index":
            for _ in lib.index():
                pass
            return
        service = IndexService(lib, watch=False, rescan_seconds=0)
        service.start()
        try:
            assert service.wait_idle(120)
        finally:
            service.stop()

    def applied_model() -> str | None:
        return {s.name: s for s in lib.tags.sets()}["Things"].applied_model

    lib.use_model("tiny-two")
    assert lib.serving_model().name == "test-tiny"
    bring_up_to_date()
    # Complete: searches moved, and the albums followed them to the new model.
    assert lib.serving_model().name == "tiny-two" and lib.catalog.get_meta("serving_model") == "tiny-two"
    assert applied_model() == "tiny-two"

    # Back to a model that already covers every photo: it serves again at
    # once, no photo is encoded, and the albums are filed with it again.
    calls = lib.embedder(lib.registry.get("test-tiny")).image_encoder_calls  # type: ignore[attr-defined]
    lib.use_model("test-tiny")
    bring_up_to_date()
    assert lib.serving_model().name == "test-tiny" and lib.catalog.get_meta("serving_model") == "test-tiny"
    assert lib.embedder(lib.registry.get("test-tiny")).image_encoder_calls == calls  # type: ignore[attr-defined]
    assert applied_model() == "test-tiny"


def test_the_rule_keeps_the_old_model_serving_until_the_new_one_is_complete(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    for _ in lib.index():
        pass
    weights = lib.registry.weights_path(lib.registry.get("test-tiny"))
    lib.import_model(weights, "test-tiny", "tiny-two")
    lib.use_model("tiny-two")
    assert lib.serve_chosen_model_if_complete() is False
    cancel = threading.Event()
    for event in lib.index(cancel):
        if event.phase == "embed" and event.done >= 2:
            cancel.set()
    assert lib.serving_model().name == "test-tiny" and lib.pending() > 0
    for _ in lib.index():
        pass
    assert lib.serving_model().name == "tiny-two"
    assert lib.serve_chosen_model_if_complete() is False  # already serving: nothing moved just now


def test_run_jobs_runs_the_follow_ups_jobs_submit_and_merges_equal_ones(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    lib.tags.save(TagSet("Things", (TagDef("a dog"), TagDef("a beach")), mode=MODE_MULTI, threshold=-1.0))
    scan, embed, first, second = ScanJob(), EmbedJob(), EmbedJob(), TagJob(["Things"])
    events = list(run_jobs(lib, [scan, embed, first, second]))
    # The scan queued the embedding of what it found (a job of its own) and
    # that one queued the filing into albums; no job's own done event is passed on.
    phases = [e.phase for e in events]
    assert "embed" in phases and "tags" in phases and "done" not in phases
    assert lib.catalog.embedding_count("test-tiny") == 12
    assert scan.future.result(0).new == 12
    # Two equal backlog jobs ran as one: the second's future has the first's result.
    assert first.future.result(0) is embed.future.result(0)
    # Every photo scores above -1: each album holds all twelve.
    assert {a.label: a.count for a in lib.tags.albums("Things")} == {"a dog": 12, "a beach": 12}


def test_summaries_add_up() -> None:
    scan = IndexSummary(files_seen=5, new=2, failed=(FileProblem("a.jpg", "bad"),), seconds=1.0)
    embed = IndexSummary("test-tiny", embedded=2, failed=(FileProblem("b.jpg", "worse"),), seconds=2.0, cancelled=True)
    total = scan + embed
    assert (total.model, total.files_seen, total.new, total.embedded, total.seconds, total.cancelled) == ("test-tiny", 5, 2, 2, 3.0, True)
    assert [p.path for p in total.failed] == ["a.jpg", "b.jpg"]
    assert IndexProgress("done", summary=total).summary is total
