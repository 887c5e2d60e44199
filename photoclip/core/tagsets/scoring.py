"""Scoring: prompt ensembles, cosine and softmax scores, which tags a photo gets, and how feedback moves thresholds.

Manual feedback
    The catalog keeps one row per (photo, tag) with ``source`` ``auto`` or
    ``manual``. A manual row (confirmed or rejected) is never rewritten by a
    run. In an exclusive set a confirmed tag also keeps every other tag of the
    set off that photo, and a rejected tag is skipped when the best tag is
    chosen (the next best may win if it reaches its own threshold).

    Feedback moves thresholds by one rule, :func:`learned_threshold`: when
    the confirmed and rejected scores disagree with the tag's threshold (a
    confirmed photo scores below it, or a rejected one at or above it), the
    threshold moves to the midpoint between the lowest confirmed score and
    the highest rejected score; when only one side has examples, the set's
    threshold stands in for the other side. It is always computed from the
    set's threshold and the current scores, so it never drifts and it follows
    a model change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets import store
from photoclip.core.tagsets.definition import DEFAULT_LOGIT_SCALE, MODE_EXCLUSIVE, MODE_MULTI, TagSet, TagSetMode

TEXT_BATCH = 256  # prompts per text-encoder call


class PromptEncoder(Protocol):
    """What tag sets need from a model: its identity and a text encoder (``ClipEmbedder`` fits).

    A ``logit_scale`` attribute is used when present (else :data:`DEFAULT_LOGIT_SCALE`).
    """

    model_name: str

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray: ...



class LazyEncoder:
    """Stands in for the serving embedder, fetching (and so loading) it only when prompts must be encoded.

    Args:
        factory: Returns the serving embedder (loading the model).
        model_name: Its name, known without loading it.
    """

    def __init__(self, factory: Callable[[], PromptEncoder], model_name: str) -> None:
        self._factory = factory
        self.model_name = model_name
        self._embedder: PromptEncoder | None = None

    @property
    def embedder(self) -> PromptEncoder:
        """The serving embedder, fetched (and so loaded) on first use."""
        if self._embedder is None:
            self._embedder = self._factory()
        return self._embedder

    @property
    def logit_scale(self) -> float | None:
        """The embedder's logit scale, when it has one."""
        value = getattr(self.embedder, "logit_scale", None)
        return float(value) if value is not None else None

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Encode texts with the serving embedder (loading it first)."""
        return self.embedder.encode_texts(texts)

def ensemble(prompt_embeddings: np.ndarray) -> np.ndarray:
    """One tag vector from its prompts' embeddings: the mean of the normalised rows, normalised."""
    rows = np.asarray(prompt_embeddings, dtype=np.float32)
    rows = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    mean = rows.mean(axis=0)
    return (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, numerically stable."""
    z = logits - logits.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def score_photos(photo_vectors: np.ndarray, tag_vectors: np.ndarray, mode: TagSetMode, logit_scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Cosine similarities and scores of photos against a set's tags.

    Args:
        photo_vectors: ``(N, D)`` normalised photo embeddings.
        tag_vectors: ``(K, D)`` normalised tag vectors.
        mode: ``exclusive`` (scores are softmax probabilities at ``logit_scale``) or ``multi`` (scores are the cosines).

    Returns:
        ``(cosines, scores)``, both ``(N, K)`` float32.
    """
    cos = np.asarray(photo_vectors, dtype=np.float32) @ np.asarray(tag_vectors, dtype=np.float32).T
    if mode == MODE_EXCLUSIVE:
        return cos, softmax(cos * np.float32(logit_scale))
    return cos, cos


def choose_tags(
    cosines: np.ndarray,
    scores: np.ndarray,
    thresholds: np.ndarray,
    mode: TagSetMode,
    min_cosine: float | None = None,
    excluded: np.ndarray | None = None,
) -> np.ndarray:
    """Decide which tags each photo gets; a photo may get none.

    Args:
        cosines: ``(N, K)`` cosine similarities.
        scores: ``(N, K)`` scores (probabilities in exclusive mode, else the cosines).
        thresholds: ``(K,)`` the score each tag needs.
        mode: ``exclusive`` or ``multi``.
        min_cosine: Exclusive: the cosine the best tag needs too.
        excluded: ``(N, K)`` True where a tag may not be chosen (manually rejected).

    Returns:
        ``(N, K)`` booleans; in exclusive mode at most one True per row.
    """
    if mode == MODE_MULTI:
        chosen = scores >= thresholds[None, :]
        if excluded is not None:
            chosen &= ~excluded
        return chosen
    n = scores.shape[0]
    chosen = np.zeros(scores.shape, dtype=bool)
    if n == 0:
        return chosen
    masked = scores if excluded is None else np.where(excluded, -np.inf, scores)
    best = np.argmax(masked, axis=1)
    rows = np.arange(n)
    best_score = masked[rows, best]
    ok = best_score >= thresholds[best]
    if min_cosine is not None:
        ok &= cosines[rows, best] >= min_cosine
    chosen[rows[ok], best[ok]] = True
    return chosen


def learned_threshold(base: float, confirmed: Sequence[float], rejected: Sequence[float]) -> float:
    """Where manual feedback moves a tag's threshold (see the module docstring).

    Args:
        base: The set's (or the tag's own) threshold.
        confirmed: Current scores of the photos confirmed to have the tag.
        rejected: Current scores of the photos confirmed not to have it.

    Returns:
        ``base`` when the feedback agrees with it; otherwise the midpoint
        between the lowest confirmed and the highest rejected score, with
        ``base`` standing in for a side without examples.
    """
    lo = min(confirmed) if confirmed else None
    hi = max(rejected) if rejected else None
    disagrees = (lo is not None and lo < base) or (hi is not None and hi >= base)
    if not disagrees:
        return base
    return ((lo if lo is not None else base) + (hi if hi is not None else base)) / 2.0


def tag_vectors(catalog: Catalog, encoder: PromptEncoder, tagset: TagSet, model: str | None = None) -> np.ndarray:
    """The ``(K, D)`` prompt-ensemble vectors of a set's tags, from the cache or the text encoder.

    Args:
        catalog: The library catalog (the cache; written unless read-only).
        encoder: The text side of the model (only called for prompts not cached yet).
        tagset: The set.
        model: Whose ensembles (default: ``encoder.model_name``).

    Returns:
        One normalised float32 row per tag, in the set's order.
    """
    model = model or encoder.model_name
    keys = [tagset.cache_key(t) for t in tagset.tags]
    cached = store.cached_prompt_vectors(catalog, model, keys)
    missing = [i for i, key in enumerate(keys) if key not in cached]
    if missing:
        prompts = [tagset.prompts_for(tagset.tags[i]) for i in missing]
        flat = [p for group in prompts for p in group]
        encoded = np.concatenate(
            [np.asarray(encoder.encode_texts(flat[s : s + TEXT_BATCH]), dtype=np.float32) for s in range(0, len(flat), TEXT_BATCH)]
        )
        fresh: list[tuple[str, np.ndarray]] = []
        start = 0
        for i, group in zip(missing, prompts):
            vector = ensemble(encoded[start : start + len(group)])
            start += len(group)
            cached[keys[i]] = vector
            fresh.append((keys[i], vector))
        if not catalog.read_only:
            store.store_prompt_vectors(catalog, model, fresh)
    return np.stack([cached[k] for k in keys]).astype(np.float32)


def logit_scale(catalog: Catalog, encoder: PromptEncoder, model: str | None = None) -> float:
    """The model's logit scale, cached in the catalog so applying a set needs no model load.

    Args:
        catalog: The library catalog (the cache; written unless read-only).
        encoder: The model; its ``logit_scale`` attribute is read when there is one.
        model: Whose scale (default: ``encoder.model_name``).

    Returns:
        A positive, finite scale (:data:`DEFAULT_LOGIT_SCALE` when the model has none).
    """
    model = model or encoder.model_name
    key = store.logit_scale_key(model)
    stored = catalog.get_meta(key)
    if stored is not None:
        return float(stored)
    value = getattr(encoder, "logit_scale", None)
    scale = float(value) if isinstance(value, (int, float)) and math.isfinite(value) and value > 0 else DEFAULT_LOGIT_SCALE
    if not catalog.read_only:
        catalog.set_meta(key, repr(scale))
    return scale


def needs_prompts(catalog: Catalog, tagset: TagSet, model: str) -> bool:
    """Whether scoring ``tagset`` with ``model`` must run the text encoder (an ensemble or the logit scale is not cached)."""
    keys = sorted({tagset.cache_key(t) for t in tagset.tags})
    found = store.count_cached_prompts(catalog, model, keys)
    return found < len(keys) or (tagset.exclusive and catalog.get_meta(store.logit_scale_key(model)) is None)
