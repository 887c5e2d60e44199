"""Near-duplicate groups among synthetic embeddings: the index's nearest neighbours against all pairs.

``python benchmarks/duplicates.py [--photos N] [--dim D] [--repeats R]``

The embeddings are ``photoclip bench``'s CLIP-like unit vectors (a shared
direction, one of 2000 cluster directions, noise), with clusters of near
copies (two to six each, a cosine of about 0.9975 to their cluster's first
photo) planted among the first tenth; the rest are singletons. They go into a
real hnswlib index built as ``core/storage/vectors.py`` builds one
(:class:`VectorIndex`, its default parameters). Then, each timed as the
median of ``--repeats`` runs in this one process:

- *index*: what ``core/duplicates`` does: every photo's nearest neighbours
  from the index (:func:`nearest`, in chunks), links at or
  above the threshold (:func:`add_links`), groups by union-find;
- *brute force*: every pair's cosine, in chunks of a numpy matrix product,
  links at or above the threshold, the same union-find.

It prints both times, their ratio, and whether the two found the same groups.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench import synthetic_vectors  # after sys.path is set
from photoclip.core.duplicates.finding import DEFAULT_NEIGHBOURS, DEFAULT_THRESHOLD, NEIGHBOUR_EF, UnionFind, add_links, nearest  # after sys.path is set
from photoclip.core.storage.vectors import VectorIndex  # after sys.path is set

QUERY_CHUNK = 512
PRODUCT_CHUNK = 2048


def synthetic(photos: int, dim: int, seed: int = 0) -> tuple[np.ndarray, list[frozenset[int]]]:
    """``photoclip bench``'s CLIP-like unit vectors with clusters of near copies planted in the first tenth; and those clusters."""
    rng = np.random.default_rng(seed + 1)
    vectors = synthetic_vectors(photos, dim, seed)
    planted: list[frozenset[int]] = []
    start = 0
    while start < photos // 10:
        size = int(rng.integers(2, 7))
        members = list(range(start, min(start + size, photos)))
        noise = rng.standard_normal((len(members) - 1, dim)).astype(np.float32)
        # A copy's offset: norm 0.07 off a unit vector, a cosine of about 0.9975 (two copies: 0.995).
        vectors[members[1:]] = vectors[members[0]] + 0.07 * noise / np.linalg.norm(noise, axis=1, keepdims=True)
        planted.append(frozenset(members))
        start += size
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32), planted


def by_index(index: VectorIndex, vectors: np.ndarray, threshold: float, ef: int) -> list[frozenset[int]]:
    links: dict[tuple[int, int], float] = {}
    ids = np.arange(len(vectors), dtype=np.int64)
    for start in range(0, len(vectors), QUERY_CHUNK):
        found, scores = nearest(index, ids[start : start + QUERY_CHUNK], vectors[start : start + QUERY_CHUNK], DEFAULT_NEIGHBOURS + 1, ef)
        add_links(links, ids[start : start + QUERY_CHUNK], found, scores, threshold)
    return groups_of(links)


def by_brute_force(vectors: np.ndarray, threshold: float) -> list[frozenset[int]]:
    links: dict[tuple[int, int], float] = {}
    for start in range(0, len(vectors), PRODUCT_CHUNK):
        scores = vectors[start : start + PRODUCT_CHUNK] @ vectors.T
        rows, cols = np.nonzero(scores >= threshold)
        for row, col in zip(rows.tolist(), cols.tolist()):
            a = start + row
            if a < col:
                links[(a, col)] = float(scores[row, col])
    return groups_of(links)


def groups_of(links: dict[tuple[int, int], float]) -> list[frozenset[int]]:
    sets = UnionFind()
    for a, b in links:
        sets.union(a, b)
    return sorted((frozenset(c) for c in sets.components()), key=min)


def timed(run: object, repeats: int) -> tuple[float, list[frozenset[int]]]:
    seconds: list[float] = []
    result: list[frozenset[int]] = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = run()  # type: ignore[operator]  # a zero-argument callable
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=512, help="embedding size (512: ViT-B-32)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--ef", type=int, default=NEIGHBOUR_EF, help="graph search breadth of the index's queries")
    args = parser.parse_args(argv)

    vectors, planted = synthetic(args.photos, args.dim)
    with tempfile.TemporaryDirectory() as folder:
        index = VectorIndex(Path(folder), "bench", args.dim)
        started = time.perf_counter()
        index.add(np.arange(len(vectors), dtype=np.int64), vectors)
        built = time.perf_counter() - started
        index_s, index_groups = timed(lambda: by_index(index, vectors, args.threshold, args.ef), args.repeats)
        brute_s, brute_groups = timed(lambda: by_brute_force(vectors, args.threshold), args.repeats)

    print(f"{args.photos} embeddings of {args.dim} dimensions, {len(planted)} planted clusters of near copies, threshold {args.threshold}")
    print(f"index built once in {built:.1f} s (not timed below: the library keeps its index)")
    print(f"index (k={DEFAULT_NEIGHBOURS}, ef={args.ef}): {index_s:.2f} s   median of {args.repeats}")
    print(f"brute force (all pairs):  {brute_s:.2f} s   median of {args.repeats}")
    print(f"brute force / index: {brute_s / index_s:.1f}x")
    print(f"groups: index {len(index_groups)}, brute force {len(brute_groups)}, planted {len(planted)}; "
          f"index == brute force: {index_groups == brute_groups}; brute force == planted: {brute_groups == sorted(planted, key=min)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
