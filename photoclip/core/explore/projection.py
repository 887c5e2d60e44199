"""Placing embeddings in 2-D: PCA at once, t-SNE (openTSNE) in the background, new photos beside their neighbours.

PCA is a few matrix products over the embeddings, so a map can be shown as
soon as they are read; it keeps the broad directions but squeezes
neighbourhoods together. t-SNE keeps neighbourhoods (similar photos sit
together), at the cost of minutes for a large library: the 50 leading PCA
components go in (what openTSNE's and umap's guides advise for speed), the
first two give its starting positions, and its seeds are fixed, so the same
embeddings give the same map. openTSNE is imported only here, when a map is
computed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: Components kept for the neighbour search and t-SNE.
FEATURE_DIMS = 50

#: t-SNE's perplexity (about the number of neighbours each photo attends to); openTSNE's default.
PERPLEXITY = 30.0

#: Iterations of the early exaggeration phase, then of the free phase (openTSNE's defaults).
EXAGGERATION_ITERATIONS = 250
FREE_ITERATIONS = 500

#: Below this many photos a map stays a PCA one: t-SNE needs a few neighbours per photo.
MIN_TSNE_PHOTOS = 8

#: How often (in iterations) t-SNE reports progress and looks at its cancel event.
REPORT_EVERY = 10

SEED = 0

#: How steeply a new photo's neighbours count less as they are less like it (see :func:`place_near`).
PLACE_SHARPNESS = 100.0


@dataclass(frozen=True, eq=False)
class Principal:
    """The leading principal components of a set of embeddings.

    Attributes:
        mean: ``(D,)`` the embeddings' mean.
        axes: ``(k, D)`` the components, largest variance first, each signed so its largest entry is positive.
        coords: ``(N, k)`` the embeddings' coordinates on them.
    """

    mean: np.ndarray
    axes: np.ndarray
    coords: np.ndarray


def principal_components(vectors: np.ndarray, dims: int = FEATURE_DIMS) -> Principal:
    """PCA by the eigenvectors of the covariance matrix (``D x D``: cheap for CLIP's 512 or 768 dimensions).

    Args:
        vectors: ``(N, D)`` embeddings, ``N >= 1``.
        dims: Components to keep (fewer when ``D`` or ``N`` is smaller).

    Returns:
        The mean, the axes and the coordinates.
    """
    x = np.asarray(vectors, dtype=np.float32)
    mean = x.mean(axis=0)
    centred = x - mean
    # float64 for the eigen-decomposition: the same input gives the same axes, to the last bit, run after run.
    cov = centred.T.astype(np.float64) @ centred.astype(np.float64)
    values, vecs = np.linalg.eigh(cov)
    k = max(1, min(dims, x.shape[1], x.shape[0]))
    axes = vecs[:, ::-1][:, :k].T
    # An eigenvector's sign is arbitrary: fix it so a map never flips between two runs.
    signs = np.sign(axes[np.arange(k), np.argmax(np.abs(axes), axis=1)])
    axes = (axes * signs[:, None]).astype(np.float32)
    coords = centred @ axes.T
    if coords.shape[1] < 2:
        coords = np.hstack([coords, np.zeros((coords.shape[0], 2 - coords.shape[1]), dtype=np.float32)])
    return Principal(mean, axes, coords.astype(np.float32))


def unit_square(xy: np.ndarray) -> np.ndarray:
    """Scale and move 2-D points into ``[0, 1]``, keeping their proportions (centred on the shorter side).

    Args:
        xy: ``(N, 2)`` points.

    Returns:
        ``(N, 2)`` float32 points in the unit square.
    """
    xy = np.asarray(xy, dtype=np.float64)
    if len(xy) == 0:
        return np.zeros((0, 2), dtype=np.float32)
    low, high = xy.min(axis=0), xy.max(axis=0)
    span = float((high - low).max())
    if span <= 0:
        return np.full(xy.shape, 0.5, dtype=np.float32)
    out = (xy - low) / span
    out += (1.0 - (high - low) / span) / 2
    return out.astype(np.float32)


def tsne(
    features: np.ndarray,
    start: np.ndarray,
    cancel: threading.Event,
    progress: Callable[[int, int], None] | None = None,
    n_jobs: int = 2,
) -> np.ndarray | None:
    """t-SNE of ``features`` with openTSNE: neighbours by Annoy, gradients by FFT interpolation (Barnes-Hut when small).

    Args:
        features: ``(N, d)`` float32, e.g. the leading principal components.
        start: ``(N, 2)`` starting positions (the PCA layout), rescaled as openTSNE wants them.
        cancel: Looked at every :data:`REPORT_EVERY` iterations.
        progress: Called with ``(iterations done, iterations in all)``.
        n_jobs: Threads for the neighbour search and the gradients.

    Returns:
        ``(N, 2)`` float32 positions, or None when cancelled.
    """
    import openTSNE  # lazy: scipy and scikit-learn come with it, and only a map computation needs them
    from openTSNE.initialization import rescale

    n = len(features)
    total = EXAGGERATION_ITERATIONS + FREE_ITERATIONS
    perplexity = min(PERPLEXITY, max(1.0, (n - 1) / 3.0))
    affinities = openTSNE.affinity.PerplexityBasedNN(
        np.ascontiguousarray(features, dtype=np.float64),
        perplexity=perplexity,
        method="annoy",
        n_jobs=n_jobs,
        random_state=SEED,
    )
    if cancel.is_set():
        return None
    done = 0

    def report(iteration: int, _error: float, _embedding: np.ndarray) -> bool:
        if progress is not None:
            progress(done + iteration, total)
        return cancel.is_set()  # True stops the optimisation

    gradient = "fft" if n >= 10_000 else "bh"
    embedding = openTSNE.TSNEEmbedding(
        rescale(np.asarray(start, dtype=np.float64)),
        affinities,
        n_jobs=n_jobs,
        random_state=SEED,
        negative_gradient_method=gradient,
        callbacks=report,
        callbacks_every_iters=REPORT_EVERY,
    )
    try:
        embedding = embedding.optimize(EXAGGERATION_ITERATIONS, exaggeration=12, learning_rate="auto", propagate_exception=True)
        done = EXAGGERATION_ITERATIONS
        embedding = embedding.optimize(FREE_ITERATIONS, learning_rate="auto", propagate_exception=True)
    except openTSNE.tsne.OptimizationInterrupt:
        return None
    return np.asarray(embedding, dtype=np.float32)


def place_near(
    known_ids: np.ndarray, known_xy: np.ndarray, neighbour_ids: np.ndarray, neighbour_scores: np.ndarray, keep: int = 5
) -> np.ndarray:
    """Positions for new photos: the mean of their nearest known neighbours' positions, weighted by likeness.

    Weights fall steeply with the cosine (``exp(PLACE_SHARPNESS * (cos - best))``),
    so a near copy lands on its original and a photo between two groups lands between them.

    Args:
        known_ids: ``(N,)`` sorted ids of the photos already on the map.
        known_xy: ``(N, 2)`` their positions.
        neighbour_ids: ``(M, k)`` each new photo's nearest photos, best first (new ones among them are skipped).
        neighbour_scores: ``(M, k)`` their cosines.
        keep: At most this many known neighbours count.

    Returns:
        ``(M, 2)`` float32 positions; a photo with no known neighbour goes to the map's centre of mass.
    """
    out = np.empty((len(neighbour_ids), 2), dtype=np.float32)
    centre = known_xy.mean(axis=0) if len(known_xy) else np.full(2, 0.5, dtype=np.float32)
    for row in range(len(neighbour_ids)):
        ids = neighbour_ids[row]
        at = np.searchsorted(known_ids, ids).clip(0, max(len(known_ids) - 1, 0))
        known = (known_ids[at] == ids) if len(known_ids) else np.zeros(len(ids), dtype=bool)
        at, cos = at[known][:keep], neighbour_scores[row][known][:keep].astype(np.float64)
        weights = np.exp(PLACE_SHARPNESS * (cos - cos.max())) if len(cos) else cos
        out[row] = (known_xy[at] * weights[:, None]).sum(axis=0) / weights.sum() if len(at) else centre
    return out
