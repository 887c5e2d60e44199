"""Vector index: growth, deletes, atomic save, catch-up and rebuild from the catalog."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.vectors import IndexParams, VectorIndex

DIM = 16


def _vecs(n: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _filled_catalog(tmp_path: Path, n: int) -> tuple[Catalog, list[int], np.ndarray]:
    cat = Catalog(tmp_path / "catalog.sqlite3")
    fid = cat.add_folder("/p")
    ids = [cat.upsert_new_photo(f"/p/{i}.jpg", fid, i + 1, 1.0, f"h{i}") for i in range(n)]
    vecs = _vecs(n)
    cat.store_embeddings("m", [(pid, vecs[i], vecs[i], (1, 1, 1, None)) for i, pid in enumerate(ids)])
    return cat, ids, vecs


def test_add_grows_past_initial_capacity_and_finds_exact_match(tmp_path: Path) -> None:
    index = VectorIndex(tmp_path, "m", DIM, IndexParams(initial_capacity=16))
    vecs = _vecs(300)
    for start in range(0, 300, 50):
        index.add(np.arange(start, start + 50), vecs[start : start + 50])
    assert index.element_count == 300
    ids, scores = index.search(vecs[123], 1)
    assert ids.tolist() == [123]
    assert scores[0] > 0.999


def test_mark_deleted_removes_from_results(tmp_path: Path) -> None:
    index = VectorIndex(tmp_path, "m", DIM)
    vecs = _vecs(50)
    index.add(np.arange(50), vecs)
    index.remove([7])
    ids, _ = index.search(vecs[7], 5)
    assert 7 not in ids.tolist()


def test_open_rebuilds_missing_index_then_loads_saved_one(tmp_path: Path) -> None:
    cat, ids, vecs = _filled_catalog(tmp_path, 40)
    index = VectorIndex(tmp_path / "index", "m", DIM)
    assert index.open(cat) == "rebuilt"
    assert index.index_path.exists() and index.meta_path.exists()
    again = VectorIndex(tmp_path / "index", "m", DIM)
    assert again.open(cat) == "loaded"
    found, _ = again.search(vecs[5], 1)
    assert found.tolist() == [ids[5]]


def test_garbage_or_truncated_index_is_rebuilt(tmp_path: Path) -> None:
    cat, ids, vecs = _filled_catalog(tmp_path, 40)
    VectorIndex(tmp_path / "index", "m", DIM).open(cat)
    path = tmp_path / "index" / "m.hnsw"
    path.write_bytes(path.read_bytes()[:100])
    index = VectorIndex(tmp_path / "index", "m", DIM)
    assert index.open(cat) == "rebuilt"
    found, _ = index.search(vecs[9], 1)
    assert found.tolist() == [ids[9]]
    path.write_bytes(b"\x00garbage" * 64)
    assert VectorIndex(tmp_path / "index", "m", DIM).open(cat) == "rebuilt"


def test_stale_index_catches_up_with_adds_and_deletes(tmp_path: Path) -> None:
    cat, ids, vecs = _filled_catalog(tmp_path, 20)
    VectorIndex(tmp_path / "index", "m", DIM).open(cat)  # saved at the current seq
    # Changes the saved index never saw (as if the process died before saving).
    new_vec = _vecs(1, seed=99)
    new_id = cat.upsert_new_photo("/p/new.jpg", cat.folders()[0].id, 999, 1.0, "hn")
    cat.store_embeddings("m", [(new_id, new_vec[0], new_vec[0], (1, 1, 1, None))])
    cat.mark_deleted([ids[3]])
    index = VectorIndex(tmp_path / "index", "m", DIM)
    assert index.open(cat) == "caught-up"
    assert index.search(new_vec[0], 1)[0].tolist() == [new_id]
    assert ids[3] not in index.search(vecs[3], 5)[0].tolist()


def test_save_leaves_no_temp_files(tmp_path: Path) -> None:
    index = VectorIndex(tmp_path, "m", DIM)
    index.add(np.arange(10), _vecs(10))
    index.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.hnsw", "m.json"]


def _profile_index(tmp_path: Path, cat: Catalog, head: np.ndarray, base: VectorIndex) -> VectorIndex:
    """The derived identity ``m+p1`` (features through ``head``), its index built from ``base``'s graph when it can be."""
    cat.add_projection("m+p1", "m", head)
    index = VectorIndex(tmp_path / "index", "m+p1", DIM, IndexParams(M=8))
    index.rebuild(cat, graph_from=base)
    return index


def _derived(cat: Catalog) -> dict[int, np.ndarray]:
    return {int(i): v for ids, vecs in cat.iter_embeddings("m+p1", dim=DIM) for i, v in zip(ids, vecs)}


def test_profile_index_reuses_the_base_graph_with_its_own_vectors(tmp_path: Path) -> None:
    cat, ids, vecs = _filled_catalog(tmp_path, 400)
    base = VectorIndex(tmp_path / "index", "m", DIM)  # M=32
    base.open(cat)
    gone = ids[10]
    cat.mark_deleted([gone])
    base.remove([gone])
    late = cat.upsert_new_photo("/p/late.jpg", cat.add_folder("/q"), 9, 1.0, "late")  # the base index is behind
    late_vec = _vecs(1, seed=9)[0]
    cat.store_embeddings("m", [(late, late_vec, late_vec, (1, 1, 1, None))])
    head = np.eye(DIM, dtype=np.float32) + np.random.default_rng(1).normal(0, 0.05, (DIM, DIM)).astype(np.float32)
    profile = _profile_index(tmp_path, cat, head, base)

    assert profile.rebuilt_by == "reused-graph"
    assert profile._index.M == 32  # the base graph, not a new M=8 one
    derived = _derived(cat)
    assert gone not in derived and late in derived
    stored = profile._index.get_items(list(derived))
    np.testing.assert_array_equal(np.asarray(stored, dtype=np.float32), np.stack(list(derived.values())))
    for pid, vec in list(derived.items())[::20] + [(late, derived[late])]:
        found, scores = profile.search(vec, 1)
        assert found.tolist() == [pid] and scores[0] > 0.999  # exact: each photo finds itself under the new head
    found, _ = profile.search(vecs[10] @ head, 5)
    assert gone not in found.tolist()
    # The base index is untouched by the copy.
    np.testing.assert_allclose(np.asarray(base._index.get_items([ids[0]]))[0], vecs[0], atol=1e-6)
    assert set(profile.ids().tolist()) >= set(derived)
    # It saves and loads like any index.
    profile.save()
    again = VectorIndex(tmp_path / "index", "m+p1", DIM)
    assert again.open(cat) == "loaded"
    assert again.search(derived[ids[3]], 1)[0].tolist() == [ids[3]]


def test_profile_index_is_built_afresh_when_the_head_moves_embeddings_too_far(tmp_path: Path) -> None:
    cat, ids, _vecs_ = _filled_catalog(tmp_path, 200)
    base = VectorIndex(tmp_path / "index", "m", DIM)
    base.open(cat)
    unrelated = np.random.default_rng(2).normal(size=(DIM, DIM)).astype(np.float32)
    profile = _profile_index(tmp_path, cat, unrelated, base)
    assert profile.rebuilt_by == "built"
    assert profile._index.M == 8  # its own graph
    derived = _derived(cat)
    for pid in ids[::25]:
        assert profile.search(derived[pid], 1)[0].tolist() == [pid]
