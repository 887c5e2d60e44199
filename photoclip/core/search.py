"""Queries (descriptions, photos, weighed and subtracted), with filters, a relevance cut and the photos' own words.

Filters (folder prefix, date range) are applied *inside* the nearest-neighbour
search, never after it: the top k is correct under the filter. When the
filter leaves few photos, an exact scan of just those photos' embeddings is
both cheaper and exact; otherwise hnswlib searches the graph with the filter
as a predicate. Text query embeddings are cached (in memory and in the
catalog), so a repeated query costs only the nearest-neighbour lookup and needs
no model at all.

A query's terms (``core/query.py``) become one vector: the weighted sum of
their normalised vectors, the subtracted ones with a minus sign, normalised.

**The relevance cut** (:func:`relevance_cut`, the one place it is decided).
A photo's score for a description has a part that does not depend on the
description at all: some photos score high for anything. So each hit's *lift*
is its score minus its score for the query's positive terms made empty: an
empty description for each description, the library's average photo for each
photo. The library's own
scale is the spread (median absolute deviation) of that empty query's scores
over a sample of its photos. A query with no photo in it finds something only
when its best lift reaches :data:`FIND_SPREADS` spreads; then the hits kept
are those whose lift reaches both :data:`KEEP_SPREADS` spreads and
:data:`KEEP_OF_BEST` of the best lift. A query with a photo always finds
something (what looks like the photo) and keeps hits by the share of the best
lift alone. The rest come back too, after the matches, for "Show more".

**Words.** The photos whose own words match the query's descriptions
(``core/word_search/``) are merged with the meaning ranking by reciprocal rank
fusion: each photo scores ``1/(60 + rank)`` in each list it is in, and the
sum orders the matches. A word match is always a match, whatever the cut.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from photoclip.core.imaging import ImageDecodeError, load_for_model
from photoclip.core.query import Query, QueryTerm
from photoclip.core.storage.catalog import Catalog, PhotoFilter
from photoclip.core.storage.records import ByRecord, PhotoRecord
from photoclip.core.storage.vectors import ShortResult, VectorIndex
from photoclip.errors import PhotoclipError
from photoclip.settings import Settings

# Below this many allowed photos, an exact scan beats filtering the graph.
EXACT_SCAN_LIMIT = 20000

# The relevance cut (see the module docstring): in spreads of the library's scores for an empty query.
FIND_SPREADS = 3.0
KEEP_SPREADS = 2.0
KEEP_OF_BEST = 0.5
# Photos whose scores give the library's spread; redrawn when the library grows or shrinks by a tenth.
SAMPLE_SIZE = 2000
# Reciprocal rank fusion's constant (the usual one): a rank's weight is 1 / (RRF_K + rank).
RRF_K = 60


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
    words: bool = False  # its own words (a caption, its file or folder name, an album) match the query


@dataclass(frozen=True)
class SearchResult:
    """What a query found: the matches first, then the hits below the relevance cut ("Show more").

    Attributes:
        hits: Best first; the first ``relevant`` are the matches.
        relevant: How many hits match (pass the relevance cut, or match by their words).
    """

    hits: tuple[SearchHit, ...] = ()
    relevant: int = 0

    @property
    def matches(self) -> list[SearchHit]:
        """The hits that match."""
        return list(self.hits[: self.relevant])

    @property
    def more(self) -> list[SearchHit]:
        """The hits below the relevance cut, best first."""
        return list(self.hits[self.relevant :])


@dataclass(frozen=True)
class PhotoVector:
    """A photo term's embedding, and its library id when it is a library photo (it is left out of its own results)."""

    vector: np.ndarray = field(repr=False)
    photo_id: int | None = None


# Turns a photo term (a library photo's id, or an image file's path) into its embedding.
PhotoResolver = Callable[[QueryTerm], PhotoVector]


def relevance_cut(lifts: np.ndarray, spread: float, *, has_photo: bool) -> np.ndarray:
    """Which hits match: the relevance rule of every search (the module docstring explains it).

    Args:
        lifts: Each hit's score minus its score for the empty query, best hit first.
        spread: The spread of the library's scores for the empty query (above zero).
        has_photo: The query has a photo in it: it always finds something.

    Returns:
        One bool per hit: True for a match.
    """
    if len(lifts) == 0:
        return np.zeros(0, dtype=bool)
    best = float(np.max(lifts))
    if has_photo:
        return lifts >= KEEP_OF_BEST * best
    if best < FIND_SPREADS * spread:
        return np.zeros(len(lifts), dtype=bool)
    return lifts >= max(KEEP_SPREADS * spread, KEEP_OF_BEST * best)


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
        self._sample: tuple[int, np.ndarray] | None = None  # (the index's size when drawn, vectors)

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

    def query(
        self, query: Query, photos: PhotoResolver, k: int = 200, filters: SearchFilters | None = None, *, cut: bool = True
    ) -> SearchResult:
        """Photos that match a query, best first, with the photos whose own words match merged in.

        Args:
            query: The parsed query.
            photos: Gives a photo term's embedding.
            k: At most this many hits, matches and more together.
            filters: Restrictions (also on the word matches).
            cut: Apply the relevance cut; without it every hit counts as a match.

        Returns:
            The hits, the matches first.
        """
        filters = filters or SearchFilters()
        vector, baseline, own = self._combine(query, photos)
        hits = [h for h in self.vector(vector, k + len(own), filters) if h.photo_id not in own][:k]
        keep = np.ones(len(hits), dtype=bool)
        if cut and hits:
            keep = self._cut(hits, vector, baseline, query.has_photo)
        words = self._word_ids(query, filters, k, own)
        return self._merge(hits, keep, words, vector, filters.min_score, k)

    def _combine(self, query: Query, photos: PhotoResolver) -> tuple[np.ndarray, np.ndarray, set[int]]:
        """The query's vector, the same query made of empty descriptions and the average photo, and its library photos."""
        total: np.ndarray | None = None
        baseline: np.ndarray | None = None
        own: set[int] = set()
        for term in query.terms:
            if term.kind == "text":
                vec, base = self.text_embedding(term.text), self.text_embedding("")
            else:
                found = photos(term)
                vec, base = np.asarray(found.vector, dtype=np.float32).reshape(-1), self._average_photo()
                if found.photo_id is not None:
                    own.add(found.photo_id)
            sign = -term.weight if term.negative else term.weight
            part = sign * vec / max(float(np.linalg.norm(vec)), 1e-12)
            total = part if total is None else total + part
            if not term.negative and base.size == vec.size:  # subtracting an empty query would cancel the baseline out
                baseline = term.weight * base if baseline is None else baseline + term.weight * base
        assert total is not None  # a query has a term
        if baseline is None:
            baseline = np.zeros_like(total)
        norm = max(float(np.linalg.norm(total)), 1e-12)
        return (total / norm).astype(np.float32), (baseline / norm).astype(np.float32), own

    def _library_sample(self) -> np.ndarray:
        """Embeddings of up to SAMPLE_SIZE photos drawn from the index, kept until the library changes size by a tenth."""
        size = self.vectors.element_count
        if self._sample is None or abs(size - self._sample[0]) > max(10, size // 10):
            ids = self.vectors.ids()  # in memory: no scan of the catalog
            if len(ids) > SAMPLE_SIZE:
                ids = np.random.default_rng(size).choice(ids, SAMPLE_SIZE, replace=False)  # the same draw for the same library
            _ids, vecs = self.catalog.embeddings_for(self.model, ids.tolist())
            self._sample = (size, vecs)
        return self._sample[1]

    def _average_photo(self) -> np.ndarray:
        sample = self._library_sample()
        if len(sample) == 0:
            return np.zeros(0, dtype=np.float32)
        mean = sample.mean(axis=0)
        return (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)

    def _cut(self, hits: list[SearchHit], vector: np.ndarray, baseline: np.ndarray, has_photo: bool) -> np.ndarray:
        """Which hits pass the relevance cut (see :func:`relevance_cut`)."""
        sample = self._library_sample()
        ids, vecs = self.catalog.embeddings_for(self.model, [h.photo_id for h in hits])
        if len(sample) == 0 or len(ids) == 0 or baseline.size != sample.shape[1]:
            return np.ones(len(hits), dtype=bool)
        empty = sample @ baseline
        spread = max(float(np.median(np.abs(empty - np.median(empty)))) * 1.4826, 1e-6)
        lift_of = dict(zip(ids.tolist(), (vecs @ vector - vecs @ baseline).tolist()))
        lifts = np.array([lift_of.get(h.photo_id, -np.inf) for h in hits], dtype=np.float64)
        return relevance_cut(lifts, spread, has_photo=has_photo)

    def _word_ids(self, query: Query, filters: SearchFilters, k: int, own: set[int]) -> list[int]:
        """The photos whose own words match the query's descriptions, best first, within the filters."""
        from photoclip.core.word_search.matching import word_matches

        found = [i for i in word_matches(self.catalog, query.descriptions, query.negative_descriptions, k) if i not in own]
        if found and filters.restricts_set:
            allowed = set(self.catalog.filtered_photo_ids(**filters.catalog_filters()))
            found = [i for i in found if i in allowed]
        return found

    def _merge(
        self, hits: list[SearchHit], keep: np.ndarray, words: list[int], vector: np.ndarray, min_score: float | None, k: int
    ) -> SearchResult:
        """Meaning and words in one list by reciprocal rank fusion: the matches first, then the rest by score."""
        by_id = {h.photo_id: h for h in hits}
        missing = [i for i in words if i not in by_id]
        if missing:
            records = self.catalog.photos_by_ids(missing)
            ids, vecs = self.catalog.embeddings_for(self.model, missing)
            scores = dict(zip(ids.tolist(), (vecs @ vector).tolist())) if len(ids) else {}
            for pid in missing:
                record = records.get(pid)
                if record is not None and record.status == "active":
                    by_id[pid] = SearchHit(record, float(scores.get(pid, 0.0)))
        fused: dict[int, float] = {}
        for rank, hit in enumerate(hits):
            fused[hit.photo_id] = 1.0 / (RRF_K + rank + 1)
        word_set = set()
        for rank, pid in enumerate(words):
            if pid in by_id and (min_score is None or by_id[pid].score >= min_score):
                fused[pid] = fused.get(pid, 0.0) + 1.0 / (RRF_K + rank + 1)
                word_set.add(pid)
        matching = {h.photo_id for h, kept in zip(hits, keep.tolist()) if kept} | word_set
        order = sorted(matching, key=lambda pid: -fused[pid])
        order += [h.photo_id for h in hits if h.photo_id not in matching]
        out = [SearchHit(by_id[pid].record, by_id[pid].score, pid in word_set) for pid in order[:k]]
        return SearchResult(tuple(out), min(len(matching), k))

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


def photo_vector(catalog: Catalog, model: str, term: QueryTerm, embedder: Callable[[], Any], settings: Settings) -> PhotoVector:
    """A photo term's embedding: a library photo's stored one, else the file encoded now.

    Args:
        catalog: The library catalog.
        model: The searched model (its stored embeddings).
        term: The photo term: a library photo's id, or a path.
        embedder: Gives the model's embedder, to encode a file that is not in the library.
        settings: How files are decoded.

    Raises:
        PhotoclipError: A library photo given by id has no embedding yet, or the file is missing or cannot be decoded.
    """
    path = Path(term.text).expanduser()
    by_path = catalog.photo_by_path
    record = None if term.photo_id is not None else by_path(str(path.resolve())) or by_path(str(path.absolute()))
    photo_id = term.photo_id if term.photo_id is not None else (record.id if record is not None and record.status == "active" else None)
    if photo_id is not None:
        ids, vecs = catalog.embeddings_for(model, [photo_id])
        if len(ids):
            return PhotoVector(vecs[0], photo_id)
        if term.photo_id is not None:
            raise PhotoclipError(f"Photo {photo_id} has not been indexed yet.", hint="Run `photoclip index`.")
    if not path.is_file():
        raise PhotoclipError(f"{term.text} is not a file.", hint="Check the path of the photo in the search.")
    encoder = embedder()
    try:
        pixels, _info = load_for_model(path, encoder.preprocess_config, draft=settings.draft_decode, max_pixels=settings.max_pixels)
    except ImageDecodeError as exc:
        raise PhotoclipError(f"{term.text} cannot be read: {exc.reason}.") from None
    return PhotoVector(encoder.encode_images(pixels[None])[1][0], photo_id)
