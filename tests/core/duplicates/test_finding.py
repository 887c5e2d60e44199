"""Finding duplicates with the shapes-world model: copies group with their original, different photos do not.

The test-tiny model (random weights) puts every pair of photos close to a
cosine of 1, so it cannot tell photos apart and is not used here.
"""

# How the default threshold (0.99) was fixed, from the shapes-world model's
# cosines on these tests' kind of photos: a half-size copy and a quality-70
# re-save kept 0.997 or more with their original (world and coco-mini photos
# alike), while the closest two different photos reached 0.973 (world) and
# 0.983 (coco-mini).

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoclip.core.duplicates import DuplicateProgress, DuplicateSummary
from photoclip.core.duplicates.finding import DEFAULT_THRESHOLD, UnionFind, build_groups
from photoclip.core.library import Library
from photoclip.core.storage.records import PhotoRecord
from photoclip.core.world.scene import save_photo, scenes
from photoclip.paths import LibraryPaths
from tests.conftest import shared_data


def copies_of(original: Path) -> dict[str, Path]:
    """A half-size copy, a quality-70 re-save and a byte-for-byte copy next to ``original``."""
    image = Image.open(original).convert("RGB")
    resized = original.with_name(original.stem + "_small.jpg")
    image.resize((image.width // 2, image.height // 2), Image.LANCZOS).save(resized, quality=90)
    resaved = original.with_name(original.stem + "_q70.jpg")
    image.save(resaved, quality=70)
    exact = original.with_name(original.stem + "_copy" + original.suffix)
    shutil.copy(original, exact)  # a newer mtime: the original is the older of two equals
    return {"resized": resized, "resaved": resaved, "exact": exact}


def run(lib: Library, **options: object) -> tuple[list[DuplicateProgress], DuplicateSummary]:
    events = list(lib.duplicates.find(**options))  # type: ignore[arg-type]  # the options are find()'s keywords
    assert events[-1].summary is not None
    return events, events[-1].summary


World = tuple[Library, list[Path], dict[Path, dict[str, Path]]]


def indexed(base: Path, originals: list[Path], copied: list[Path]) -> Iterator[World]:
    """A shapes-world library of ``originals`` plus copies of those in ``copied``."""
    copies = {original: copies_of(original) for original in copied}
    lib = Library(LibraryPaths.at(base / "home"))
    lib.use_model("shapes-world")
    lib.add_folder(originals[0].parent)
    for _ in lib.index():
        pass
    yield lib, originals, copies
    lib.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    base = tmp_path_factory.mktemp("dups")
    originals = [save_photo(scene, base / "photos" / f"world_{i:02d}.jpg", (800, 600)) for i, scene in enumerate(scenes(16, 2026))]
    yield from indexed(base, originals, [originals[0], originals[5]])


@pytest.fixture(scope="module")
def coco(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """Real photos: 16 from coco-mini, three of them copied."""
    source = sorted(shared_data("coco-mini").glob("*2017/*.jpg"))[:16]
    base = tmp_path_factory.mktemp("coco")
    (base / "photos").mkdir()
    originals = [Path(shutil.copy(photo, base / "photos" / photo.name)).resolve() for photo in source]
    yield from indexed(base, originals, originals[:3])


@pytest.mark.parametrize("photos", ["world", "coco"])
def test_copies_group_with_their_original_and_different_photos_do_not(photos: str, request: pytest.FixtureRequest) -> None:
    lib, originals, copies = request.getfixturevalue(photos)
    events, summary = run(lib)
    assert summary.threshold == DEFAULT_THRESHOLD and not summary.problems and not summary.cancelled
    by_member = {p.path: g for g in summary.groups for p in g.photos}
    for original, made in copies.items():
        group = by_member[str(original.resolve())]
        assert {p.path for p in group.photos} == {str(original.resolve())} | {str(p.resolve()) for p in made.values()}
        # The largest resolution, then the largest file, then the oldest: the original.
        assert group.keep.path == str(original.resolve())
        assert group.kind == "similar" and DEFAULT_THRESHOLD <= group.similarity <= 1.0
    # Every group is one original and its copies: no two different photos together.
    for group in summary.groups:
        assert sum(1 for p in group.photos if Path(p.path) in {o.resolve() for o in originals}) == 1
    assert len(summary.groups) == len(copies)
    assert summary.duplicates == 3 * len(copies)
    assert summary.reclaimable == sum(p.size for g in summary.groups for p in g.others)
    # Progress: hashing (the exact copies' size collides), comparing every embedded photo, then done.
    phases = [e.phase for e in events]
    assert phases.index("hash") < phases.index("compare") < phases.index("done") == len(events) - 1
    compare = [e for e in events if e.phase == "compare"]
    assert compare[-1].done == compare[-1].total == summary.photos
    assert all(0 <= e.done <= e.total for e in events)


@pytest.mark.parametrize("photos", ["world", "coco"])
def test_the_cosines_of_copies_and_of_different_photos_straddle_the_threshold(photos: str, request: pytest.FixtureRequest) -> None:
    lib, originals, copies = request.getfixturevalue(photos)
    searcher = lib.searcher()
    vector = {}
    for ids, vecs in lib.catalog.iter_embeddings(searcher.model):
        for pid, vec in zip(ids.tolist(), vecs):
            record = lib.photo(pid)
            assert record is not None
            vector[Path(record.path)] = vec
    for original, made in copies.items():
        for copy in made.values():
            assert float(vector[original.resolve()] @ vector[copy.resolve()]) >= DEFAULT_THRESHOLD
    matrix = np.stack([vector[o.resolve()] for o in originals])
    scores = matrix @ matrix.T
    np.fill_diagonal(scores, -1.0)
    assert float(scores.max()) < DEFAULT_THRESHOLD


def test_exact_only_groups_the_same_bytes_without_the_model(world) -> None:
    lib, _originals, copies = world
    _events, summary = run(lib, exact_only=True)
    assert summary.threshold is None
    assert len(summary.groups) == len(copies)
    for group in summary.groups:
        assert group.kind == "exact" and group.similarity == 1.0 and len(group.photos) == 2
        original = next(o for o in copies if str(o.resolve()) in {p.path for p in group.photos})
        assert {p.path for p in group.photos} == {str(original.resolve()), str(copies[original]["exact"].resolve())}
        assert group.keep.path == str(original.resolve())  # the same size and pixels: the older file


def test_a_low_threshold_joins_more_and_a_bad_one_is_refused(world) -> None:
    lib, _originals, _copies = world
    _events, loose = run(lib, threshold=0.5)
    _events, strict = run(lib)
    assert loose.duplicates > strict.duplicates
    from photoclip.errors import PhotoclipError

    with pytest.raises(PhotoclipError):
        run(lib, threshold=1.5)


def test_cancel_stops_with_what_was_found(world) -> None:
    lib, _originals, _copies = world
    cancel = threading.Event()
    cancel.set()
    _events, summary = run(lib, cancel=cancel)
    assert summary.cancelled and summary.groups == ()


def test_the_index_answers_many_queries_as_it_answers_one(world) -> None:
    lib, _originals, _copies = world
    vectors = lib.searcher().vectors
    ids, vecs = next(lib.catalog.iter_embeddings(lib.searcher().model, chunk=8))
    found, scores = vectors.search_many(vecs, 5)
    assert found.shape == scores.shape == (len(ids), 5)
    for row, vec in enumerate(vecs):
        one_ids, one_scores = vectors.search(vec, 5)
        assert found[row].tolist() == one_ids.tolist()
        assert np.allclose(scores[row], one_scores, atol=1e-5)
    assert found[:, 0].tolist() == ids.tolist()  # each photo finds itself first


def record(pid: int, path: str, size: int, width: int | None, height: int | None, date: float) -> PhotoRecord:
    return PhotoRecord(pid, path, 1, size, date, "h", width, height, 1, None, "active", None)


def test_groups_are_connected_components_and_gone_files_are_reported() -> None:
    records = {
        1: record(1, "/p/a.jpg", 100, 800, 600, 10.0),
        2: record(2, "/p/b.jpg", 200, 400, 300, 5.0),
        3: record(3, "/p/c.jpg", 300, 400, 300, 1.0),
        4: record(4, "/p/d.jpg", 300, 400, 300, 2.0),
        5: record(5, "/p/gone.jpg", 50, 10, 10, 1.0),
        6: record(6, "/p/e.jpg", 50, 10, 10, 1.0),
    }
    # 1-2 and 2-3 link: one group of three (a chain, not all pairs); 3-4 are exact.
    groups, problems = build_groups(records, [[3, 4]], [(1, 2, 0.995), (2, 3, 0.992), (5, 6, 0.999)], exists=lambda p: "gone" not in p)
    assert [[p.photo_id for p in g.photos] for g in groups] == [[1, 3, 4, 2]]
    # Largest resolution first; then of equal pixels the larger file, then the older.
    assert groups[0].keep.photo_id == 1 and groups[0].kind == "similar" and groups[0].similarity == 0.992
    assert [p.path for p in problems] == ["/p/gone.jpg"]  # and 6, left alone, is no group


def test_union_find_joins_sets() -> None:
    sets = UnionFind()
    for a, b in [(1, 2), (3, 4), (2, 3), (10, 11)]:
        sets.union(a, b)
    sets.find(99)
    assert sorted(sets.components()) == [[1, 2, 3, 4], [10, 11]]


def test_regrouping_at_a_stricter_threshold_gives_what_a_search_there_finds(world) -> None:
    lib, _originals, _copies = world
    _events, loose = run(lib, threshold=0.9)
    for threshold in (0.95, DEFAULT_THRESHOLD, 0.999):
        _events, searched = run(lib, threshold=threshold)
        regrouped = lib.duplicates.regroup(loose, threshold)
        assert regrouped.threshold == threshold
        assert [[p.path for p in g.photos] for g in regrouped.groups] == [[p.path for p in g.photos] for g in searched.groups]
    # Photos set aside since leave their groups; a group left with one photo goes.
    first = loose.groups[0]
    without = {p.photo_id for p in first.others}
    regrouped = lib.duplicates.regroup(loose, DEFAULT_THRESHOLD, without)
    assert not {p.photo_id for g in regrouped.groups for p in g.photos} & without
    assert first.keep.photo_id not in {p.photo_id for g in regrouped.groups for p in g.photos}
    from photoclip.errors import PhotoclipError

    with pytest.raises(PhotoclipError):  # looser than the search: only a new search can tell
        lib.duplicates.regroup(loose, 0.8)


def test_the_user_can_choose_another_photo_to_keep(world) -> None:
    lib, _originals, _copies = world
    _events, summary = run(lib)
    group = summary.groups[0]
    other = group.others[-1]
    chosen = group.keeping(other.photo_id)
    assert chosen.keep == other and set(chosen.photos) == set(group.photos) and group.keep in chosen.others
    with pytest.raises(ValueError):
        group.keeping(-1)
