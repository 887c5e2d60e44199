"""Labelling jobs on hand-made vectors: albums filled, manual feedback kept and moving thresholds, new photos, model changes, cancels."""

from __future__ import annotations

import threading

import pytest

from photoclip.core.tagsets.definition import TagDef, TagSet
from photoclip.core.tagsets.labelling import apply_tagset, label_new, label_photos, run_job
from photoclip.core.tagsets.store import save_tagset
from photoclip.errors import PhotoclipError
from tests.core.tagsets.conftest import EMPTY, FakeEncoder, Photos, apply, axis, exclusive, multi, unit, with_cosine


def test_multi_label_apply_files_photos_and_leaves_misfits_out(photos: Photos) -> None:
    beach, both, weak, nothing = photos.add(
        with_cosine("beach", 0.8), unit(axis(0) + axis(3)), with_cosine("mountains", 0.4), axis(EMPTY)
    )
    save_tagset(photos.catalog, multi(0.5))
    summary = apply(photos)
    assert summary.tagsets == ("Places",) and summary.photos == 4 and summary.assigned == 3
    assert photos.labels() == {beach: {"beach"}, both: {"beach", "forest"}}
    # A tag's own threshold lets the weak photo in.
    save_tagset(photos.catalog, multi(0.5, mountains=0.35))
    apply(photos)
    assert photos.labels() == {beach: {"beach"}, both: {"beach", "forest"}, weak: {"mountains"}}
    assert nothing not in photos.labels()


def test_exclusive_apply_gives_one_tag_or_none(photos: Photos) -> None:
    beach, both, faint, nothing = photos.add(
        with_cosine("beach", 0.8), unit(axis(0) + axis(3)), with_cosine("forest", 0.05), axis(EMPTY)
    )
    save_tagset(photos.catalog, exclusive(min_probability=0.6))
    apply(photos)
    # both: beach and forest tie (p = 0.5 each) -> none; nothing: uniform -> none;
    # faint: forest wins on probability (e^5 vs 1) but...
    labels = photos.labels()
    assert labels[beach] == {"beach"} and both not in labels and nothing not in labels
    assert labels[faint] == {"forest"}
    # ... a min cosine keeps photos that fit no tag well out.
    save_tagset(photos.catalog, exclusive(min_probability=0.6, min_cosine=0.2))
    apply(photos)
    assert photos.labels() == {beach: {"beach"}}
    # With no probability floor, ties still give exactly one tag.
    save_tagset(photos.catalog, exclusive(min_probability=0.0))
    apply(photos)
    assert all(len(v) == 1 for v in photos.labels().values()) and len(photos.labels()) == 4


def test_manual_confirm_and_reject_survive_reruns_and_edits(photos: Photos) -> None:
    beach, other_beach, nothing = photos.add(with_cosine("beach", 0.8), with_cosine("beach", 0.9), axis(EMPTY))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    tags = photos.manager()
    assert photos.labels() == {beach: {"beach"}, other_beach: {"beach"}}

    tags.reject("beach", [beach])
    tags.confirm("Places|forest", [nothing])
    assert photos.labels() == {other_beach: {"beach"}, nothing: {"forest"}}
    for _ in range(2):
        apply(photos)
        assert photos.labels() == {other_beach: {"beach"}, nothing: {"forest"}}
    # An edit of the set (new threshold, new tag) keeps the feedback: tags keep their ids by label.
    edited = TagSet("Places", (*multi(0.45).tags, TagDef("snow")), threshold=0.45)
    save_tagset(photos.catalog, edited)
    apply(photos)
    assert photos.labels() == {other_beach: {"beach"}, nothing: {"forest"}}
    albums = {a.label: a for a in tags.albums("Places")}
    assert (albums["beach"].count, albums["beach"].rejected) == (1, 1)
    assert (albums["forest"].count, albums["forest"].confirmed) == (1, 1)
    assert [p.source for p in tags.album_photos("Places|forest")] == ["manual"]
    assert {(t.label, t.assigned, t.source) for t in tags.photo_tags(beach)} == {("beach", False, "manual")}
    # Clearing the feedback gives the photos back to the automatic labelling.
    tags.clear("beach", [beach])
    tags.clear("forest", [nothing])
    run_job(tags.apply())
    assert photos.labels() == {beach: {"beach"}, other_beach: {"beach"}}


def test_renaming_a_set_keeps_its_albums_and_feedback(photos: Photos) -> None:
    (pid,) = photos.add(axis(EMPTY))
    save_tagset(photos.catalog, multi(0.5))
    tags = photos.manager()
    tags.confirm("Places|beach", [pid])
    renamed = TagSet("Spots", multi(0.5).tags, threshold=0.5)
    tags.save(renamed, previous_name="Places")
    assert [s.name for s in tags.sets()] == ["Spots"]
    assert tags.resolve("Spots|beach").confirmed == 1
    with pytest.raises(PhotoclipError, match="exists already"):
        tags.save(TagSet("Spots", renamed.tags), previous_name="Missing")
    with pytest.raises(PhotoclipError, match="no tag set named 'Missing'"):
        tags.save(TagSet("New", renamed.tags), previous_name="Missing")


def test_exclusive_confirmation_keeps_the_rest_of_the_set_off(photos: Photos) -> None:
    (beach,) = photos.add(with_cosine("beach", 0.8))
    save_tagset(photos.catalog, exclusive(0.6))
    apply(photos)
    assert photos.labels() == {beach: {"beach"}}
    tags = photos.manager()
    tags.confirm("forest", [beach])
    assert photos.labels() == {beach: {"forest"}}
    apply(photos)
    assert photos.labels() == {beach: {"forest"}}
    # Rejecting the winner lets the next best compete (here nothing else reaches 0.6).
    tags.clear("forest", [beach])
    tags.reject("beach", [beach])
    apply(photos)
    assert photos.labels() == {}


def test_feedback_moves_the_threshold_by_the_documented_rule(photos: Photos) -> None:
    low, mid, high = photos.add(with_cosine("beach", 0.3), with_cosine("beach", 0.45), with_cosine("beach", 0.7))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    assert photos.labels() == {high: {"beach"}}
    tags = photos.manager()
    change = tags.confirm("beach", [low])
    assert change.threshold_before == pytest.approx(0.5)
    assert change.threshold_after == pytest.approx(0.4)  # midpoint of 0.3 and the set's 0.5
    assert change.needs_apply
    assert photos.labels() == {high: {"beach"}, low: {"beach"}}  # only the confirmed photo moved so far
    apply(photos)
    assert photos.labels() == {high: {"beach"}, low: {"beach"}, mid: {"beach"}}  # 0.45 >= 0.4
    album = tags.resolve("beach")
    assert album.threshold == pytest.approx(0.4) and album.base_threshold == pytest.approx(0.5)
    # A rejection at 0.45 and the confirmation at 0.3 disagree: the midpoint, 0.375.
    change = tags.reject("beach", [mid])
    assert change.threshold_after == pytest.approx(0.375)
    # Confirming a photo that already passes moves nothing.
    assert not tags.confirm("beach", [high]).needs_apply


def test_labelling_only_new_photos_uses_each_sets_mark(photos: Photos) -> None:
    first = photos.add(with_cosine("beach", 0.8), with_cosine("forest", 0.8))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    before = {r[:2]: r for r in photos.rows()}
    later = photos.add(with_cosine("mountains", 0.9), axis(EMPTY))
    summary = run_job(label_new(photos.catalog, photos.encoder))
    assert summary.photos == 2  # only the new ones were scored
    assert photos.labels() == {first[0]: {"beach"}, first[1]: {"forest"}, later[0]: {"mountains"}}
    after = {r[:2]: r for r in photos.rows()}
    assert all(after[k] == v for k, v in before.items())  # old rows untouched (same updated_at)
    assert run_job(label_new(photos.catalog, photos.encoder)).photos == 0  # nothing new
    # An edited set is not up to date: the hook applies it whole.
    save_tagset(photos.catalog, multi(0.85))
    summary = run_job(label_new(photos.catalog, photos.encoder))
    assert summary.photos == 4 and photos.labels() == {later[0]: {"mountains"}}


def test_label_photos_touches_only_the_given_photos(photos: Photos) -> None:
    a, b = photos.add(with_cosine("beach", 0.8), with_cosine("beach", 0.8))
    save_tagset(photos.catalog, multi(0.5))
    run_job(label_photos(photos.catalog, photos.encoder, [a]))
    assert photos.labels() == {a: {"beach"}}


def test_model_change_makes_sets_stale_and_reapply_uses_the_new_model(photos: Photos) -> None:
    (pid,) = photos.add(with_cosine("beach", 0.8))
    # The same photo as another model sees it.
    photos.catalog.store_embeddings("fake-2", [(pid, with_cosine("forest", 0.9), with_cosine("forest", 0.9), (1, 1, 1, None))])
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    tags = photos.manager()
    assert tags.sets()[0].up_to_date and photos.labels()[pid] == {"beach"}
    photos.encoder = FakeEncoder("fake-2")  # the serving model changed
    assert [s.name for s in tags.stale()] == ["Places"]
    summary = run_job(tags.reapply_all(refresh_prompts=True))
    assert summary.model == "fake-2" and tags.sets()[0].applied_model == "fake-2"
    assert photos.labels()[pid] == {"forest"}
    assert not tags.stale()


def test_cancelled_apply_keeps_a_consistent_catalog(photos: Photos, monkeypatch: pytest.MonkeyPatch) -> None:
    from photoclip.core.tagsets import labelling

    monkeypatch.setattr(labelling, "CHUNK", 2)
    ids = photos.add(*[with_cosine("beach", 0.8) for _ in range(6)])
    save_tagset(photos.catalog, multi(0.5))
    cancel = threading.Event()
    events = apply_tagset(photos.catalog, photos.encoder, cancel=cancel)
    for event in events:
        if event.phase == "label" and event.done == 2:
            cancel.set()
    assert set(photos.labels()) == set(ids[:2])  # the first chunk is in, nothing half-written
    assert photos.manager().stale()  # and the set still counts as not applied
    apply(photos)
    assert set(photos.labels()) == set(ids)


def test_a_set_removed_while_it_is_being_applied_ends_the_job_cleanly(photos: Photos, monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI may remove a set (a short write) while the service's tags job is filing photos into it."""
    import photoclip.core.tagsets.labelling as labelling

    monkeypatch.setattr(labelling, "CHUNK", 2)  # several chunks, so the removal falls between two writes
    photos.add(*[with_cosine("beach", 0.8) for _ in range(6)])
    save_tagset(photos.catalog, multi(0.5))
    save_tagset(photos.catalog, exclusive())
    job = apply_tagset(photos.catalog, photos.encoder, None)
    for event in job:
        if event.phase == "label" and event.done == 2:
            photos.manager().remove("Places")
            break
    rest = list(job)  # no foreign-key error: the removed set is left out, the other one goes on
    summary = rest[-1].summary
    assert summary is not None and summary.photos == 6 and "Places" not in summary.tagsets
    assert set(summary.tagsets) == {exclusive().name}
    assert not photos.labels("Places")


def test_a_set_removed_while_new_photos_are_labelled_stops_its_writes(photos: Photos, monkeypatch: pytest.MonkeyPatch) -> None:
    import photoclip.core.tagsets.labelling as labelling

    monkeypatch.setattr(labelling, "CHUNK", 2)
    ids = photos.add(*[with_cosine("beach", 0.8) for _ in range(6)])
    save_tagset(photos.catalog, multi(0.5))
    job = label_photos(photos.catalog, photos.encoder, ids)
    for event in job:
        if event.phase == "label":
            photos.manager().remove("Places")
            break
    assert list(job)[-1].phase == "done"
    assert not photos.labels("Places")
def test_a_whole_library_pass_reports_steps_a_progress_bar_can_follow(photos: Photos) -> None:
    photos.add(*[with_cosine("beach", 0.8) for _ in range(40)])
    save_tagset(photos.catalog, multi(0.5))
    steps = [(e.done, e.total) for e in apply_tagset(photos.catalog, photos.encoder) if e.phase == "label"]
    assert steps[0] == (0, 40) and steps[-1] == (40, 40)
    assert len(steps) >= 20  # not 0 then 40 at once: the bar moves
    assert [done for done, _ in steps] == sorted({done for done, _ in steps})
