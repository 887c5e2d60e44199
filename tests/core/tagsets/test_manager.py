"""TagManager and tag sets through Library: preview, CSV export, evaluation, and the real test-tiny model.

The test-tiny weights are random, so the tests that run it assert mechanics
(what is stored, when, for which photos), never semantics.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from photoclip.core.library import Library
from photoclip.core.search import SearchFilters
from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, MODE_MULTI, TagDef, TagSet
from photoclip.core.tagsets.labelling import run_job
from photoclip.core.tagsets.store import save_tagset
from tests.conftest import write_photo
from tests.core.tagsets.conftest import EMPTY, Photos, apply, axis, multi, with_cosine


def test_preview_scores_a_matrix_without_storing(photos: Photos) -> None:
    ids = photos.add(with_cosine("beach", 0.8), axis(EMPTY))
    preview = photos.manager().preview(multi(0.5))
    assert preview.photo_ids.tolist() == ids and preview.labels == ("beach", "mountains", "forest")
    assert preview.scores.shape == (2, 3)
    np.testing.assert_allclose(preview.cosines[0], [0.8, 0, 0], atol=1e-6)
    assert preview.assigned.tolist() == [[True, False, False], [False, False, False]]
    assert photos.rows() == []


def test_csv_export(photos: Photos, tmp_path: Path) -> None:
    beach, nothing = photos.add(with_cosine("beach", 0.8), axis(EMPTY))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    tags = photos.manager()
    tags.confirm("forest", [nothing])
    out = tmp_path / "tags.csv"
    assert tags.export_csv(out) == 2
    lines = out.read_text().splitlines()
    assert lines[0] == "path,tagset,tag,score,source"
    assert lines[1].endswith(",Places,beach,0.800000,auto")
    assert ",Places,forest," in lines[2] and lines[2].endswith(",manual")


def test_evaluation_counts_precision_recall_and_ap(photos: Photos, tmp_path: Path) -> None:
    ids = photos.add(with_cosine("beach", 0.8), with_cosine("beach", 0.3), with_cosine("forest", 0.9), axis(EMPTY))
    paths = {pid: rec.path for pid, rec in photos.catalog.photos_by_ids(ids).items()}
    csv_path = tmp_path / "labels.csv"
    csv_path.write_text(
        "file,categories\n"
        f"{paths[ids[0]]},beach\n{paths[ids[1]]},beach;mountains\n{paths[ids[2]]},beach\n{paths[ids[3]]},\n"
    )
    report = photos.manager().evaluate(csv_path, tmp_path, multi(0.5))
    by = {t.label: t for t in report.tags}
    assert report.photos == 4 and report.missing == ()
    assert (by["beach"].support, by["beach"].predicted, by["beach"].true_positives) == (3, 1, 1)
    assert by["beach"].precision == 1.0 and by["beach"].recall == pytest.approx(1 / 3)
    # Ranked by score the three true photos come first (0.8, 0.3, then a tie at 0 kept in file order).
    assert by["beach"].average_precision == pytest.approx(1.0)
    assert by["mountains"].support == 1 and by["mountains"].predicted == 0 and by["mountains"].precision is None
    assert by["forest"].support == 0 and by["forest"].predicted == 1 and by["forest"].precision == 0.0
    assert report.micro_precision == pytest.approx(0.5) and report.micro_recall == pytest.approx(0.25)


# ======================================================== real model (test-tiny)
def _index(lib: Library) -> None:
    for _ in lib.index():
        pass


def _tiny_multi(lib: Library) -> TagSet:
    """A multi-label set where each tag's threshold is the median of its scores over the library: each album gets half the photos."""
    labels = ("a dog", "a beach", "a birthday cake")
    draft = TagSet("Things", tuple(TagDef(x) for x in labels), mode=MODE_MULTI, threshold=0.0)
    medians = np.median(lib.tags.preview(draft).cosines, axis=0)
    return TagSet("Things", tuple(TagDef(x, threshold=float(m)) for x, m in zip(labels, medians)), mode=MODE_MULTI)


def _assigned(lib: Library, set_name: str) -> dict[int, set[str]]:
    """photo id -> the labels of the set it has, read through the album API."""
    out: dict[int, set[str]] = {}
    for album in lib.tags.albums(set_name):
        for photo in lib.tags.album_photos(album.tag_id):
            out.setdefault(photo.photo_id, set()).add(album.label)
    return out


def test_real_model_apply_matches_the_preview_and_new_photos_are_labelled(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    ts = _tiny_multi(lib)
    lib.tags.save(ts)
    summary = run_job(lib.tags.apply())
    assert summary.model == "test-tiny" and summary.photos == 12
    preview = lib.tags.preview("Things")
    expected = {
        int(pid): {ts.tags[k].label for k in np.flatnonzero(row)} for pid, row in zip(preview.photo_ids, preview.assigned) if row.any()
    }
    assert _assigned(lib, "Things") == expected
    assert [a.count for a in lib.tags.albums("Things")] == [6, 6, 6]  # half the photos are above each median

    # New files: indexing embeds them, and the tag set files them right away.
    for i in range(12, 16):
        write_photo(photo_dir / "c" / f"new_{i}.jpg", seed=i)
    _index(lib)
    new_ids = [lib.tags.photo_id(photo_dir / "c" / f"new_{i}.jpg") for i in range(12, 16)]
    fresh = lib.tags.preview("Things", new_ids)
    want = {int(pid): {ts.tags[k].label for k in np.flatnonzero(row)} for pid, row in zip(fresh.photo_ids, fresh.assigned) if row.any()}
    got = {pid: labels for pid, labels in _assigned(lib, "Things").items() if pid in new_ids}
    assert got == want
    assert lib.tags.sets()[0].up_to_date


def test_real_model_exclusive_set_gives_each_photo_its_argmax(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    ts = TagSet("Where", (TagDef("beach"), TagDef("forest"), TagDef("city")), mode=MODE_EXCLUSIVE, min_probability=0.0)
    lib.tags.save(ts)
    run_job(lib.tags.apply())
    preview = lib.tags.preview("Where")
    np.testing.assert_allclose(preview.scores.sum(axis=1), 1, atol=1e-5)
    got = _assigned(lib, "Where")
    assert len(got) == 12 and all(len(v) == 1 for v in got.values())
    for pid, row in zip(preview.photo_ids.tolist(), preview.scores):
        assert got[pid] == {ts.tags[int(np.argmax(row))].label}
    # The same set with an impossible cosine floor: every photo gets none.
    lib.tags.save(TagSet("Where", ts.tags, mode=MODE_EXCLUSIVE, min_probability=0.0, min_cosine=0.99))
    run_job(lib.tags.apply())
    assert _assigned(lib, "Where") == {}


def test_search_inside_an_album_ranks_only_its_photos(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    lib.tags.save(_tiny_multi(lib))
    run_job(lib.tags.apply())
    album = max(lib.tags.albums("Things"), key=lambda a: a.count)
    members = {p.photo_id for p in lib.tags.album_photos(album.tag_id)}
    assert 0 < len(members) < 12
    hits = lib.search("a dog on a beach", k=3, filters=SearchFilters(album=album.tag_id))
    assert {h.photo_id for h in hits} <= members and len(hits) == min(3, len(members))
    # The top k under the filter is the true top k among the members.
    everything = lib.search("a dog on a beach", k=100)
    assert [h.photo_id for h in hits] == [h.photo_id for h in everything if h.photo_id in members][:3]
    # A manual rejection takes the photo out of the album's search too.
    lib.tags.reject(album.tag_id, [hits[0].photo_id])
    again = lib.search("a dog on a beach", k=20, filters=SearchFilters(album=album.tag_id))
    assert hits[0].photo_id not in {h.photo_id for h in again}


def test_switching_models_reapplies_tag_sets_automatically(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    lib.tags.save(_tiny_multi(lib))
    run_job(lib.tags.apply())
    tiny = lib.registry.get("test-tiny")
    lib.import_model(lib.registry.ensure_weights(tiny), tiny.arch, "tiny-copy")
    lib.use_model("tiny-copy")
    assert lib.tags.sets()[0].applied_model == "test-tiny"
    _index(lib)  # embeds everything with the new model; serving switches; the set is applied again
    info = lib.tags.sets()[0]
    assert lib.serving_model().name == "tiny-copy"
    assert info.applied_model == "tiny-copy" and info.up_to_date
    assert sum(a.count for a in lib.tags.albums()) > 0


def test_library_without_tag_sets_indexes_as_before(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    assert tiny_library.tags.sets() == [] and tiny_library.tags.albums() == []
    assert tiny_library.embedder().text_encoder_calls == 0  # type: ignore[attr-defined]


def test_album_photos_carry_their_records_and_honour_folder_and_date_filters(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    lib.tags.save(TagSet("Things", (TagDef("a dog"), TagDef("a beach")), mode=MODE_MULTI, threshold=-1.0))
    run_job(lib.tags.apply())
    album = lib.tags.albums("Things")[0]
    every = lib.tags.album_photos(album.tag_id)
    assert len(every) == 12 and all(p.record == lib.photo(p.photo_id) for p in every)
    below_b = SearchFilters(folder=str(photo_dir / "b"))
    inside = lib.tags.album_photos(album.tag_id, filters=below_b)
    assert {p.photo_id for p in inside} == set(lib.catalog.filtered_photo_ids(folder_prefix=str(photo_dir / "b"))) != set()
    assert [p.photo_id for p in inside] == [p.photo_id for p in every if p.photo_id in {q.photo_id for q in inside}]  # order kept
    assert lib.tags.album_photos(album.tag_id, filters=SearchFilters(date_to=0.0)) == []

