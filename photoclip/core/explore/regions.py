"""The map's regions (k-means on its 2-D positions), the photos inside a rectangle or a lasso, and words for regions.

Words come from a *word source*: one function that takes the regions' mean
embeddings and returns each region's best words (:data:`WordSource`). The
user's tag sets are one (:func:`tagset_words`); a vocabulary can be another,
plugged in the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from photoclip.core.explore.records import MapLayout, MapRect, Region, RegionWord

#: Takes ``(R, D)`` normalised region centroids and how many words each; returns each region's best words, best first.
WordSource = Callable[[np.ndarray, int], list[list[RegionWord]]]

#: The most regions a map is cut into (more labels than this crowd the view).
MAX_REGIONS = 24

KMEANS_ITERATIONS = 30
SEED = 0


def region_count(photos: int) -> int:
    """How many regions a map of this many photos gets: the square root of a fifth of them, at most :data:`MAX_REGIONS`."""
    return int(min(MAX_REGIONS, max(1, round(np.sqrt(photos / 5.0)))))


def kmeans(points: np.ndarray, k: int, iterations: int = KMEANS_ITERATIONS, seed: int = SEED) -> np.ndarray:
    """Lloyd's k-means with k-means++ seeding (fixed seed: the same points give the same regions).

    Args:
        points: ``(N, d)`` float points, ``N >= 1``.
        k: Clusters wanted (fewer when there are fewer points).

    Returns:
        ``(N,)`` int32 cluster of each point, numbered ``0 .. k-1`` with no empty cluster.
    """
    x = np.asarray(points, dtype=np.float32)
    n = len(x)
    k = max(1, min(k, n))
    rng = np.random.default_rng(seed)
    # Seeding on a sample keeps k-means++ linear in k at 100k points.
    sample = x[rng.choice(n, size=min(n, 5000), replace=False)] if n > 5000 else x
    centres = [sample[rng.integers(len(sample))]]
    nearest = ((sample - centres[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        total = nearest.sum()
        pick = rng.choice(len(sample), p=nearest / total) if total > 0 else rng.integers(len(sample))
        centres.append(sample[pick])
        nearest = np.minimum(nearest, ((sample - sample[pick]) ** 2).sum(axis=1))
    c = np.array(centres)
    labels = np.zeros(n, dtype=np.int64)
    for step in range(iterations):
        new = _nearest_centre(x, c)
        if step and np.array_equal(new, labels):
            break
        labels = new
        counts = np.bincount(labels, minlength=len(c))
        for dim in range(x.shape[1]):
            sums = np.bincount(labels, weights=x[:, dim], minlength=len(c))
            c[:, dim] = np.where(counts > 0, sums / np.maximum(counts, 1), c[:, dim])
    used = np.unique(labels)
    return np.searchsorted(used, labels).astype(np.int32)


def _nearest_centre(x: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """The nearest centre of each point: squared distances summed one coordinate at a time (no points x centres x d array)."""
    distances = np.zeros((len(x), len(centres)), dtype=np.float32)
    for dim in range(x.shape[1]):
        distances += (x[:, dim : dim + 1] - centres[None, :, dim]) ** 2
    return distances.argmin(axis=1)


def centroids(vectors: np.ndarray, labels: np.ndarray, count: int) -> np.ndarray:
    """Each region's mean embedding, normalised.

    Args:
        vectors: ``(N, D)`` embeddings.
        labels: ``(N,)`` region of each.
        count: Number of regions.

    Returns:
        ``(count, D)`` float32.
    """
    dim = vectors.shape[1] if vectors.ndim == 2 else 0
    sums = np.zeros((count, dim), dtype=np.float64)
    np.add.at(sums, labels, vectors)
    norms = np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
    return (sums / norms).astype(np.float32)


def regions_of(layout: MapLayout, source: WordSource | None = None, words: int = 2) -> list[Region]:
    """The layout's regions: centre, size and (with a word source) best words.

    Args:
        layout: A map.
        source: Where words come from (None: no words).
        words: Words per region.
    """
    count = layout.region_count
    if count == 0 or len(layout) == 0:
        return []
    sizes = np.bincount(layout.regions, minlength=count)
    sums = np.zeros((count, 2), dtype=np.float64)
    np.add.at(sums, layout.regions, layout.xy)
    centres = sums / np.maximum(sizes, 1)[:, None]
    found = source(layout.centroids, words) if source is not None else [[] for _ in range(count)]
    return [
        Region(int(r), float(centres[r, 0]), float(centres[r, 1]), int(sizes[r]), tuple(found[r]))
        for r in range(count)
        if sizes[r]
    ]


def inside_rect(layout: MapLayout, rect: MapRect) -> np.ndarray:
    """Ids of the photos inside a rectangle of the map (edges included)."""
    x0, x1 = sorted((rect.x0, rect.x1))
    y0, y1 = sorted((rect.y0, rect.y1))
    x, y = layout.xy[:, 0], layout.xy[:, 1]
    return layout.photo_ids[(x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)]


def inside_polygon(layout: MapLayout, polygon: Sequence[tuple[float, float]]) -> np.ndarray:
    """Ids of the photos inside a lasso (a closed polygon, even-odd rule), in map coordinates.

    Args:
        layout: A map.
        polygon: Its corners in order; the last joins the first. Fewer than three select nothing.
    """
    if len(polygon) < 3 or len(layout) == 0:
        return np.zeros(0, dtype=np.int64)
    pts = np.asarray(polygon, dtype=np.float64)
    x, y = layout.xy[:, 0].astype(np.float64), layout.xy[:, 1].astype(np.float64)
    inside = np.zeros(len(layout), dtype=bool)
    for (ax, ay), (bx, by) in zip(pts, np.roll(pts, -1, axis=0)):
        crosses = (ay > y) != (by > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = ax + (y - ay) * (bx - ax) / (by - ay)
        inside ^= crosses & (x < at)
    return layout.photo_ids[inside]


def best_words(centres: np.ndarray, word_vectors: np.ndarray, words: Sequence[RegionWord], k: int) -> list[list[RegionWord]]:
    """Each region's words that fit it better than they fit the map as a whole.

    A word's score for a region is its cosine to the region's centroid minus
    its mean cosine over all regions: a word that fits every photo of a
    library (a "photo") says nothing about one region.

    Args:
        centres: ``(R, D)`` normalised centroids.
        word_vectors: ``(W, D)`` normalised text vectors.
        words: The W words (their scores are filled in).
        k: Words per region.

    Returns:
        For each region its best words (at most k, each scoring above 0), best first.
    """
    if len(words) == 0 or len(centres) == 0:
        return [[] for _ in range(len(centres))]
    cos = np.asarray(centres, dtype=np.float32) @ np.asarray(word_vectors, dtype=np.float32).T
    lift = cos - cos.mean(axis=0, keepdims=True) if len(centres) > 1 else cos
    out: list[list[RegionWord]] = []
    for row in lift:
        chosen: list[RegionWord] = []
        for j in np.argsort(-row, kind="stable"):
            if len(chosen) == k or (len(centres) > 1 and row[j] <= 0):
                break
            word = words[int(j)]
            if all(w.word.casefold() != word.word.casefold() for w in chosen):
                chosen.append(RegionWord(word.word, float(row[j]), word.tagset))
        out.append(chosen)
    return out


def fixed_words(word_vectors: np.ndarray, words: Sequence[RegionWord]) -> WordSource:
    """A word source over a fixed list of words and their text vectors (the tag sets' tags, a vocabulary's words)."""
    return lambda centres, k: best_words(centres, word_vectors, words, k)
