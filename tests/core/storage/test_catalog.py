"""Catalog: schema, change tracking, soft deletes, moves and filters on a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.schema import SCHEMA_VERSION
from photoclip.errors import PhotoclipError


def _catalog(tmp_path: Path) -> Catalog:
    return Catalog(tmp_path / "catalog.sqlite3")


def _vec(seed: int, dim: int = 8) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=dim).astype(np.float32)
    return v / np.linalg.norm(v)


def test_new_catalog_has_schema_version_and_wal(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    cat.close()
    db = sqlite3.connect(tmp_path / "catalog.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    _catalog(tmp_path).close()
    db = sqlite3.connect(tmp_path / "catalog.sqlite3")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(PhotoclipError, match="newer photoclip"):
        _catalog(tmp_path)


def test_garbage_file_gives_photoclip_error(tmp_path: Path) -> None:
    (tmp_path / "catalog.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(PhotoclipError, match="cannot be read"):
        _catalog(tmp_path)


def test_store_embeddings_bumps_seq_and_round_trips_vectors(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/photos")
    a = cat.upsert_new_photo("/photos/a.jpg", fid, 10, 1.0, "h1")
    b = cat.upsert_new_photo("/photos/b.jpg", fid, 11, 1.0, "h2")
    assert {p.id for p in cat.photos_needing_embedding("m")} == {a, b}
    before = cat.current_seq()
    seq = cat.store_embeddings("m", [(a, np.ones(4), _vec(1), (10, 20, 1, 1234.0))])
    assert seq == before + 1 == cat.current_seq()
    assert [p.id for p in cat.photos_needing_embedding("m")] == [b]
    assert [p.id for p in cat.photos_needing_embedding("other-model")] == [b, a]
    ids, vecs = next(cat.iter_embeddings("m"))
    assert ids.tolist() == [a]
    np.testing.assert_array_equal(vecs[0], _vec(1))
    assert cat.photos_by_ids([a])[a].date_taken == 1234.0
    # Only rows written after a seq are returned when catching up.
    assert list(cat.iter_embeddings("m", since_seq=seq)) == []


def test_soft_delete_keeps_vectors_and_records_removal(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/photos")
    a = cat.upsert_new_photo("/photos/a.jpg", fid, 10, 1.0, "h1")
    seq = cat.store_embeddings("m", [(a, np.ones(4), _vec(1), (1, 1, 1, None))])
    cat.mark_deleted([a])
    assert cat.removed_since(seq) == [a]
    assert list(cat.iter_embeddings("m")) == []  # deleted photos leave search
    assert cat.models_with_embeddings() == {"m": 1}  # but the vector is kept
    assert cat.photos_under(fid) == {}


def test_move_revives_a_deleted_photo_with_its_vector(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/photos")
    a = cat.upsert_new_photo("/photos/a.jpg", fid, 10, 1.0, "h1")
    cat.store_embeddings("m", [(a, np.ones(4), _vec(1), (1, 1, 1, None))])
    cat.mark_deleted([a])
    seq = cat.current_seq()
    candidate = cat.find_moved_candidate("h1", 10, exclude_paths=set())
    assert candidate is not None and candidate.id == a
    cat.move_photo(a, "/photos/renamed.jpg", fid, 2.0)
    ids, _ = next(cat.iter_embeddings("m", since_seq=seq))
    assert ids.tolist() == [a]  # re-stamped so an index catches up
    assert cat.photo_by_path("/photos/renamed.jpg").status == "active"
    assert cat.photos_needing_embedding("m") == []


def test_changed_content_drops_vectors_but_touch_does_not(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/photos")
    a = cat.upsert_new_photo("/photos/a.jpg", fid, 10, 1.0, "h1")
    cat.store_embeddings("m", [(a, np.ones(4), _vec(1), (1, 1, 1, None))])
    cat.update_changed_photo(a, 10, 5.0, "h1", content_changed=False)
    assert cat.photos_needing_embedding("m") == []
    cat.update_changed_photo(a, 12, 6.0, "h9", content_changed=True)
    assert [p.id for p in cat.photos_needing_embedding("m")] == [a]


def test_filters_by_folder_prefix_and_date(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/photos")
    a = cat.upsert_new_photo("/photos/2019/a.jpg", fid, 1, 100.0, "h1")
    b = cat.upsert_new_photo("/photos/2019-extra/b.jpg", fid, 2, 200.0, "h2")
    c = cat.upsert_new_photo("/photos/2020/c.jpg", fid, 3, 300.0, "h3")
    # EXIF date overrides mtime for c.
    cat.store_embeddings("m", [(c, np.ones(2), _vec(3), (1, 1, 1, 50.0))])
    assert cat.filtered_photo_ids(folder_prefix="/photos/2019") == [a]  # not the sibling 2019-extra
    assert sorted(cat.filtered_photo_ids(date_from=60.0)) == [a, b]
    assert cat.filtered_photo_ids(date_to=60.0) == [c]


def test_query_cache_round_trip(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    assert cat.cached_query("m", "a dog") is None
    cat.cache_query("m", "a dog", _vec(4))
    np.testing.assert_array_equal(cat.cached_query("m", "a dog"), _vec(4))
    assert cat.cached_query("other", "a dog") is None


def test_remove_folder_soft_deletes_its_photos(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/photos")
    cat.upsert_new_photo("/photos/a.jpg", fid, 1, 1.0, "h1")
    assert cat.remove_folder("/photos") == 1
    assert cat.folders() == []
    assert cat.count_by_status() == {"deleted": 1}
    with pytest.raises(PhotoclipError, match="not a library folder"):
        cat.remove_folder("/nowhere")


def test_offline_folder_leaves_search_and_comes_back_with_restamped_vectors(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/drive")
    other = cat.add_folder("/photos")
    a = cat.upsert_new_photo("/drive/a.jpg", fid, 1, 1.0, "h1")
    bad = cat.upsert_new_photo("/drive/bad.jpg", fid, 2, 1.0, "h2")
    c = cat.upsert_new_photo("/photos/c.jpg", other, 3, 1.0, "h3")
    cat.store_embeddings("m", [(a, np.ones(4), _vec(1), (1, 1, 1, None)), (c, np.ones(4), _vec(3), (1, 1, 1, None))])
    cat.mark_error(bad, "truncated")
    synced = cat.current_seq()

    assert cat.mark_folder_offline(fid) == 1  # the unreadable photo keeps its error
    assert cat.mark_folder_offline(fid) == 0  # idempotent
    assert cat.count_by_status() == {"offline": 1, "active": 1, "error": 1}
    assert cat.removed_since(synced) == [a]  # an index drops it by the usual mechanism
    assert [ids.tolist() for ids, _ in cat.iter_embeddings("m")] == [[c]]
    assert cat.photos_needing_embedding("m") == []  # offline photos are not embedded
    drive = next(f for f in cat.folders() if f.id == fid)
    assert drive.offline_since is not None and drive.photo_count == 0
    assert set(cat.photos_under(fid)) == {"/drive/a.jpg", "/drive/bad.jpg"}  # the scanner still knows them

    seq = cat.current_seq()
    assert cat.bring_folder_online(fid) == 1
    ids, _ = next(cat.iter_embeddings("m", since_seq=seq))
    assert ids.tolist() == [a]  # re-stamped: an index catches up and adds it back
    assert cat.removed_since(seq) == []
    assert cat.models_with_embeddings() == {"m": 2}  # nothing to re-encode
    assert next(f for f in cat.folders() if f.id == fid).offline_since is None
    assert cat.bring_folder_online(fid) == 0


def test_version_1_catalog_is_migrated_after_a_backup(tmp_path: Path) -> None:
    from photoclip.core.storage.schema import MIGRATIONS

    path = tmp_path / "catalog.sqlite3"
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0].statements:
        db.execute(statement)
    db.execute("INSERT INTO folders(path, added_at) VALUES ('/photos', 0)")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    cat = Catalog(path)
    assert [f.offline_since for f in cat.folders()] == [None]
    assert (tmp_path / "catalog.sqlite3.bak-v1").exists()
    cat.close()


def test_photos_at_finds_files_and_everything_below_folders(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/p")
    for path in ("/p/a.jpg", "/p/album/b.jpg", "/p/album/deep/c.jpg", "/p/album2/d.jpg", "/p/album-x.jpg"):
        cat.upsert_new_photo(path, fid, 1, 1.0, path)
    gone = cat.upsert_new_photo("/p/album/gone.jpg", fid, 1, 1.0, "g")
    cat.mark_deleted([gone])
    found = cat.photos_at(fid, ["/p/album", "/p/a.jpg", "/p/nothing.jpg"])
    assert sorted(found) == ["/p/a.jpg", "/p/album/b.jpg", "/p/album/deep/c.jpg"]


def test_photos_needing_embedding_since(tmp_path: Path) -> None:
    import time

    cat = _catalog(tmp_path)
    fid = cat.add_folder("/p")
    old = cat.upsert_new_photo("/p/old.jpg", fid, 1, 1.0, "h1")
    cut = time.time()
    new = cat.upsert_new_photo("/p/new.jpg", fid, 1, 1.0, "h2")
    assert [p.id for p in cat.photos_needing_embedding("m")] == [new, old]
    assert [p.id for p in cat.photos_needing_embedding("m", since=cut)] == [new]


def test_add_new_photos_inserts_in_order_after_the_existing_ones(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    fid = cat.add_folder("/photos")
    first = cat.upsert_new_photo("/photos/a.jpg", fid, 1, 1.0, "h1")
    ids = cat.add_new_photos(fid, [("/photos/b.jpg", 2, 2.0, "h2"), ("/photos/c.jpg", 3, 3.0, "h3")])
    assert ids == [first + 1, first + 2]
    records = cat.photos_by_ids(ids)
    assert [(records[i].path, records[i].size, records[i].partial_hash, records[i].status) for i in ids] == [
        ("/photos/b.jpg", 2, "h2", "active"),
        ("/photos/c.jpg", 3, "h3", "active"),
    ]
    assert cat.photos_needing_embedding("m") and len(cat.photos_under(fid)) == 3
