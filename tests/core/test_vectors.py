"""Vector index: growth, deletes, atomic save, catch-up and rebuild from the catalog."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from photoclip.core.catalog import Catalog
from photoclip.core.vectors import IndexParams, VectorIndex

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
