"""Text and similar-photo queries, with filters that combine with the ranking.

Filters (folder prefix, date range) are applied *inside* the nearest-neighbour
search, never after it: the top k is correct under the filter. When the
filter leaves few photos, an exact scan of just those photos' embeddings is
both cheaper and exact; otherwise hnswlib searches the graph with the filter
as a predicate. Text query embeddings are cached (in memory and in the
catalog), so a repeated query costs only the nearest-neighbour lookup and needs
no model at all.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from photoclip.core.storage.catalog import Catalog, PhotoFilter
from photoclip.core.storage.records import ByRecord, PhotoRecord
from photoclip.core.storage.vectors import ShortResult, VectorIndex

# Below this many allowed photos, an exact scan beats filtering the graph.
EXACT_SCAN_LIMIT = 20000


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions on a query.

    Attributes:
        folder: Only photos whose path is below this folder.
        date_from: POSIX time; photos taken (EXIF, else mtime) at or after it.
        date_to: POSIX time; photos taken at or before it.
        min_score: Drop hits with a lower cosine similarity.
        album: Only photos in this album: a tag id from ``core/tagsets/``
            (photos that have the tag, automatically or confirmed by hand).
        user_album: Only photos in this album of the user's own (``core/albums/``).
        favourites: Only the favourites.
    """

    folder: str | None = None
    date_from: float | None = None
    date_to: float | None = None
    min_score: float | None = None
    album: int | None = None
    user_album: int | None = None
    favourites: bool = False

    @property
    def restricts_set(self) -> bool:
        return (
            self.folder is not None
            or self.date_from is not None
            or self.date_to is not None
            or self.album is not None
            or self.user_album is not None
            or self.favourites
        )

    def catalog_filters(self) -> PhotoFilter:
        """These filters as the keyword arguments of ``Catalog.photos_matching`` and ``filtered_photo_ids``."""
        return {
            "folder_prefix": self.folder,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "tag_id": self.album,
            "user_album_id": self.user_album,
            "favourites": self.favourites,
        }


@dataclass(frozen=True)
class SearchHit(ByRecord):
    """One result: a photo's catalog record and its cosine similarity to the query.

    The record comes with the hit (the search reads it anyway, to drop stale
    index entries), so showing results needs no second catalog lookup.
    """

    record: PhotoRecord
    score: float


class Searcher:
    """Answers queries from one model's catalog embeddings and vector index.

    Args:
        catalog: The library catalog.
        vectors: The vector index of ``model``.
        model: The model whose vectors are searched.
        encode_text: Turns a text into a normalised embedding; only called on a cache miss.
    """

    def __init__(
        self,
        catalog: Catalog,
        vectors: VectorIndex,
        model: str,
        encode_text: Callable[[str], np.ndarray],
    ) -> None:
        self.catalog = catalog
        self.vectors = vectors
        self.model = model
        self._encode_text = encode_text
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()

    def text_embedding(self, text: str) -> np.ndarray:
        """The embedding of a query text, from the cache when possible."""
        key = text.strip()
        cached = self._memory.get(key)
        if cached is None:
            cached = self.catalog.cached_query(self.model, key)
            if cached is None:
                cached = np.asarray(self._encode_text(key), dtype=np.float32).reshape(-1)
                self.catalog.cache_query(self.model, key, cached)
            self._memory[key] = cached
            if len(self._memory) > 512:
                self._memory.popitem(last=False)
        self._memory.move_to_end(key)
        return cached

    def text(self, query: str, k: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Photos that match a description, best first."""
        return self.vector(self.text_embedding(query), k, filters)

    def similar(
        self, photo_id: int, k: int = 20, filters: SearchFilters | None = None, *, include_self: bool = False
    ) -> list[SearchHit]:
        """Photos most like a library photo, best first (the photo itself left out by default).

        Raises:
            KeyError: The photo has no embedding for this model.
        """
        ids, vecs = self.catalog.embeddings_for(self.model, [photo_id])
        if len(ids) == 0:
            raise KeyError(photo_id)
        hits = self.vector(vecs[0], k + (0 if include_self else 1), filters)
        if not include_self:
            hits = [h for h in hits if h.photo_id != photo_id]
        return hits[:k]

    def vector(self, query: np.ndarray, k: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Photos nearest to a normalised query vector, best first, honouring the filters."""
        filters = filters or SearchFilters()
        if k <= 0:
            return []
        allowed: set[int] | None = None
        if filters.restricts_set:
            allowed = set(self.catalog.filtered_photo_ids(**filters.catalog_filters()))
            if not allowed:
                return []
        # The index's element count (deleted labels included) bounds k: a
        # COUNT over the catalog would cost ~200 ms at 1M photos on every
        # query. When fewer live photos exist, hnswlib reports a short result
        # and the exact scan below answers instead.
        live = self.vectors.element_count
        if allowed is not None and len(allowed) <= max(EXACT_SCAN_LIMIT, live // 20):
            ids, scores = self._exact(query, k, sorted(allowed))
        else:
            want = min(k, live if allowed is None else min(live, len(allowed)))
            try:
                ids, scores = self.vectors.search(query, want, allowed.__contains__ if allowed is not None else None)
            except ShortResult:
                candidates = sorted(allowed) if allowed is not None else None
                ids, scores = self._exact(query, k, candidates)
        return self._hits(ids, scores, filters.min_score)

    def _exact(self, query: np.ndarray, k: int, candidates: list[int] | None) -> tuple[np.ndarray, np.ndarray]:
        """Exact top k by brute force over the candidates' stored embeddings (or all)."""
        if candidates is None:
            chunks = list(self.catalog.iter_embeddings(self.model))
            if not chunks:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            ids = np.concatenate([c[0] for c in chunks])
            vecs = np.concatenate([c[1] for c in chunks])
        else:
            ids, vecs = self.catalog.embeddings_for(self.model, candidates)
        if len(ids) == 0:
            return ids, np.zeros(0, dtype=np.float32)
        scores = vecs @ np.asarray(query, dtype=np.float32)
        k = min(k, len(ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return ids[top], scores[top]

    def _hits(self, ids: np.ndarray, scores: np.ndarray, min_score: float | None) -> list[SearchHit]:
        records = self.catalog.photos_by_ids(ids.tolist())
        hits = []
        for pid, score in zip(ids.tolist(), scores.tolist()):
            record = records.get(pid)
            if record is None or record.status != "active":
                continue  # a stale index entry; the catalog is the truth
            if min_score is not None and score < min_score:
                continue
            hits.append(SearchHit(record, float(score)))
        return hits
