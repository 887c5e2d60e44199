"""The hnswlib nearest-neighbour index: a cache of the catalog's embeddings.

One index per model, stored next to the catalog as ``<model>.hnsw`` plus a
small ``<model>.json`` that records the catalog ``seq`` it is synced to.
Labels are photo ids; the space is inner product on normalised vectors, so a
score is the cosine similarity.

Opening follows the rule "the catalog is the truth":
- no file, an unreadable file, or a file for another dimension: rebuild from
  the catalog;
- a file synced to an older ``seq`` (a crash lost the last save): catch up by
  adding the embeddings written since and marking removed photos deleted;
- otherwise: use it as it is.

Saves are atomic (write a temp file, then ``os.replace``); the index file is
replaced before its metadata, so a crash between the two leaves metadata that
is older than the index, and catching up is idempotent.

The metadata also lists the CRC-32 of the index files it accepts. hnswlib
notices a truncated file, but one with damaged contents and an intact header
loads "fine" and crashes the process (SIGSEGV) at the first search; the
checksum turns that into a rebuild. Before the index file is replaced, the
metadata is rewritten to accept the new file as well as the old one, so a
crash between the two writes still catches up instead of rebuilding.
"""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hnswlib
import numpy as np

from photoclip.core.storage.catalog import Catalog
from photoclip.errors import PhotoclipError
from photoclip.paths import atomic_write_text

FORMAT_VERSION = 1


class ShortResult(Exception):
    """The graph search found fewer than k results; the caller should search exactly."""


@dataclass(frozen=True)
class IndexParams:
    """hnswlib build and query parameters.

    Chosen with ``photoclip bench`` for recall at a million photos (the
    measurements are in the README's Performance section). ``ef_search`` is
    raised to ``k`` when a query asks for more.
    """

    M: int = 32
    ef_construction: int = 100
    ef_search: int = 400
    initial_capacity: int = 1024


class VectorIndex:
    """An hnswlib index of one model's embeddings.

    Args:
        folder: Where the index files live.
        model: Model identity (names the files).
        dim: Embedding dimension.
        params: Build and query parameters.
    """

    def __init__(self, folder: Path, model: str, dim: int, params: IndexParams | None = None) -> None:
        self.folder = Path(folder)
        self.model = model
        self.dim = dim
        self.params = params or IndexParams()
        # "+" stays: personalised identities ("vit-b-32+p1") must not share a
        # file with a model name that has "_" there (names never contain "+").
        safe = "".join(c if c.isalnum() or c in "-_.+" else "_" for c in model)
        self.index_path = self.folder / f"{safe}.hnsw"
        self.meta_path = self.folder / f"{safe}.json"
        self._lock = threading.RLock()
        self._index = self._new_index(self.params.initial_capacity)
        self.synced_seq = 0
        self.dirty = False
        self.rebuilt_by: str | None = None  # how the last rebuild went: "built" or "reused-graph"

    # ------------------------------------------------------------ lifecycle
    def _new_index(self, capacity: int) -> hnswlib.Index:
        index = hnswlib.Index(space="ip", dim=self.dim)
        index.init_index(max_elements=max(capacity, 16), M=self.params.M, ef_construction=self.params.ef_construction)
        index.set_ef(self.params.ef_search)
        return index

    def open(
        self, catalog: Catalog, progress: Callable[[int, int], None] | None = None, *, persist: bool = True
    ) -> str:
        """Load the saved index and bring it in line with the catalog.

        Args:
            catalog: The source of truth.
            progress: Called with (done, total) while rebuilding.
            persist: Save a rebuilt index (False for a read-only library:
                the repair then lives in memory only).

        Returns:
            What happened: ``"loaded"``, ``"caught-up"`` or ``"rebuilt"``.
        """
        with self._lock:
            if persist:
                self._remove_stale_temp_files()
            meta = self._read_meta()
            if meta is not None and self._try_load(meta):
                if self.synced_seq == catalog.current_seq():
                    return "loaded"
                self.catch_up(catalog)
                return "caught-up"
            self.rebuild(catalog, progress, persist=persist)
            return "rebuilt"

    def _remove_stale_temp_files(self) -> None:
        """Delete the temp files of saves that a killed process never finished.

        ``save`` writes ``<name><8 random characters>.tmp`` and renames it; a
        crash in between leaves the temp file, as big as the index, for good.
        Only the library's one writer opens with ``persist``, so a temp file
        it finds now belongs to a dead process. The pattern is exact, so the
        files of a model whose name merely starts the same stay.
        """
        names = [re.compile(re.escape(p.name) + r"[a-z0-9_]{8}\.tmp") for p in (self.index_path, self.meta_path)]
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return
        for entry in entries:
            if any(n.fullmatch(entry.name) for n in names):
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass  # not ours to worry about: the next open tries again

    def _read_meta(self) -> dict[str, Any] | None:
        try:
            meta = json.loads(self.meta_path.read_text())
        except (OSError, ValueError):
            return None
        if meta.get("format") != FORMAT_VERSION or meta.get("dim") != self.dim or meta.get("model") != self.model:
            return None
        return meta

    def _try_load(self, meta: dict[str, Any]) -> bool:
        if not self.index_path.is_file():
            return False
        accepted = meta.get("crc32")
        if isinstance(accepted, list) and _crc32_file(self.index_path) not in accepted:
            return False  # damaged (hnswlib might load it, then crash): rebuild
        try:
            index = hnswlib.Index(space="ip", dim=self.dim)
            # Room to grow without an immediate resize.
            count = int(meta.get("count", 0))
            index.load_index(str(self.index_path), max_elements=max(count + 1024, 16))
            index.set_ef(self.params.ef_search)
        except Exception:  # hnswlib raises RuntimeError (and worse) on a truncated or garbage file
            return False
        self._index = index
        self.synced_seq = int(meta.get("seq", 0))
        return True

    def rebuild(
        self,
        catalog: Catalog,
        progress: Callable[[int, int], None] | None = None,
        *,
        persist: bool = True,
        graph_from: "VectorIndex | None" = None,
    ) -> None:
        """Build the index from the catalog's embeddings, then save it (if ``persist``).

        Args:
            progress: Called with (photos done, total).
            graph_from: An index of the same photos under another projection
                head (a personalisation profile's base model). Its graph is
                reused with this index's vectors put in, which takes seconds
                where building a graph takes about a minute per 100k photos,
                provided the two embeddings of each photo agree (see
                :data:`GRAPH_REUSE_MIN_COSINE`); otherwise the graph is built.
        """
        with self._lock:
            seq = catalog.current_seq()
            total = catalog.embedding_count(self.model)
            index = _reuse_graph(graph_from, catalog, self.model, self.dim, total, progress) if graph_from is not None else None
            self.rebuilt_by = "reused-graph" if index is not None else "built"
            if index is None:
                index = self._new_index(int(total * 1.1) + self.params.initial_capacity)
                done = 0
                for ids, vecs in catalog.iter_embeddings(self.model, dim=self.dim):
                    index.add_items(vecs, ids)
                    done += len(ids)
                    if progress:
                        progress(done, total)
            index.set_ef(self.params.ef_search)
            self._index = index
            self.synced_seq = seq
            self.dirty = True
            if persist:
                self.save()

    def catch_up(self, catalog: Catalog) -> None:
        """Apply catalog changes made after the saved ``seq`` (idempotent).

        The lock is taken per chunk, not for the whole catch-up: a folder of
        many photos coming back online must not hold searches up meanwhile.
        There is one writer per library, so nothing else changes the index
        between the chunks.
        """
        seq = catalog.current_seq()
        since = self.synced_seq
        self.remove(catalog.removed_since(since))
        for ids, vecs in catalog.iter_embeddings(self.model, since_seq=since, dim=self.dim, chunk=2000):
            self.add(ids, vecs)
        with self._lock:
            self.synced_seq = max(self.synced_seq, seq)
            self.dirty = True

    def save(self) -> None:
        """Write the index and its metadata atomically (temp file, then ``os.replace``).

        Raises:
            PhotoclipError: The files cannot be written (a full disk): the
                saved index stays as it was, and catches up when next opened.
        """
        try:
            self._save()
        except OSError as exc:
            raise PhotoclipError(
                f"The search index {self.index_path} cannot be saved: {exc.strerror or exc}.",
                hint="Free some disk space. Nothing is lost: the index is brought up to date from the catalog when it is next opened.",
            ) from exc

    def _save(self) -> None:
        with self._lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=self.index_path.name, suffix=".tmp")
            os.close(fd)
            try:
                self._index.save_index(tmp)
                if os.path.getsize(tmp) != self._index.index_file_size():
                    # hnswlib does not check its writes: on a full disk it
                    # leaves a short file and says nothing.
                    raise OSError(errno.ENOSPC, "the index file could not be written whole (is the disk full?)")
                _fsync(tmp)
                checksum = _crc32_file(Path(tmp))
                previous = self._read_meta()
                if previous is not None and isinstance(previous.get("crc32"), list):
                    # Accept the new file before it takes the old one's place (see the module docstring).
                    both = {**previous, "crc32": [*previous["crc32"], checksum][-2:]}
                    atomic_write_text(self.meta_path, json.dumps(both))
                os.replace(tmp, self.index_path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            meta = {
                "format": FORMAT_VERSION,
                "model": self.model,
                "dim": self.dim,
                "seq": self.synced_seq,
                "count": self._index.get_current_count(),
                "M": self.params.M,
                "ef_construction": self.params.ef_construction,
                "crc32": [checksum],
            }
            atomic_write_text(self.meta_path, json.dumps(meta))
            self.dirty = False

    # -------------------------------------------------------------- changes
    def add(self, ids: np.ndarray, vectors: np.ndarray, seq: int | None = None) -> None:
        """Add or replace vectors (labels are photo ids), growing the index as needed.

        Args:
            seq: The catalog ``seq`` these vectors were stored at; the index
                counts as synced to it.
        """
        if len(ids) == 0:
            return
        with self._lock:
            needed = self._index.element_count + len(ids)
            if needed > self._index.get_max_elements():
                # Grow geometrically so adds stay amortised O(1) resizes.
                self._index.resize_index(max(needed, int(self._index.get_max_elements() * 1.5)))
            self._index.add_items(np.asarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))
            if seq is not None:
                self.synced_seq = max(self.synced_seq, seq)
            self.dirty = True

    def remove(self, ids: list[int] | np.ndarray, seq: int | None = None) -> None:
        """Take photos out of search (``mark_deleted``); unknown or already deleted ids are ignored."""
        with self._lock:
            for pid in ids:
                try:
                    self._index.mark_deleted(int(pid))
                except RuntimeError:
                    pass  # not in the index, or already deleted
            if seq is not None:
                self.synced_seq = max(self.synced_seq, seq)
            self.dirty = True

    # --------------------------------------------------------------- search
    @property
    def element_count(self) -> int:
        """Number of labels in the index, including ones marked deleted."""
        with self._lock:
            return int(self._index.element_count)

    def search(
        self, query: np.ndarray, k: int, allowed: Callable[[int], bool] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Nearest photos to ``query``.

        Args:
            query: A normalised vector.
            k: How many results at most.
            allowed: Optional predicate on photo ids; hnswlib applies it during
                the graph search, so the top k is correct under the filter.

        Returns:
            ``(photo_ids, scores)``, best first; scores are cosine similarities.
        """
        with self._lock:
            available = self._index.get_current_count()
            if available == 0 or k <= 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            k = min(k, available)
            self._index.set_ef(max(self.params.ef_search, k))
            try:
                labels, distances = self._index.knn_query(
                    np.asarray(query, dtype=np.float32).reshape(1, -1), k=k, filter=allowed
                )
            except RuntimeError as exc:
                # hnswlib refuses, rather than returning fewer, when the graph
                # search finds fewer than k live (and allowed) elements.
                raise ShortResult(str(exc)) from exc
        return labels[0].astype(np.int64), (1.0 - distances[0]).astype(np.float32)

    def search_many(self, queries: np.ndarray, k: int, *, ef: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Nearest photos to each of many queries in one call (hnswlib spreads them over its threads).

        Args:
            queries: Normalised vectors, one per row.
            k: How many results per query (at most the index's element count).
            ef: The graph search's breadth (default: ``params.ef_search``;
                never below k). Searches after this one use the default again.

        Returns:
            ``(photo_ids, scores)``, each of shape ``(len(queries), k)``, best
            first per row; scores are cosine similarities.

        Raises:
            ShortResult: The graph search found fewer than k live photos for a
                query (fewer live photos than k): search exactly instead.
        """
        queries = np.asarray(queries, dtype=np.float32).reshape(-1, self.dim)
        with self._lock:
            k = min(k, self._index.get_current_count())
            if len(queries) == 0 or k <= 0:
                return np.zeros((len(queries), 0), dtype=np.int64), np.zeros((len(queries), 0), dtype=np.float32)
            self._index.set_ef(max(ef or self.params.ef_search, k))
            try:
                labels, distances = self._index.knn_query(queries, k=k)
            except RuntimeError as exc:
                raise ShortResult(str(exc)) from exc
        return labels.astype(np.int64), (1.0 - distances).astype(np.float32)

    def ids(self) -> np.ndarray:
        """All labels in the index, including ones marked deleted."""
        with self._lock:
            return np.asarray(self._index.get_ids_list(), dtype=np.int64)


GRAPH_REUSE_MIN_COSINE = 0.8
"""Reuse another head's graph only if 99% of photos keep at least this cosine between their two embeddings.

A linear head keeps the features' neighbourhoods, and with them a graph that
navigates; the README's Performance section has the recall measured at and
well below this cosine.
"""


def _reuse_graph(
    base: VectorIndex,
    catalog: Catalog,
    model: str,
    dim: int,
    total: int,
    progress: Callable[[int, int], None] | None,
) -> hnswlib.Index | None:
    """A copy of ``base``'s graph holding ``model``'s vectors, or None when it would not serve.

    hnswlib's own serialised state (what pickling uses) is copied, and each
    element's vector is overwritten in place; labels and links stay. Photos
    ``base`` lacks are added, and elements ``model`` has no row for are
    marked deleted. The copy costs memory for a moment: the same copy done
    on plain hnswlib with 100k vectors (M=32) peaked at 912 MB, against
    691 MB when building anew.
    """
    with base._lock:  # same class; the state is copied under its lock
        state = dict(base._index.__getstate__()[0])
    # The layout read below is that of hnswlib's serialisation version 1
    # (hnswlib 0.7-0.8); anything else is built the ordinary way.
    if state.get("ser_version") != 1 or state.get("space") != "ip" or int(state.get("dim", -1)) != dim or not state.get("index_inited"):
        return None
    if getattr(state.get("data_level0"), "itemsize", 0) != 1:
        return None
    count, size = int(state["cur_element_count"]), int(state["size_data_per_element"])
    data = state["data_level0"]
    if count == 0 or data.size < count * size:
        return None
    rows = data[: count * size].reshape(count, size)
    label_at = int(state["label_offset"])
    labels = np.ascontiguousarray(rows[:, label_at : label_at + 8]).view(np.uint64).ravel().astype(np.int64)
    vec_at = int(state["offset_data"])
    vectors = rows[:, vec_at : vec_at + 4 * dim].view(np.float32)  # a view into ``data``
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    written = np.zeros(count, dtype=bool)
    extra_ids: list[np.ndarray] = []
    extra_vecs: list[np.ndarray] = []
    cosines: list[np.ndarray] = []
    done = 0
    for ids, vecs in catalog.iter_embeddings(model, dim=dim):
        at = np.minimum(np.searchsorted(sorted_labels, ids), count - 1)
        found = sorted_labels[at] == ids
        pos = order[at[found]]
        cosines.append(np.einsum("ij,ij->i", vectors[pos], vecs[found]))
        vectors[pos] = vecs[found]
        written[pos] = True
        if not found.all():
            extra_ids.append(ids[~found])
            extra_vecs.append(vecs[~found])
        done += len(ids)
        if progress:
            progress(done, total)
    agreement = np.concatenate(cosines) if cosines else np.zeros(0, dtype=np.float32)
    if agreement.size == 0 or float(np.quantile(agreement, 0.01)) < GRAPH_REUSE_MIN_COSINE:
        return None
    # hnswlib keeps an element's "deleted" mark in the third byte of its level-0 link list.
    flag_at = int(state["offset_level0"]) + 2
    was_deleted = (rows[:, flag_at] & 1).astype(bool)
    index = hnswlib.Index.__new__(hnswlib.Index)  # pybind11 unpickling: __setstate__ on a bare instance
    index.__setstate__((state,))
    for label in labels[written & was_deleted].tolist():
        index.unmark_deleted(int(label))  # gone from the base index, live here (the base was behind)
    for label in labels[~written & ~was_deleted].tolist():
        index.mark_deleted(int(label))  # live in the base index, gone here
    if extra_ids:
        ids, vecs = np.concatenate(extra_ids), np.concatenate(extra_vecs)
        index.resize_index(index.get_max_elements() + len(ids))
        index.add_items(vecs, ids)
    return index


def _crc32_file(path: Path) -> int:
    """CRC-32 of a file, read in blocks (about 3 GB/s: a 100k-photo index in a tenth of a second)."""
    crc = 0
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 22):
                crc = zlib.crc32(block, crc)
    except OSError:
        return -1  # never a CRC-32: an unreadable file is not accepted
    return crc


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
