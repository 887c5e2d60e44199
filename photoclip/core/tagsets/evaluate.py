"""How well a tag set files labelled photos: precision, recall and average precision per tag.

The labels are a ``file,categories`` CSV (``coco-mini/labels.csv`` is one);
each photo's embedding comes from the catalog when the photo is in the
library, else it is decoded and encoded with the serving model.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from photoclip.core.imaging import ImageDecodeError, load_for_model
from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets.definition import DEFAULT_LOGIT_SCALE, TagSet
from photoclip.core.tagsets.files import builtin_tagsets
from photoclip.core.tagsets.scoring import LazyEncoder, choose_tags, logit_scale, score_photos, tag_vectors
from photoclip.errors import PhotoclipError
from photoclip.settings import Settings


@dataclass(frozen=True)
class TagEval:
    """Precision and recall of one tag against ground-truth labels."""

    label: str
    support: int  # photos that truly have it
    predicted: int  # photos it was given to
    true_positives: int
    precision: float | None  # None when it was given to no photo
    recall: float | None  # None when no photo truly has it
    average_precision: float | None  # threshold-free ranking quality


@dataclass(frozen=True)
class EvalReport:
    """How a tag set scores against labelled photos (e.g. COCO categories)."""

    tagset: str
    model: str
    photos: int
    missing: tuple[str, ...]  # labelled files that are absent or unreadable
    tags: tuple[TagEval, ...]
    micro_precision: float | None
    micro_recall: float | None
    macro_precision: float | None
    macro_recall: float | None
    mean_average_precision: float | None


def evaluate_tagset(
    catalog: Catalog,
    encoder: LazyEncoder,
    model: str,
    settings: Settings | None,
    labels_csv: str | Path,
    images_root: str | Path | None = None,
    tagset: TagSet | None = None,
) -> EvalReport:
    """Precision and recall per tag against labelled photos (COCO: ``coco-mini/labels.csv``).

    Each labelled file's embedding comes from the catalog when the photo is
    in the library, else it is decoded and encoded with the serving model.
    Ground-truth categories are matched to tag labels case-insensitively.

    Args:
        catalog: The library catalog.
        encoder: The serving model, loaded only when a photo must be encoded.
        model: The serving model's name (whose stored embeddings are used).
        settings: Decode settings for photos not in the library (default settings when None).
        labels_csv: ``file,categories`` with ``;``-separated categories.
        images_root: Where ``file`` paths are relative to (default: the CSV's folder).
        tagset: The set to score (default: the built-in ``coco`` set).

    Returns:
        Per-tag and overall precision, recall and average precision.

    Raises:
        PhotoclipError: The CSV cannot be read or has no usable rows.
    """
    labels_csv = Path(labels_csv).expanduser()
    root = Path(images_root).expanduser() if images_root else labels_csv.parent
    if tagset is None:
        tagset = builtin_tagsets()["coco"]
    try:
        with labels_csv.open(newline="", encoding="utf-8") as f:
            rows = [(r["file"], r.get("categories") or "") for r in csv.DictReader(f)]
    except (OSError, KeyError, csv.Error) as exc:
        raise PhotoclipError(f"Cannot read {labels_csv} as file,categories CSV: {exc}.") from None
    if not rows:
        raise PhotoclipError(f"{labels_csv} has no labelled photos.")
    vectors_by_file, missing = _vectors([(root / f) for f, _ in rows], catalog, model, encoder, settings or Settings())
    kept = [(f, cats) for f, cats in rows if str(root / f) in vectors_by_file]
    if not kept:
        raise PhotoclipError(f"None of the photos listed in {labels_csv} could be read.", hint=f"Check that they are below {root}.")
    photo_vecs = np.stack([vectors_by_file[str(root / f)] for f, _ in kept])
    truth = np.zeros((len(kept), len(tagset.tags)), dtype=bool)
    column = {t.label.casefold(): k for k, t in enumerate(tagset.tags)}
    for row, (_f, cats) in enumerate(kept):
        for cat in cats.split(";"):
            k = column.get(cat.strip().casefold())
            if k is not None:
                truth[row, k] = True
    tvecs = tag_vectors(catalog, encoder, tagset, model)
    scale = logit_scale(catalog, encoder, model) if tagset.exclusive else DEFAULT_LOGIT_SCALE
    cos, scores = score_photos(photo_vecs, tvecs, tagset.mode, scale)
    thresholds = np.array([tagset.base_threshold(t) for t in tagset.tags], dtype=np.float32)
    predicted = choose_tags(cos, scores, thresholds, tagset.mode, tagset.min_cosine)
    return _report(tagset, model, truth, predicted, scores, tuple(missing))


def _vectors(
    files: Sequence[Path], catalog: Catalog, model: str, encoder: LazyEncoder, settings: Settings
) -> tuple[dict[str, np.ndarray], list[str]]:
    """Each file's embedding (from the catalog, else encoded now) by path, and the files that could not be read."""

    out: dict[str, np.ndarray] = {}
    todo: list[Path] = []
    by_id: dict[int, str] = {}
    for file in files:
        record = catalog.photo_by_path(str(file.resolve()))
        if record is not None:
            by_id[record.id] = str(file)
        else:
            todo.append(file)
    if by_id:
        ids, vecs = catalog.embeddings_for(model, list(by_id))
        for pid, vec in zip(ids.tolist(), vecs):
            out[by_id[pid]] = vec
        todo += [Path(by_id[pid]) for pid in by_id if by_id[pid] not in out]
    missing: list[str] = []
    if todo:
        embedder: Any = encoder.embedder
        cfg = embedder.preprocess_config
        batch: list[tuple[str, np.ndarray]] = []

        def flush() -> None:
            _features, embeddings = embedder.encode_images(np.stack([p for _, p in batch]))
            for (name, _), vec in zip(batch, embeddings):
                out[name] = np.asarray(vec, dtype=np.float32)
            batch.clear()

        for file in todo:
            try:
                pixels, _info = load_for_model(file, cfg, draft=settings.draft_decode, max_pixels=settings.max_pixels)
            except ImageDecodeError:
                missing.append(str(file))
                continue
            batch.append((str(file), pixels))
            if len(batch) >= max(1, int(embedder.batch_size)):
                flush()
        if batch:
            flush()
    return out, missing


def _report(tagset: TagSet, model: str, truth: np.ndarray, predicted: np.ndarray, scores: np.ndarray, missing: tuple[str, ...]) -> EvalReport:
    per_tag: list[TagEval] = []
    for k, tag in enumerate(tagset.tags):
        t, p = truth[:, k], predicted[:, k]
        tp = int((t & p).sum())
        support, given = int(t.sum()), int(p.sum())
        per_tag.append(
            TagEval(
                label=tag.label,
                support=support,
                predicted=given,
                true_positives=tp,
                precision=tp / given if given else None,
                recall=tp / support if support else None,
                average_precision=_average_precision(scores[:, k], t) if support else None,
            )
        )
    tp_all = int((truth & predicted).sum())
    given_all, support_all = int(predicted.sum()), int(truth.sum())
    precisions = [e.precision for e in per_tag if e.precision is not None]
    recalls = [e.recall for e in per_tag if e.recall is not None]
    aps = [e.average_precision for e in per_tag if e.average_precision is not None]
    return EvalReport(
        tagset=tagset.name,
        model=model,
        photos=int(truth.shape[0]),
        missing=missing,
        tags=tuple(per_tag),
        micro_precision=tp_all / given_all if given_all else None,
        micro_recall=tp_all / support_all if support_all else None,
        macro_precision=float(np.mean(precisions)) if precisions else None,
        macro_recall=float(np.mean(recalls)) if recalls else None,
        mean_average_precision=float(np.mean(aps)) if aps else None,
    )


def _average_precision(scores: np.ndarray, truth: np.ndarray) -> float:
    """Average precision of a ranking: the mean of the precision at each true photo's rank."""
    order = np.argsort(-scores, kind="stable")
    hits = truth[order]
    ranks = np.flatnonzero(hits) + 1
    return float(np.mean(np.arange(1, len(ranks) + 1) / ranks)) if len(ranks) else 0.0
