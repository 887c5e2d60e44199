"""``photoclip personalize bench``: what personalisation achieves, and what it costs, on captioned photos.

On a folder laid out like ``../shared/data/flickr8k-1k`` (``images/`` plus
``captions.csv`` with ``image,caption`` rows), in a scratch library:

1. index the photos with the model (this measures the real pipeline's
   photos/s: decode plus encode);
2. import the captions and split the photos, seeded, 80/20 (every caption of
   a photo goes with it: 800 photos to train on and 200 held out for 1000);
3. train the projection heads and report held-out text-to-image recall@1/5/10
   before and after, the time spent encoding captions and training;
4. apply the result to the library (re-project, rebuild the index), check
   that reverting gives back exactly the original rankings;
5. apply the same heads to a synthetic library of ``--synthetic`` photos
   (random features of the model's width) and compare the time with the
   estimated time to encode that many photos again at the measured rate.

Figures about absolute recall mean little with random weights; what the
benchmark shows is the pipeline: that training moves held-out recall from its
own starting point, how long each step takes, and how far re-projection is
from re-encoding.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from photoclip.core.captions import caption_pairs
from photoclip.core.personalize.profiles import identity
from photoclip.core.personalize.records import TrainingConfig
from photoclip.core.personalize.training import split_by_photo
from photoclip.errors import PhotoclipError

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "flickr8k-1k"
RATE_SAMPLE = 128  # photos encoded again to measure photos/s when the library was already indexed


def log_to_stderr(message: str) -> None:
    import sys

    print(message, file=sys.stderr, flush=True)


def random_weights(arch: str, folder: Path, seed: int = 0) -> Path:
    """Seeded random weights of an open_clip architecture, as a safetensors file (the real compute, no download)."""
    import open_clip
    import torch
    from safetensors.torch import save_file

    torch.manual_seed(seed)
    model = open_clip.create_model(arch)
    path = folder / f"random-{arch}.safetensors"
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(path))
    return path


def run(
    data_dir: str | Path = DEFAULT_DATA,
    *,
    home: str | Path | None = None,
    model: str = "test-tiny",
    random_arch: str | None = None,
    config: TrainingConfig | None = None,
    photos: int | None = None,
    synthetic: int = 100_000,
    log: Callable[[str], None] = log_to_stderr,
) -> dict[str, Any]:
    """Run the benchmark and return its figures (see the module docstring).

    Args:
        data_dir: Folder with ``images/`` and ``captions.csv``.
        home: Scratch library to use and keep (its embeddings are reused by
            the next run); default: a temporary one, deleted afterwards.
        model: Registry name of the model (in ``home``).
        random_arch: Instead of ``model``, seeded random weights of this
            open_clip architecture (``ViT-B-32``), imported as ``random-<arch>``.
        config: Training settings.
        photos: Use only the first N photos (by file name) of the data.
        synthetic: Size of the synthetic library for the re-projection timing (0: skip).
        log: Progress lines.

    Raises:
        PhotoclipError: Missing data, or ``home`` is a library of other photos.
    """
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths

    data_dir = Path(data_dir).expanduser().resolve()
    images, captions_csv = data_dir / "images", data_dir / "captions.csv"
    if not images.is_dir() or not captions_csv.is_file():
        raise PhotoclipError(f"{data_dir} does not hold images/ and captions.csv.", hint=f"Point it at {DEFAULT_DATA}.")
    scratch = Path(tempfile.mkdtemp(prefix="photoclip-personalize-bench-"))
    root = Path(home).expanduser().resolve() if home is not None else scratch / "home"
    config = config or TrainingConfig()
    report: dict[str, Any] = {"data": str(data_dir)}
    try:
        lib = Library(LibraryPaths.at(root))
        try:
            others = [f.path for f in lib.folders() if Path(f.path) != images]
            if others:
                raise PhotoclipError(
                    f"{root} is a library of other photos ({others[0]}); the benchmark needs a scratch --home."
                )
            if random_arch:
                model = f"random-{random_arch.lower()}"
                if model not in {m.name for m in lib.models()}:
                    lib.import_model(random_weights(random_arch, scratch), random_arch, model)
            spec = lib.use_model(model)
            lib.add_folder(images)
            report["model"] = spec.name
            report.update(_index(lib, log))
            chosen = _choose_photos(lib, images, captions_csv, photos, scratch, log)
            report["photos"] = len(chosen)
            report.update(_train_and_apply(lib, chosen, config, log))
            heads = lib.embedder(spec).heads()  # type: ignore[attr-defined]  # a ClipEmbedder, typed by Library as the Embedder protocol
            trained = report.pop("_heads")
        finally:
            lib.close()
        if synthetic > 0:
            report["synthetic"] = _synthetic(spec.name, root, scratch, heads[0], trained, synthetic, log)
            rate = report["index"]["photos_per_s"]
            estimate = synthetic / rate if rate > 0 else None
            report["synthetic"]["reencode_estimate_s"] = round(estimate, 1) if estimate else None
            report["synthetic"]["speedup"] = round(estimate / report["synthetic"]["total_s"], 1) if estimate else None
        return report
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _index(lib: Any, log: Callable[[str], None]) -> dict[str, Any]:
    """Index the photos; photos/s from this run, or from a re-encoded sample if it had nothing to do."""
    from photoclip.core.indexing.pipeline import embed_photos
    from photoclip.core.storage.vectors import VectorIndex

    log(f"Indexing with {lib.chosen_model().name}...")
    lib.embedder(lib.chosen_model()).load()  # load time is not encode time
    summary = None
    for event in lib.index():
        summary = event.summary or summary
    assert summary is not None
    embedded, seconds = summary.embedded, summary.embed_seconds
    if embedded < RATE_SAMPLE:
        # Already indexed (a kept --home): encode a sample again through the same pipeline.
        spec = lib.chosen_model()
        sample = sorted(lib.catalog.photos_by_ids(lib.catalog.filtered_photo_ids()).values(), key=lambda r: r.id)[:RATE_SAMPLE]
        with tempfile.TemporaryDirectory() as tmp:
            throwaway = VectorIndex(Path(tmp), spec.name, spec.embed_dim)
            started = time.monotonic()
            for _event in embed_photos(lib.catalog, throwaway, lib.embedder(spec), lib.settings, sample):
                pass
            embedded, seconds = len(sample), time.monotonic() - started
    rate = embedded / seconds if seconds > 0 else 0.0
    log(f"  {summary.embedded} photos embedded now; encode rate {rate:.1f} photos/s (measured on {embedded})")
    return {"index": {"embedded_now": summary.embedded, "photos_per_s": round(rate, 2), "measured_on": embedded}}


def _choose_photos(
    lib: Any, images: Path, captions_csv: Path, limit: int | None, scratch: Path, log: Callable[[str], None]
) -> list[int]:
    """Import the captions of the photos (the first ``limit`` by file name, if given); returns their ids."""
    with open(captions_csv, newline="", encoding="utf-8-sig") as f:
        rows = [r for r in csv.reader(f) if r]
    names = sorted({r[0] for r in rows[1:]})[:limit]
    csv_file = captions_csv
    if limit is not None:
        keep = set(names)
        csv_file = scratch / "captions.csv"
        with open(csv_file, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([rows[0]] + [r for r in rows[1:] if r[0] in keep])
    report = lib.import_captions(csv_file, base=images)
    log(f"Captions: {report.added} new, {report.duplicates} already there, {len(report.skipped)} rows skipped")
    records = (lib.catalog.photo_by_path(str(images / name)) for name in names)
    return sorted(r.id for r in records if r is not None)


def _train_and_apply(
    lib: Any, photo_ids: list[int], config: TrainingConfig, log: Callable[[str], None]
) -> dict[str, Any]:
    split = split_by_photo(photo_ids, config.holdout, config.seed)
    log(f"Training on {len(split[0])} photos, holding out {len(split[1])}...")
    started = time.monotonic()
    text_done: float | None = None
    result = None
    for event in lib.personalize(config, split=split):
        if event.phase == "train" and text_done is None:
            text_done = time.monotonic()
        if event.phase == "train":
            loss = f"loss {event.loss:.4f}" if event.loss is not None else ""
            log(f"  epoch {event.epoch:>2}  {loss}  held-out {event.recall}")
        result = event.result or result
    assert result is not None and text_done is not None
    finished = time.monotonic()
    out: dict[str, Any] = {
        "split": {"train_photos": result.train_photos, "heldout_photos": result.heldout_photos,
                  "train_captions": result.train_captions, "heldout_captions": result.heldout_captions},
        "before": result.before.as_dict(),
        "after": result.after.as_dict(),
        "improved": result.improved,
        "best_epoch": result.best_epoch,
        "epochs_run": result.epochs_run,
        "losses": [round(x, 4) for x in result.losses],
        "text_features_s": round(text_done - started, 2),
        "train_s": round(finished - text_done, 2),
        "_heads": (result.image_head, result.text_head),
    }
    log(f"Held-out recall before: {result.before}; after: {result.after}")
    if not result.improved:
        out["applied"] = False
        return out
    pairs = caption_pairs(lib.catalog)
    queries = [text for _, text in pairs[:: max(1, len(pairs) // 5)][:5]]
    original = [[(h.photo_id, h.score) for h in lib.search(q, k=10)] for q in queries]
    t0 = time.monotonic()
    lib.apply_personalization(result)
    out["apply_s"] = round(time.monotonic() - t0, 3)
    changed = [[(h.photo_id, h.score) for h in lib.search(q, k=10)] for q in queries] != original
    t0 = time.monotonic()
    lib.revert_personalization()
    out["revert_s"] = round(time.monotonic() - t0, 3)
    out["applied"] = True
    out["results_changed"] = changed
    out["revert_exact"] = [[(h.photo_id, h.score) for h in lib.search(q, k=10)] for q in queries] == original
    return out


def _synthetic(
    model: str,
    home: Path,
    scratch: Path,
    original_head: np.ndarray,
    heads: tuple[np.ndarray, np.ndarray],
    n: int,
    log: Callable[[str], None],
) -> dict[str, Any]:
    """Apply trained ``heads`` to a library of ``n`` photos with random stored features; time projection and index build."""
    from benchmarks.bench import _fill_catalog
    from photoclip.core.library import Library
    from photoclip.core.storage.catalog import project_features
    from photoclip.paths import LibraryPaths

    log(f"Synthetic library of {n} photos...")
    synthetic_home = scratch / "synthetic"
    synthetic_home.mkdir()
    (synthetic_home / "models").symlink_to(home / "models", target_is_directory=True)
    features = np.random.default_rng(0).standard_normal((n, original_head.shape[0])).astype(np.float32)
    with Library(LibraryPaths.at(synthetic_home)) as lib:
        lib.use_model(model)
        _fill_catalog(lib, model, n, project_features(features, original_head), features, scratch / "synthetic-photos")
        del features
        name = lib.profile_store().save_heads(*heads, {"kind": "benchmark"})
        projected_at: list[float] = []

        def progress(done: int, total: int) -> None:
            if 2 * done >= total and not projected_at:  # each photo counts twice: projected, then indexed
                projected_at.append(time.monotonic())

        t0 = time.monotonic()
        lib.use_profile(name, progress)
        total = time.monotonic() - t0
        assert lib.catalog.embedding_count(identity(model, name)) == n
    project_s = projected_at[0] - t0 if projected_at else total
    log(f"  re-project + store {project_s:.1f} s, index build {total - project_s:.1f} s, total {total:.1f} s")
    return {
        "photos": n,
        "feature_dim": int(heads[0].shape[0]),
        "embed_dim": int(heads[0].shape[1]),
        "reproject_store_s": round(project_s, 2),
        "index_build_s": round(total - project_s, 2),
        "total_s": round(total, 2),
    }


def format_report(r: dict[str, Any]) -> str:
    """The figures as a short text table."""

    def rec(d: dict[str, float]) -> str:
        return f"R@1 {d['r1']:.1%}  R@5 {d['r5']:.1%}  R@10 {d['r10']:.1%}"

    s = r["split"]
    lines = [
        f"Personalisation benchmark: {r['model']} on {r['photos']} photos of {r['data']}",
        f"  split by photo: {s['train_photos']} train ({s['train_captions']} captions), "
        f"{s['heldout_photos']} held out ({s['heldout_captions']} captions)",
        f"  held-out text->image recall before: {rec(r['before'])}",
        f"  held-out text->image recall after:  {rec(r['after'])}  (best epoch {r['best_epoch']} of {r['epochs_run']})",
        f"  caption text features {r['text_features_s']:.1f} s, training {r['train_s']:.1f} s",
        f"  encode rate {r['index']['photos_per_s']:.1f} photos/s",
    ]
    if r.get("applied"):
        lines.append(
            f"  apply to {r['photos']} photos {r['apply_s']:.2f} s (results changed: {r['results_changed']}); "
            f"revert {r['revert_s']:.2f} s (exact original rankings: {r['revert_exact']})"
        )
    else:
        lines.append("  not applied: held-out recall did not improve")
    syn = r.get("synthetic")
    if syn:
        estimate = syn["reencode_estimate_s"]
        lines.append(
            f"  {syn['photos']} stored photos ({syn['feature_dim']}->{syn['embed_dim']}): re-project + store "
            f"{syn['reproject_store_s']:.1f} s, index build {syn['index_build_s']:.1f} s, total {syn['total_s']:.1f} s"
        )
        if estimate:
            lines.append(
                f"  vs encoding them again at {r['index']['photos_per_s']:.1f} photos/s: ~{estimate:.0f} s "
                f"({estimate / 3600:.1f} h), {syn['speedup']:.0f}x slower"
            )
    return "\n".join(lines)
