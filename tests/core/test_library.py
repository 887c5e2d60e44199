"""Library end to end on the real test-tiny model: incremental indexing, moves, deletes, search, model switch."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.library import Library
from photoclip.core.search import SearchFilters
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from tests.conftest import write_photo


def _index(lib: Library, cancel: threading.Event | None = None):
    summary = None
    for event in lib.index(cancel):
        if event.summary is not None:
            summary = event.summary
    assert summary is not None
    return summary


def _encoder_calls(lib: Library) -> int:
    return lib.embedder().image_encoder_calls  # type: ignore[attr-defined]


def test_first_index_embeds_everything_and_second_embeds_nothing(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    first = _index(tiny_library)
    assert (first.new, first.embedded, first.failed) == (12, 12, ())
    calls = _encoder_calls(tiny_library)
    second = _index(tiny_library)
    assert (second.new, second.embedded, second.unchanged) == (0, 0, 12)
    assert _encoder_calls(tiny_library) == calls


def test_stored_features_project_to_stored_embedding(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    row = tiny_library.catalog._db.execute("SELECT features, embedding FROM embeddings LIMIT 1").fetchone()
    features = np.frombuffer(row[0], dtype=np.float32)
    embedding = np.frombuffer(row[1], dtype=np.float32)
    embedder = tiny_library.embedder()
    # The stored features are the tower output *before* the projection head.
    assert not np.allclose(features / np.linalg.norm(features), embedding, atol=1e-3)
    np.testing.assert_allclose(embedder.project_images(features[None])[0], embedding, atol=1e-5)  # type: ignore[attr-defined]
    assert abs(np.linalg.norm(embedding) - 1) < 1e-5


def test_rename_keeps_vector_and_search_returns_new_path(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    old = photo_dir / "a" / "img_00.jpg"
    new = photo_dir / "b" / "renamed.jpg"
    old_hits = tiny_library.similar(old, k=3)
    os.rename(old, new)
    calls = _encoder_calls(tiny_library)
    summary = _index(tiny_library)
    assert (summary.moved, summary.embedded, summary.deleted) == (1, 0, 0)
    assert _encoder_calls(tiny_library) == calls
    hits = tiny_library.similar(new, k=3)
    assert [h.photo_id for h in hits] == [h.photo_id for h in old_hits]
    everything = tiny_library.search("a photo", k=50)
    paths = {h.path for h in everything}
    assert str(new) in paths and str(old) not in paths


def test_deleted_photo_never_appears_again(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    gone = photo_dir / "a" / "img_03.jpg"
    gone.unlink()
    assert _index(tiny_library).deleted == 1
    assert str(gone) not in {h.path for h in tiny_library.search("a photo", k=50)}
    # Also after the index is thrown away and rebuilt from the catalog.
    tiny_library.close()
    shutil.rmtree(tiny_library.paths.index_dir)
    lib = Library(tiny_library.paths)
    assert str(gone) not in {h.path for h in lib.search("a photo", k=50)}
    assert len(lib.search("a photo", k=50)) == 11
    lib.close()


def test_changed_file_is_embedded_again(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    target = photo_dir / "b" / "img_07.jpg"
    before = tiny_library.similar(target, k=1)
    write_photo(target, seed=1000)
    summary = _index(tiny_library)
    assert (summary.changed, summary.embedded) == (1, 1)
    assert tiny_library.similar(target, k=1) != before


def test_bad_files_are_reported_counted_and_skipped(tiny_library: Library, photo_dir: Path) -> None:
    (photo_dir / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (photo_dir / "empty.png").write_bytes(b"")
    (photo_dir / "notes.txt").write_text("not a photo")
    tiny_library.add_folder(photo_dir)
    summary = _index(tiny_library)
    assert summary.embedded == 12
    assert sorted(Path(p.path).name for p in summary.failed) == ["broken.jpg", "empty.png"]
    assert all(p.reason for p in summary.failed)
    assert [Path(p).name for p in summary.non_images] == ["notes.txt"]
    assert len(tiny_library.errors()) == 2
    # Not retried while unchanged.
    assert _index(tiny_library).failed == ()


def test_cancel_keeps_what_was_stored_and_next_run_continues(home: Path, photo_dir: Path) -> None:
    from photoclip.settings import Settings

    lib = Library(LibraryPaths.at(home), Settings(batch_size=4))
    lib.use_model("test-tiny")
    lib.add_folder(photo_dir)
    cancel = threading.Event()
    events = lib.index(cancel)
    for event in events:
        if event.phase == "embed" and event.done >= 6:
            cancel.set()
    stored = lib.catalog.embedding_count("test-tiny")
    assert 0 < stored < 12
    lib.close()
    # A new process: the index on disk may lag; the catalog is the truth.
    lib = Library(LibraryPaths.at(home), Settings(batch_size=4))
    summary = _index(lib)
    assert summary.embedded == 12 - stored
    assert len(lib.search("x", k=50)) == 12
    lib.close()


def test_filters_give_correct_top_k(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    hits = tiny_library.search("a red photo", k=3, filters=SearchFilters(folder=str(photo_dir / "b")))
    assert len(hits) == 3 and all(h.path.startswith(str(photo_dir / "b") + os.sep) for h in hits)
    # Exact answer under the filter, by brute force over the catalog.
    q = tiny_library.searcher().text_embedding("a red photo")
    ids, vecs = tiny_library.catalog.embeddings_for("test-tiny", tiny_library.catalog.filtered_photo_ids(folder_prefix=str(photo_dir / "b")))
    best = ids[np.argsort(-(vecs @ q))[:3]].tolist()
    assert [h.photo_id for h in hits] == best
    assert tiny_library.search("x", k=5, filters=SearchFilters(min_score=2.0)) == []
    # Each hit carries its photo's catalog record: nothing to look up to show it.
    assert all(h.record == tiny_library.photo(h.photo_id) and h.record.path == h.path for h in hits)
    assert tiny_library.search("x", k=5, filters=SearchFilters(date_to=0.0)) == []


def test_repeated_query_does_not_run_the_text_encoder(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    embedder = tiny_library.embedder()
    tiny_library.search("dog on a beach", k=3)
    calls = embedder.text_encoder_calls  # type: ignore[attr-defined]
    tiny_library.search("dog on a beach", k=5)
    assert embedder.text_encoder_calls == calls  # type: ignore[attr-defined]
    # And across processes: the cache lives in the catalog.
    tiny_library.close()
    lib = Library(tiny_library.paths)
    lib.search("dog on a beach", k=3)
    assert not lib.embedder().loaded  # type: ignore[attr-defined]
    lib.close()


def test_model_switch_keeps_serving_old_model_until_complete(home: Path, photo_dir: Path) -> None:
    lib = Library(LibraryPaths.at(home))
    lib.use_model("test-tiny")
    lib.add_folder(photo_dir)
    _index(lib)
    # Import the same tiny weights under a second name: a different model identity.
    weights = lib.registry.weights_path(lib.registry.get("test-tiny"))
    lib.import_model(weights, "test-tiny", "tiny-two")
    lib.use_model("tiny-two")
    assert lib.serving_model().name == "test-tiny"
    cancel = threading.Event()
    for event in lib.index(cancel):
        if event.phase == "embed" and event.done >= 2:
            cancel.set()
    assert lib.serving_model().name == "test-tiny"
    assert len(lib.search("x", k=50)) == 12
    _index(lib)
    assert lib.serving_model().name == "tiny-two"
    assert lib.catalog.models_with_embeddings() == {"test-tiny": 12, "tiny-two": 12}
    lib.close()


def test_add_folder_rejects_missing_and_nested(tiny_library: Library, photo_dir: Path) -> None:
    with pytest.raises(PhotoclipError, match="not a folder"):
        tiny_library.add_folder(photo_dir / "nope")
    tiny_library.add_folder(photo_dir)
    with pytest.raises(PhotoclipError, match="already inside"):
        tiny_library.add_folder(photo_dir / "a")


def test_a_library_that_may_not_download_never_does(home: Path, photo_dir: Path, fake_hub) -> None:  # type: ignore[no-untyped-def]
    from photoclip.errors import ModelUnavailableError

    with Library(LibraryPaths.at(home), allow_download=False) as lib:
        lib.use_model("hub-tiny")  # served by the hub, not on disk
        lib.add_folder(photo_dir)
        with pytest.raises(ModelUnavailableError):
            _index(lib)
        assert fake_hub.requests == []
        assert lib.status().embedded == 0
