"""What ``Library.explore`` hands out: a library's map, computed, cached, kept up to date, and asked about."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path

import numpy as np

from photoclip.core.explore import projection
from photoclip.core.explore.cache import layout_key, load_layout, map_file, save_layout
from photoclip.core.explore.records import MapLayout, MapMethod, MapProgress, MapRect, Region, RegionWord
from photoclip.core.explore.regions import WordSource, centroids, fixed_words, inside_polygon, inside_rect, kmeans, region_count, regions_of
from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.vectors import ShortResult, VectorIndex

#: Neighbours asked of the vector index for each photo that arrives after the map was computed.
PLACE_NEIGHBOURS = 16

_CHUNK = 20_000

#: Gives the tags of the user's sets and their text vectors (``TagManager.tag_vectors``).
TagVectors = Callable[[], tuple[list[tuple[str, str]], np.ndarray]]
# Gives (text, tag set or None) names and their text vectors in a language, or None while they are not prepared.
NamedVectors = Callable[[str], tuple[list[tuple[str, str | None]], np.ndarray] | None]


class ExploreMap:
    """One library's map of its photos.

    The map is a cache in ``<home>/maps`` (one file per model identity):
    :meth:`layout` reads it and brings it up to date at once (photos that
    left are dropped, new ones are put beside their nearest neighbours);
    :meth:`compute` makes it again from the embeddings (PCA, then t-SNE),
    which the background service runs as its ``map`` job.

    Args:
        catalog: The library catalog (the embeddings).
        identity: Gives the serving identity (model and profile) whose embeddings are mapped.
        vectors: Gives that identity's vector index (for placing new photos; no model is loaded).
        folder: Where maps are kept (``<home>/maps``).
        tag_vectors: Gives the tag sets' tags and text vectors (the default words of regions).
    """

    def __init__(
        self,
        catalog: Catalog,
        identity: Callable[[], str],
        vectors: Callable[[], VectorIndex],
        folder: Path,
        tag_vectors: TagVectors,
        named_vectors: NamedVectors | None = None,
    ) -> None:
        self.catalog = catalog
        self._identity = identity
        self._vectors = vectors
        self.folder = folder
        self._tag_vectors = tag_vectors
        self._named_vectors = named_vectors

    # ------------------------------------------------------------ reading
    def has_map(self) -> bool:
        """Whether a map of the serving identity was computed (so new photos should update it)."""
        return map_file(self.folder, self._identity()).exists()

    def layout(self) -> MapLayout | None:
        """The saved map, brought up to date with the library's photos now; None when none was computed.

        Photos that left the library are dropped; photos that arrived are put
        beside their nearest neighbours on the map (``placed`` counts them)
        until :meth:`compute` runs again.
        """
        identity = self._identity()
        saved = load_layout(self.folder, identity)
        if saved is None:
            return None
        current = self.catalog.embedded_photo_ids(identity)
        if np.array_equal(current, saved.photo_ids):
            return saved
        return self._up_to_date(saved, current)

    def is_final(self, layout: MapLayout | None) -> bool:
        """Whether ``layout`` is the full computation for exactly its photos (False: the service should compute it)."""
        if layout is None or layout.placed:
            return False
        if layout.key != layout_key(layout.identity, layout.photo_ids, layout.method):
            return False
        return layout.method == "tsne" or len(layout) < projection.MIN_TSNE_PHOTOS

    def regions(self, layout: MapLayout, source: WordSource | None = None, words: int = 2, language: str = "en") -> list[Region]:
        """The map's regions with their best words.

        Args:
            layout: A map.
            source: Where words come from (default: the vocabulary and the user's
                tags once their vectors are prepared, else the tags alone; see
                :func:`~photoclip.core.explore.regions.fixed_words` to plug in another).
            words: Words per region.
            language: The language of the vocabulary's words.
        """
        return regions_of(layout, source if source is not None else self.default_words(language), words)

    def default_words(self, language: str = "en") -> WordSource:
        """The vocabulary's concepts and the user's tags when prepared (no model loads for them), else the tags alone."""
        named = self._named_vectors(language) if self._named_vectors is not None else None
        if named is None:
            return self.tagset_words()
        names, vectors = named
        words = [RegionWord(text, 0.0, tagset) for text, tagset in names]
        return lambda centres, k: fixed_words(vectors, words)(centres, k) if vectors.shape[1] == centres.shape[1] else [[] for _ in centres]

    def tagset_words(self) -> WordSource:
        """A word source over the tags of the user's tag sets (prompts not cached yet are encoded: off the GUI thread)."""
        tags, vectors = self._tag_vectors()
        words = [RegionWord(label, 0.0, name) for name, label in tags]

        def source(centres: np.ndarray, k: int) -> list[list[RegionWord]]:
            if not words or vectors.shape[1] != centres.shape[1]:
                return [[] for _ in range(len(centres))]
            return fixed_words(vectors, words)(centres, k)

        return source

    @staticmethod
    def select(layout: MapLayout, area: MapRect | Sequence[tuple[float, float]]) -> list[int]:
        """The photos inside a rectangle or a lasso (a polygon's corners) of the map, in id order."""
        found = inside_rect(layout, area) if isinstance(area, MapRect) else inside_polygon(layout, area)
        return [int(i) for i in found]

    # ------------------------------------------------------------ computing
    def compute(self, cancel: threading.Event | None = None, n_jobs: int = 2) -> Iterator[MapProgress]:
        """Compute the map from the embeddings and save it: PCA first, then t-SNE.

        The first layout is saved as soon as it exists (``pca`` event): the
        PCA map when there was none, else the saved one with the new photos
        placed beside their neighbours, so a view has something to show while
        t-SNE runs. The same embeddings always give the same map (fixed seeds).

        Args:
            cancel: Set it to stop; what was saved stays.
            n_jobs: Threads for t-SNE.

        Yields:
            ``load``, ``pca``, ``neighbours``, ``tsne`` (iterations), ``regions``, then ``done`` with the layout.
        """
        cancel = cancel or threading.Event()
        identity = self._identity()
        yield MapProgress("load")
        ids, vectors = self._embeddings(identity)
        if cancel.is_set():
            return
        principal = projection.principal_components(vectors) if len(ids) else None
        pca_xy = projection.unit_square(principal.coords[:, :2]) if principal is not None else np.zeros((0, 2), np.float32)
        saved = load_layout(self.folder, identity)
        if saved is not None and saved.method == "tsne" and len(saved):
            # Keep showing the t-SNE map (new photos beside their neighbours) rather than a PCA one while it is recomputed.
            first = saved if np.array_equal(saved.photo_ids, ids) else self._up_to_date(saved, ids)
        else:
            first = self._finish(identity, "pca", ids, vectors, pca_xy)
        if first is not saved:
            save_layout(self.folder, first)
        yield MapProgress("pca", len(ids), len(ids), layout=first)
        if principal is None or len(ids) < projection.MIN_TSNE_PHOTOS:
            yield MapProgress("done", len(ids), len(ids), layout=first)
            return
        yield MapProgress("neighbours", 0, len(ids))
        xy = yield from self._tsne(principal, cancel, n_jobs)
        if xy is None:
            return
        yield MapProgress("regions")
        final = self._finish(identity, "tsne", ids, vectors, projection.unit_square(xy))
        save_layout(self.folder, final)
        yield MapProgress("done", len(ids), len(ids), layout=final)

    def _tsne(self, principal: projection.Principal, cancel: threading.Event, n_jobs: int) -> Generator[MapProgress, None, np.ndarray | None]:
        """Run t-SNE in a thread of its own (its progress comes through a callback), passing its progress on."""
        events: queue.Queue[tuple[int, int]] = queue.Queue()
        result: list[np.ndarray | None] = [None]
        error: list[BaseException] = []

        def run() -> None:
            try:
                result[0] = projection.tsne(principal.coords, principal.coords[:, :2], cancel, lambda d, t: events.put((d, t)), n_jobs)
            except BaseException as exc:  # handed to the generator's thread, which raises it
                error.append(exc)

        worker = threading.Thread(target=run, name="photoclip-map", daemon=True)
        worker.start()
        while worker.is_alive() or not events.empty():
            try:
                done, total = events.get(timeout=0.2)
            except queue.Empty:
                continue
            yield MapProgress("tsne", done, total)
        worker.join()
        if error:
            raise error[0]
        return None if cancel.is_set() else result[0]

    def _embeddings(self, identity: str) -> tuple[np.ndarray, np.ndarray]:
        chunks = list(self.catalog.iter_embeddings(identity, chunk=_CHUNK))
        if not chunks:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        return np.concatenate([c[0] for c in chunks]), np.concatenate([c[1] for c in chunks]).astype(np.float32)

    @staticmethod
    def _finish(identity: str, method: MapMethod, ids: np.ndarray, vectors: np.ndarray, xy: np.ndarray) -> MapLayout:
        """A layout with its regions (k-means on the positions) and their mean embeddings."""
        labels = kmeans(xy, region_count(len(ids))) if len(ids) else np.zeros(0, dtype=np.int32)
        count = int(labels.max()) + 1 if len(labels) else 0
        cents = centroids(vectors, labels, count) if len(ids) else np.zeros((0, 0), dtype=np.float32)
        return MapLayout(identity, method, ids, xy.astype(np.float32), labels, cents, 0, layout_key(identity, ids, method))

    def _up_to_date(self, saved: MapLayout, current: np.ndarray) -> MapLayout:
        """``saved`` without the photos that left and with the new ones beside their nearest neighbours."""
        keep = np.isin(saved.photo_ids, current)
        ids, xy, regions = saved.photo_ids[keep], saved.xy[keep], saved.regions[keep]
        new = np.setdiff1d(current, saved.photo_ids)
        if len(new):
            new_ids, vecs = self.catalog.embeddings_for(saved.identity, new.tolist())
            try:
                found, scores = self._vectors().search_many(vecs, PLACE_NEIGHBOURS)
            except ShortResult:  # fewer live photos than asked for: they all go to the centre
                found, scores = np.zeros((len(new_ids), 0), np.int64), np.zeros((len(new_ids), 0), np.float32)
            placed = projection.place_near(ids, xy, found, scores)
            near = self._nearest_region(xy, regions, placed, saved.region_count)
            ids = np.concatenate([ids, new_ids])
            order = np.argsort(ids, kind="stable")
            ids, xy, regions = ids[order], np.concatenate([xy, placed])[order], np.concatenate([regions, near])[order]
        return MapLayout(saved.identity, saved.method, ids, xy, regions, saved.centroids, saved.placed + len(new), saved.key)

    @staticmethod
    def _nearest_region(xy: np.ndarray, regions: np.ndarray, points: np.ndarray, count: int) -> np.ndarray:
        """The region whose centre (on the map) is nearest each point."""
        if count == 0 or len(xy) == 0:
            return np.zeros(len(points), dtype=np.int32)
        sums = np.zeros((count, 2))
        np.add.at(sums, regions, xy)
        centres = sums / np.maximum(np.bincount(regions, minlength=count), 1)[:, None]
        return ((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2).argmin(axis=1).astype(np.int32)
