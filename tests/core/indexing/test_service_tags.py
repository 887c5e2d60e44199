"""Tag sets on the background service: apply jobs, labelling of new photos, manual feedback.

The real test-tiny model (random weights) and real files: the assertions are
about mechanics (which photos are labelled, when, what survives), never about
which album a photo lands in. Waits poll with generous deadlines.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from photoclip.core.indexing.jobs import PRIORITY_LABEL_NEW, PRIORITY_LATER, TagJob
from photoclip.core.indexing.records import IndexProgress
from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, TagDef, TagSet
from photoclip.core.tagsets.records import TagApplySummary
from photoclip.settings import Settings
from tests.conftest import wait_until, write_photo
from tests.core.indexing.test_service import SETTLE, Live, _start

# Exclusive with no probability floor: every photo gets exactly one colour.
COLOURS = TagSet(
    name="Colours",
    tags=(TagDef("red"), TagDef("green"), TagDef("blue")),
    mode=MODE_EXCLUSIVE,
    templates="label",
    min_probability=0.0,
)


def album_total(live: Live) -> int:
    return sum(a.count for a in live.lib.tags.albums("Colours"))


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    live = _start(tmp_path, Settings(settle_seconds=SETTLE), photos=3)
    wait_until(lambda: live.embedded() == 3 and live.service.wait_idle(0.05), "the start-up scan to index the first photos", timeout=120)
    live.lib.tags.save(COLOURS)
    yield live
    live.service.stop()
    live.lib.close()


def test_apply_job_files_every_photo_and_reports_progress(live: Live) -> None:
    summary = live.service.apply_tags(["Colours"]).result(60)
    assert isinstance(summary, TagApplySummary) and summary.tagsets == ("Colours",) and summary.photos == 3
    assert album_total(live) == 3
    tag_events = [e for e in live.events if e.job == "tags" and e.kind == "progress"]
    assert tag_events and all(isinstance(e.progress, IndexProgress) for e in tag_events)
    assert {e.progress.phase for e in tag_events} <= {"tag-prompts", "tags"}
    last = [e.progress for e in tag_events if e.progress.phase == "tags"][-1]
    assert last.done == last.total == 3 and last.path == "Colours"
    assert any(e.job == "tags" and e.kind == "job-finished" for e in live.events)
    assert [info.up_to_date for info in live.lib.tags.sets()] == [True]


def test_a_new_photo_picked_up_by_the_service_is_filed_into_an_album(live: Live) -> None:
    live.service.apply_tags().result(60)
    new = write_photo(live.root / "arrived.jpg", 42)
    wait_until(lambda: album_total(live) == 4, "the new photo to be filed into an album")
    record = live.lib.catalog.photo_by_path(str(new))
    assert record is not None
    tags = live.lib.tags.photo_tags(record.id)
    assert len(tags) == 1 and tags[0].tagset == "Colours" and tags[0].source == "auto"
    # The follow-up ran as its own job after the embedding, which kept its summary.
    wait_until(lambda: live.service.wait_idle(0.05), "the service to be idle")
    finished = [(e.job, e.progress.summary is not None if e.progress else None) for e in live.events if e.kind == "job-finished"]
    embed_at = max(i for i, (job, _) in enumerate(finished) if job == "embed")
    assert finished[embed_at][1] is True
    assert any(job == "tags" for job, _ in finished[embed_at + 1 :])


def test_an_edited_set_is_applied_whole_when_new_photos_arrive(live: Live) -> None:
    # Saved but never applied: the labelling that follows an embedding applies it whole.
    new = write_photo(live.root / "first.jpg", 7)
    wait_until(lambda: album_total(live) == 4, "the never-applied set to be applied after new photos")
    assert live.lib.catalog.photo_by_path(str(new)) is not None


def test_confirm_survives_a_reapply_and_a_moved_threshold_queues_an_apply(live: Live) -> None:
    live.service.apply_tags().result(60)
    photo = live.lib.catalog.photo_by_path(str(live.root / "start_000.jpg"))
    assert photo is not None
    current = live.lib.tags.photo_tags(photo.id)[0]
    other = next(a for a in live.lib.tags.albums("Colours") if a.tag_id != current.tag_id)
    # Confirm a colour the model did not give it: in an exclusive set the other colour goes.
    change = live.service.tag_feedback(other.tag_id, [photo.id], "confirm").result(60)
    assert change.tag_id == other.tag_id
    tags = live.lib.tags.photo_tags(photo.id)
    assert [(t.tag_id, t.source, t.assigned) for t in tags] == [(other.tag_id, "manual", True)]
    if change.needs_apply:  # the threshold moved: an apply of the set was queued behind it
        wait_until(lambda: live.service.wait_idle(0.05), "the queued apply")
    live.service.apply_tags().result(60)
    tags = live.lib.tags.photo_tags(photo.id)
    assert [(t.tag_id, t.source, t.assigned) for t in tags] == [(other.tag_id, "manual", True)]
    assert album_total(live) == 3
    live.service.tag_feedback(other.tag_id, [photo.id], "clear").result(60)
    live.service.apply_tags().result(60)
    assert all(t.source == "auto" for t in live.lib.tags.photo_tags(photo.id))


def test_tag_jobs_merge_while_queued() -> None:
    a, b = TagJob(["A"]), TagJob(["B"])
    assert a.absorb(b) and a.names == ["A", "B"] and a.priority == PRIORITY_LATER
    assert a.absorb(TagJob()) and a.names is None
    new = TagJob(new_only=True)
    assert new.priority == PRIORITY_LABEL_NEW
    assert not a.absorb(new) and not new.absorb(a)
    late = TagJob(new_only=True)
    late.priority = PRIORITY_LATER
    assert late.absorb(new) and late.priority == PRIORITY_LABEL_NEW
    with pytest.raises(ValueError):
        from photoclip.core.indexing.jobs import TagFeedbackJob

        TagFeedbackJob(1, [1], "maybe")
