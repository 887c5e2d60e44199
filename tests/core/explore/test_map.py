"""The map of a library: stable for the same photos, kept up to date as photos arrive, and asked about by region."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.explore import MapLayout, MapRect, RegionWord, fixed_words
from photoclip.core.explore.cache import layout_key, map_file
from photoclip.core.explore.projection import MIN_TSNE_PHOTOS, place_near, principal_components, unit_square
from photoclip.core.explore.regions import kmeans
from photoclip.core.indexing.service import IndexService
from photoclip.core.library import Library
from photoclip.core.tagsets.definition import TagDef, TagSet
from tests.conftest import write_photo

PHOTOS = 30


@pytest.fixture
def lib(tiny_library: Library, tmp_path: Path) -> Library:
    root = tmp_path / "many"
    for i in range(PHOTOS):
        write_photo(root / f"img_{i:02d}.jpg", seed=100 + i)
    tiny_library.add_folder(root)
    for _ in tiny_library.index():
        pass
    return tiny_library


def compute(lib: Library) -> MapLayout:
    events = list(lib.explore.compute())
    assert [e.phase for e in events][:3] == ["load", "pca", "neighbours"] and events[-1].phase == "done"
    layout = events[-1].layout
    assert layout is not None
    return layout


def test_the_same_photos_give_the_same_map(lib: Library) -> None:
    assert lib.explore.layout() is None and not lib.explore.has_map()
    first = compute(lib)
    assert first.method == "tsne" and len(first) == PHOTOS and first.placed == 0
    assert first.xy.min() >= 0 and first.xy.max() <= 1 and np.ptp(first.xy, axis=0).max() == pytest.approx(1.0)
    assert lib.explore.is_final(lib.explore.layout())
    # Computed again from nothing (the cache gone): the same coordinates, to the last bit, and the same regions.
    map_file(lib.paths.maps_dir, first.identity).unlink()
    second = compute(lib)
    assert np.array_equal(first.photo_ids, second.photo_ids)
    assert np.array_equal(first.xy, second.xy)
    assert np.array_equal(first.regions, second.regions) and first.key == second.key
    # And a new Library object reads the saved map as it was computed.
    again = lib.explore.layout()
    assert again is not None and np.array_equal(again.xy, first.xy) and again.method == "tsne"


def test_similar_photos_sit_together(lib: Library, tmp_path: Path) -> None:
    # Two near copies of one photo (a resized and a re-saved copy) land beside it, nearer than most photos are.
    folder = Path(lib.folders()[0].path)
    original = folder / "img_00.jpg"
    from PIL import Image

    with Image.open(original) as im:
        im.resize((80, 60)).save(folder / "small_00.jpg", quality=80)
        im.save(folder / "resaved_00.jpg", quality=70)
    for _ in lib.index():
        pass
    layout = compute(lib)
    by_name = {Path(r.path).name: r.id for r in lib.browse()}
    where = {name: np.array(layout.position(pid)) for name, pid in by_name.items()}
    typical = np.median([np.linalg.norm(where["img_00.jpg"] - p) for p in where.values()])
    for copy in ("small_00.jpg", "resaved_00.jpg"):
        assert np.linalg.norm(where[copy] - where["img_00.jpg"]) < typical / 3


def test_new_photos_are_placed_at_once_and_the_map_is_recomputed_in_the_background(lib: Library) -> None:
    before = compute(lib)
    folder = Path(lib.folders()[0].path)
    shutil.copy(folder / "img_03.jpg", folder / "copy_of_03.jpg")  # same pixels: the same embedding
    write_photo(folder / "brand_new.jpg", seed=999)
    service = IndexService(lib, watch=False, rescan_seconds=0)
    seen: list[str] = []
    started = threading.Event()

    def follow(event: object) -> None:
        progress = getattr(event, "map_progress", None)
        if progress is not None:
            seen.append(progress.phase)
            if progress.phase == "pca":
                started.set()

    service.subscribe(follow)
    service.start()
    try:
        # The embedding run of the two new photos queues the map job (the library has a map); its first step
        # saves the old map with the new photos placed beside their nearest neighbours.
        assert started.wait(120), "the map job never started"
        assert service.wait_idle(300)
    finally:
        service.stop()
    assert "tsne" in seen and seen[-1] == "done"
    after = lib.explore.layout()
    assert after is not None and len(after) == PHOTOS + 2 and after.placed == 0 and lib.explore.is_final(after)
    assert not np.array_equal(after.key, before.key)


def test_new_photos_are_placed_beside_their_neighbours_until_the_next_computation(lib: Library) -> None:
    before = compute(lib)
    saved = map_file(lib.paths.maps_dir, before.identity)
    computed_before = saved.read_bytes()
    folder = Path(lib.folders()[0].path)
    shutil.copy(folder / "img_05.jpg", folder / "copy_of_05.jpg")  # same pixels: the same embedding
    for _ in lib.index():
        pass
    # The map as it was before the photo arrived (what a view reads while the map job has not run yet).
    saved.write_bytes(computed_before)
    names = {Path(r.path).name: r.id for r in lib.browse()}
    layout = lib.explore.layout()
    assert layout is not None and layout.placed == 1 and len(layout) == PHOTOS + 1
    assert not lib.explore.is_final(layout)
    # The copy lands on its original: no other photo of the map is nearer to it.
    copy = np.array(layout.position(names["copy_of_05.jpg"]))
    distances = {pid: np.linalg.norm(np.array(before.position(pid)) - copy) for pid in before.photo_ids.tolist()}
    assert min(distances, key=lambda pid: distances[pid]) == names["img_05.jpg"]
    # A photo that left is dropped from the map at once.
    lib.catalog.mark_deleted([names["img_07.jpg"]])
    layout = lib.explore.layout()
    assert layout is not None and layout.position(names["img_07.jpg"]) is None and len(layout) == PHOTOS


def test_a_region_selection_returns_the_photos_inside_it(lib: Library) -> None:
    layout = compute(lib)
    rect = MapRect(0.6, 0.7, 0.1, 0.2)  # corners in any order
    inside = lib.explore.select(layout, rect)
    expected = sorted(int(i) for i, (x, y) in zip(layout.photo_ids, layout.xy) if 0.1 <= x <= 0.6 and 0.2 <= y <= 0.7)
    assert inside == expected
    assert lib.explore.select(layout, MapRect(0, 0, 1, 1)) == sorted(r.id for r in lib.browse())
    # A lasso: a triangle taking the lower-left half of the square.
    lasso = lib.explore.select(layout, [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)])
    assert lasso == sorted(int(i) for i, (x, y) in zip(layout.photo_ids, layout.xy) if x + y < 1.0)
    assert 0 < len(lasso) < PHOTOS


def test_hand_made_layout_selection_and_positions() -> None:
    ids = np.array([3, 5, 9], dtype=np.int64)
    layout = MapLayout("m", "pca", ids, np.array([[0.1, 0.1], [0.5, 0.5], [0.9, 0.2]], np.float32), np.zeros(3, np.int32), np.zeros((1, 4), np.float32))
    from photoclip.core.explore import ExploreMap

    assert ExploreMap.select(layout, MapRect(0, 0, 0.6, 0.6)) == [3, 5]
    assert ExploreMap.select(layout, [(0.4, 0.0), (1.0, 0.0), (1.0, 0.4)]) == [9]
    assert ExploreMap.select(layout, [(0.0, 0.0), (1.0, 1.0)]) == []
    assert layout.position(5) == pytest.approx((0.5, 0.5)) and layout.position(4) is None


def test_regions_get_the_words_of_the_tag_sets(lib: Library) -> None:
    layout = compute(lib)
    lib.tags.save(TagSet("Things", (TagDef("cat"), TagDef("dog"), TagDef("tree"), TagDef("car"))))
    regions = lib.explore.regions(layout)
    assert sum(r.count for r in regions) == PHOTOS and len(regions) == layout.region_count > 1
    words = [w for r in regions for w in r.words]
    assert words and {w.tagset for w in words} == {"Things"} and {w.word for w in words} <= {"cat", "dog", "tree", "car"}
    assert all(w.score > 0 for w in words)


def test_regions_are_named_from_the_vocabulary_in_the_ui_language_once_it_is_prepared(lib: Library) -> None:
    layout = compute(lib)
    lib.tags.save(TagSet("Things", (TagDef("cat"), TagDef("dog"), TagDef("tree"), TagDef("car"))))
    before = [w for r in lib.explore.regions(layout, language="es") for w in r.words]
    assert before and all(w.tagset == "Things" for w in before)  # the vocabulary is not encoded yet: the tags alone
    for _ in lib.words.prepare():
        pass
    spanish = {e.name("es") for e in lib.words.vocabulary}
    words = [w for r in lib.explore.regions(layout, language="es") for w in r.words]
    assert any(w.tagset is None and w.word in spanish for w in words), words
    assert all(w.tagset in (None, "Things") for w in words)


def test_a_word_source_picks_the_words_that_fit_a_region_best() -> None:
    axes = np.eye(3, dtype=np.float32)
    words = [RegionWord("red", 0.0), RegionWord("green", 0.0), RegionWord("blue", 0.0)]
    centres = np.array([[0.9, 0.1, 0.0], [0.0, 0.2, 0.9]], np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    found = fixed_words(axes, words)(centres, 2)
    assert [w.word for w in found[0]] == ["red"]  # green fits the second region better than the first: not a word of the first
    assert [w.word for w in found[1]][0] == "blue"


def test_projection_pieces() -> None:
    rng = np.random.default_rng(1)
    vectors = rng.standard_normal((50, 16)).astype(np.float32)
    a, b = principal_components(vectors, 5), principal_components(vectors.copy(), 5)
    assert np.array_equal(a.coords, b.coords) and a.coords.shape == (50, 5)
    assert np.var(a.coords[:, 0]) >= np.var(a.coords[:, 1]) >= np.var(a.coords[:, 4])
    square = unit_square(np.array([[0, 0], [4, 1], [2, 0.5]]))
    assert square.min(axis=0)[0] == 0 and square.max(axis=0)[0] == 1 and square[:, 1].tolist() == pytest.approx([0.375, 0.625, 0.5])
    known = np.array([10, 20, 30])
    xy = np.array([[0, 0], [1, 0], [0, 1]], np.float32)
    placed = place_near(known, xy, np.array([[20, 99, 30], [99, 98, 97], [20, 30, 10]]), np.array([[0.9, 0.8, 0.9], [0.9, 0.9, 0.9], [0.99, 0.5, 0.4]], np.float32))
    assert placed[0] == pytest.approx([0.5, 0.5])  # halfway between two equally like neighbours
    assert placed[1] == pytest.approx(xy.mean(axis=0))  # no known neighbour: the map's centre of mass
    assert placed[2] == pytest.approx([1, 0], abs=1e-6)  # a near copy lands on its original
    labels = kmeans(np.vstack([rng.normal(0, 0.01, (20, 2)), rng.normal(1, 0.01, (20, 2))]), 2)
    assert len(set(labels[:20].tolist())) == 1 and len(set(labels[20:].tolist())) == 1 and labels[0] != labels[20]
    assert layout_key("m", np.array([2, 1]), "tsne") == layout_key("m", np.array([1, 2]), "tsne") != layout_key("m", np.array([1, 2]), "pca")


def test_a_tiny_library_gets_a_pca_map(tiny_library: Library, tmp_path: Path) -> None:
    for i in range(MIN_TSNE_PHOTOS - 1):
        write_photo(tmp_path / "few" / f"{i}.jpg", seed=i)
    tiny_library.add_folder(tmp_path / "few")
    for _ in tiny_library.index():
        pass
    events = list(tiny_library.explore.compute())
    assert [e.phase for e in events] == ["load", "pca", "done"]
    layout = events[-1].layout
    assert layout is not None and layout.method == "pca" and tiny_library.explore.is_final(layout)
