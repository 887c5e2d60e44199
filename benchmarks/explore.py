"""The map of a library: PCA and openTSNE's t-SNE on 100,000 synthetic embeddings, against exact t-SNE.

``python benchmarks/explore.py [--photos N] [--dim D] [--repeats R] [--exact N]``

The embeddings are ``photoclip bench``'s CLIP-like unit vectors (a shared
direction, one of 2000 cluster directions, noise). Each figure is the median
of ``--repeats`` runs in this one process:

- *PCA*: what a map shows at once (:func:`principal_components`, the first
  two components into the unit square);
- *t-SNE*: what the ``map`` job computes (:func:`projection.tsne` on the 50
  leading components: Annoy neighbours, FFT-accelerated gradients, 750
  iterations); the repeats are compared, since the same input must give the
  same map;
- *brute force*: exact t-SNE (scikit-learn's ``method="exact"``: affinities
  over all pairs, every pair's force at every iteration), which cannot run
  at 100,000 (its n x n matrices alone would take 80 GB), timed at
  ``--exact`` photos beside openTSNE at that size, and extrapolated with the
  square of the size, which is how its work grows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench import synthetic_vectors  # after sys.path is set
from photoclip.core.explore import projection  # after sys.path is set


def timed(run: Callable[[], Any], repeats: int, label: str) -> tuple[float, list[Any]]:
    """Median seconds of ``repeats`` runs, and every run's result (each time printed as it comes)."""
    seconds: list[float] = []
    results: list[Any] = []
    for i in range(repeats):
        started = time.perf_counter()
        results.append(run())
        seconds.append(time.perf_counter() - started)
        print(f"  {label} run {i + 1}: {seconds[-1]:.2f} s", flush=True)
    return statistics.median(seconds), results


def pca_map(vectors: np.ndarray) -> tuple[projection.Principal, np.ndarray]:
    principal = projection.principal_components(vectors)
    return principal, projection.unit_square(principal.coords[:, :2])


def tsne_map(principal: projection.Principal) -> np.ndarray:
    xy = projection.tsne(principal.coords, principal.coords[:, :2], threading.Event())
    assert xy is not None
    return xy


def exact_tsne(principal: projection.Principal) -> np.ndarray:
    from sklearn.manifold import TSNE

    start = principal.coords[:, :2] / np.std(principal.coords[:, 0]) * 1e-4
    return np.asarray(TSNE(method="exact", init=start, random_state=0, perplexity=projection.PERPLEXITY, max_iter=750).fit_transform(principal.coords))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=512, help="embedding size (512: ViT-B-32)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--exact", type=int, default=2_000, help="photos for the exact t-SNE (all pairs)")
    args = parser.parse_args(argv)

    vectors = synthetic_vectors(args.photos, args.dim)
    print(f"{args.photos} embeddings of {args.dim} dimensions, median of {args.repeats}", flush=True)
    pca_s, pcas = timed(lambda: pca_map(vectors), args.repeats, "PCA")
    principal = pcas[0][0]
    tsne_s, maps = timed(lambda: tsne_map(principal), args.repeats, "t-SNE")
    same = all(np.array_equal(maps[0], m) for m in maps[1:])

    small = projection.principal_components(vectors[: args.exact])
    small_s, _ = timed(lambda: tsne_map(small), args.repeats, f"t-SNE at {args.exact}")
    exact_s, _ = timed(lambda: exact_tsne(small), args.repeats, f"exact t-SNE at {args.exact}")
    exact_full = exact_s * (args.photos / args.exact) ** 2

    print(f"PCA (50 components, the first two as the map): {pca_s:.2f} s")
    print(f"t-SNE (openTSNE, Annoy neighbours, FFT gradients, 750 iterations): {tsne_s:.1f} s; the same map every run: {same}")
    print(f"at {args.exact} photos: openTSNE {small_s:.2f} s, exact t-SNE (all pairs) {exact_s:.2f} s ({exact_s / small_s:.0f}x)")
    print(f"exact t-SNE at {args.photos} extrapolated (x{(args.photos / args.exact) ** 2:.0f}, its work grows with the square): "
          f"{exact_full / 3600:.1f} h, {exact_full / tsne_s:.0f}x openTSNE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
