"""``photoclip bench``: speed and scale, measured against baselines and the ceiling.

One invocation runs every section and returns one result object (see
:func:`run_bench`); ``photoclip bench --json FILE`` writes it as JSON:

1. **index** -- photos/s of the full pipeline (``Library.index`` on a fresh
   home: scan, decode, encode, store, index) against the naive loop of CLIP's
   demo notebooks (``preprocess(Image.open(p))`` per photo, stack,
   ``encode_image``) and against the ceiling (``encode_image`` alone on
   ready-made tensors), all at the same batch size, on 12 MP JPEGs made at
   bench time from the real photos in ``../shared/data``.
2. **query** -- latency of the search step (``Searcher.vector`` and
   ``Searcher.similar``: nearest-neighbour search plus catalog look-ups; text
   encoding is timed apart) on synthetic CLIP-like vectors in a real catalog
   and index, against brute-force numpy over all vectors, with recall@10.
3. **rescan** -- ``Library.index`` over an unchanged library of tiny files.
4. **memory** -- peak RSS while indexing, idle RSS per 100k photos, each in a
   fresh subprocess.
5. **startup** -- seconds to the first paint of the desktop app
   (``photoclip gui --report-startup``), headless; null where it cannot start.
6. **reproject** -- switching to a personalisation profile
   (``Library.use_profile``): stored features through the new image head,
   stored, the profile's index built.
7. **search** -- start to first search result in the app, and
   ``photoclip search`` through the running app (its socket) and cold
   (``search_latency.py``).

Every figure is a median over repeats, measured in the same run as the figure
it is compared with. Nothing here is imported by the app itself.
"""

from __future__ import annotations

import dataclasses
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
PHOTO_SIZE = (4000, 3000)  # 12 MP, like a phone or camera photo
JPEG_QUALITY = 90
VECTOR_DIM = 512
FEATURE_DIM_VIT_B = 768  # ViT-B-32 pooled width (before the projection head)


@dataclass(frozen=True)
class BenchSizes:
    """How big each section is; the presets below are the only ones used."""

    name: str
    model: str  # "ViT-B-32" (random weights, real compute) or "test-tiny"
    index_photos: int
    batch_size: int
    repeats: int
    query_sizes: tuple[int, ...]
    queries: int  # per kind (text-like and similar-photo)
    rescan_files: int
    reproject_photos: int


PRESETS: dict[str, BenchSizes] = {
    # For the test suite: seconds, not minutes. Figures are meaningless.
    "smoke": BenchSizes("smoke", "test-tiny", 6, 4, 1, (400,), 10, 100, 300),
    "quick": BenchSizes("quick", "ViT-B-32", 48, 16, 3, (10_000, 50_000), 100, 10_000, 20_000),
    "full": BenchSizes("full", "ViT-B-32", 96, 32, 3, (10_000, 100_000, 1_000_000), 100, 100_000, 100_000),
}


# ---------------------------------------------------------------------- utils
def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def _pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q))


def _rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (``VmRSS``) or its peak (``VmHWM``) in MB, from /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    try:  # not Linux: ru_maxrss is the peak (KB on Linux, bytes on macOS)
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024.0 * 1024.0) if sys.platform == "darwin" else peak / 1024.0
    except Exception:  # no figure is better than a failed bench
        return float("nan")


def machine_description() -> str:
    """CPU model name and core count (from lscpu when there is one)."""
    model = platform.processor() or platform.machine()
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{model}, {cores} cores"


def synthetic_vectors(n: int, dim: int = VECTOR_DIM, seed: int = 0, clusters: int = 2000) -> np.ndarray:
    """CLIP-like unit vectors: a shared direction, a cluster direction and noise.

    Real CLIP image embeddings share a common component (random photos have
    cosine ~0.2-0.5) and form clusters of similar photos; uniform random
    vectors would be an unrealistically hard (and unrepresentative) case for
    a graph index. Deterministic for a given seed.
    """
    rng = np.random.default_rng(seed)
    common = rng.standard_normal(dim).astype(np.float32)
    common /= np.linalg.norm(common)
    centers = rng.standard_normal((clusters, dim)).astype(np.float32)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        m = min(100_000, n - start)
        pick = rng.integers(0, clusters, m)
        noise = rng.standard_normal((m, dim)).astype(np.float32) * np.float32(0.6 / np.sqrt(dim))
        v = 0.5 * common + 0.6 * centers[pick] + noise
        out[start : start + m] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


# -------------------------------------------------------------- test photos
def _source_photos(data_dir: Path | None) -> tuple[list[Path], str]:
    """Real photos to upscale, and a label saying where they came from."""
    data_dir = data_dir if data_dir is not None else DEFAULT_DATA
    found: list[Path] = []
    for sub in ("coco-mini", "flickr8k-1k", "skimage-clip8"):
        folder = data_dir / sub
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    if found:
        return found, f"real photos from {data_dir}"
    return [], f"SYNTHETIC photos (Pillow-generated): {data_dir} is absent"


def make_12mp_photos(dest: Path, count: int, data_dir: Path | None, size: tuple[int, int] = PHOTO_SIZE) -> str:
    """Write ``count`` JPEGs of ``size`` (quality 90) into ``dest``; returns where they came from.

    Real photos are upscaled (bicubic); without the shared data, smooth
    colour fields with noise stand in, and the label says so.
    """
    from PIL import Image

    dest.mkdir(parents=True, exist_ok=True)
    sources, label = _source_photos(data_dir)
    rng = np.random.default_rng(7)
    for i in range(count):
        if sources:
            with Image.open(sources[(i * 7919) % len(sources)]) as src:
                img = src.convert("RGB").resize(size, Image.Resampling.BICUBIC)
        else:
            w, h = 400, 300
            yy, xx = np.mgrid[0:h, 0:w]
            base = rng.uniform(0, 255, 3)
            slope = rng.uniform(-0.5, 0.5, (2, 3))
            arr = base + xx[..., None] * slope[0] + yy[..., None] * slope[1] + rng.normal(0, 20, (h, w, 3))
            img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)
        img.save(dest / f"photo_{i:04d}.jpg", quality=JPEG_QUALITY)
    return label


# --------------------------------------------------------- models and homes
class _Workspace:
    """Temporary library homes that share one model cache (the import happens once)."""

    def __init__(self, root: Path, sizes: BenchSizes) -> None:
        self.root = root
        self.sizes = sizes
        self.models_dir = root / "models"
        self._count = 0
        self.model_name = "test-tiny"

    def prepare_model(self) -> str:
        """Make the bench model available; returns its name in the registry."""
        from photoclip.core.models import ModelRegistry

        self.models_dir.mkdir(parents=True, exist_ok=True)  # every home links to it
        if self.sizes.model == "test-tiny":
            self.model_name = "test-tiny"
            return self.model_name
        import open_clip
        import torch
        from safetensors.torch import save_file

        # Random weights with the real architecture: the same compute as the
        # pretrained model, brought in through the real import and loader.
        torch.manual_seed(0)
        model = open_clip.create_model(self.sizes.model)
        state = {k: v.contiguous() for k, v in model.state_dict().items()}
        src = self.root / "random-weights.safetensors"
        save_file(state, str(src))
        del model, state
        name = "bench-" + self.sizes.model.lower()
        ModelRegistry(self.models_dir).import_weights(src, self.sizes.model, name)
        src.unlink()
        self.model_name = name
        return name

    def new_home(self, label: str) -> Path:
        self._count += 1
        home = self.root / f"home-{self._count:02d}-{label}"
        home.mkdir(parents=True)
        (home / "models").symlink_to(self.models_dir, target_is_directory=True)
        return home


def _open_library(home: Path, model: str, **settings: Any) -> Any:
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths
    from photoclip.settings import Settings

    lib = Library(LibraryPaths.at(home), Settings(**settings))
    lib.use_model(model)
    return lib


# -------------------------------------------------------- 1. index throughput
def _pipeline_once(home: Path, photos: Path, model: str, device: str, batch_size: int, **settings: Any) -> dict[str, float]:
    """One full ``Library.index`` of ``photos`` on a fresh home; the model is loaded before timing."""
    lib = _open_library(home, model, device=device, batch_size=batch_size, **settings)
    try:
        lib.add_folder(photos)
        spec = lib.chosen_model()
        lib.embedder(spec).load()  # the model load is not part of the throughput
        lib.vectors(spec)
        started = time.perf_counter()
        summary = None
        for event in lib.index():
            if event.summary is not None:
                summary = event.summary
        seconds = time.perf_counter() - started
    finally:
        lib.close()
    assert summary is not None and summary.embedded > 0 and not summary.failed, summary
    return {"photos": summary.embedded, "seconds": seconds, "pps": summary.embedded / seconds}


def _load_reference_model(ws: _Workspace, device: str) -> tuple[Any, Any]:
    """The whole open_clip model (projection included, fp32) and its own preprocess, via the real loader."""
    from photoclip.core.models import ModelRegistry, load_open_clip
    from photoclip.core.models.embedder import choose_device

    registry = ModelRegistry(ws.models_dir)
    spec = registry.get(ws.model_name)
    model, preprocess, _tok = load_open_clip(spec, registry.ensure_weights(spec), choose_device(device))
    return model, preprocess


def _pipeline_precision(ws: _Workspace, device: str) -> str:
    """The precision the app's embedder settles on here (``auto`` resolved, load-time check included)."""
    lib = _open_library(ws.new_home("precision"), ws.model_name, device=device)
    try:
        embedder = lib.embedder(lib.chosen_model())
        embedder.load()
        return str(getattr(embedder, "precision", "fp32"))
    finally:
        lib.close()


def _naive_once(model: Any, preprocess: Any, paths: list[Path], batch_size: int, device: str) -> float:
    """CLIP's demo-notebook loop: preprocess(Image.open(p)) per photo, stack, encode_image. Returns photos/s."""
    import torch
    from PIL import Image

    started = time.perf_counter()
    with torch.no_grad():
        for i in range(0, len(paths), batch_size):
            batch = torch.stack([preprocess(Image.open(p)) for p in paths[i : i + batch_size]]).to(device)
            model.encode_image(batch)
    _sync(device)
    return len(paths) / (time.perf_counter() - started)


def _ceiling_once(model: Any, tensors: Any, batch_size: int, device: str) -> float:
    """encode_image alone on ready-made tensors (in the model's dtype). Returns photos/s."""
    import torch

    started = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(tensors), batch_size):
            model.encode_image(tensors[i : i + batch_size])
    _sync(device)
    return len(tensors) / (time.perf_counter() - started)


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


def _decode_ms(cfg: Any, paths: list[Path]) -> float:
    """Median time of the app's decode-and-preprocess of one photo (default settings), on one thread."""
    from photoclip.core.imaging import load_for_model
    from photoclip.settings import Settings

    s = Settings()
    times = []
    for p in paths:
        t = time.perf_counter()
        load_for_model(p, cfg, draft=s.draft_decode, max_pixels=s.max_pixels)
        times.append(time.perf_counter() - t)
    return _median(times) * 1000


def _min_cosine(home_a: Path, home_b: Path, model: str) -> float:
    """Lowest cosine between the embeddings two index runs stored for the same photos."""
    from photoclip.core.storage.catalog import Catalog
    from photoclip.paths import LibraryPaths

    def load(home: Path) -> dict[str, np.ndarray]:
        catalog = Catalog(LibraryPaths.at(home).catalog, read_only=True)
        try:
            out: dict[str, np.ndarray] = {}
            for ids, vecs in catalog.iter_embeddings(model):
                records = catalog.photos_by_ids(ids.tolist())
                out.update((Path(records[int(pid)].path).name, vec) for pid, vec in zip(ids, vecs))
            return out
        finally:
            catalog.close()

    a, b = load(home_a), load(home_b)
    assert a.keys() == b.keys() and a, (len(a), len(b))
    return float(min(np.dot(a[k], b[k]) for k in a))


def bench_index(ws: _Workspace, photos: Path, device: str) -> dict[str, Any]:
    """Section 1: pipeline vs naive vs ceiling, interleaved repeats, medians.

    The pipeline runs with the app's default settings, so at the precision
    ``auto`` picks here. The ceiling is measured at that same precision (and
    at fp32 too); the naive loop is the demo notebooks' fp32. When the
    pipeline runs in bf16 an fp32 pipeline run is timed as well, and the
    lowest cosine between the two runs' stored embeddings is reported.
    """
    import copy

    import torch
    from PIL import Image

    from photoclip.core.imaging import PreprocessConfig
    from photoclip.core.models.embedder import choose_device, default_threads

    sizes = ws.sizes
    dev = choose_device(device)
    paths = sorted(photos.iterdir())
    precision = _pipeline_precision(ws, device)
    model, preprocess = _load_reference_model(ws, device)
    cfg = PreprocessConfig.from_open_clip(model)
    fast = copy.deepcopy(model).to(torch.bfloat16) if precision == "bf16" else model
    with torch.no_grad():
        ready = torch.stack([preprocess(Image.open(p)) for p in paths[: sizes.batch_size]])
    reps = (len(paths) + len(ready) - 1) // len(ready)
    tensors = ready.repeat(reps, 1, 1, 1)[: len(paths)].contiguous().to(dev)
    fast_tensors = tensors.to(torch.bfloat16) if precision == "bf16" else tensors
    for m, t in {id(model): (model, tensors), id(fast): (fast, fast_tensors)}.values():
        _ceiling_once(m, t[: sizes.batch_size], sizes.batch_size, dev)  # warm-up
    pipeline, naive, ceiling, ceiling32, pipeline32 = [], [], [], [], []
    homes: list[Path] = []
    for r in range(sizes.repeats):
        # Interleaved, so that a slow spell of a shared machine hits all alike.
        ceiling.append(_ceiling_once(fast, fast_tensors, sizes.batch_size, dev))
        homes.append(ws.new_home("index"))
        pipeline.append(_pipeline_once(homes[-1], photos, ws.model_name, device, sizes.batch_size)["pps"])
        naive.append(_naive_once(model, preprocess, paths, sizes.batch_size, dev))
        if precision != "fp32":
            ceiling32.append(_ceiling_once(model, tensors, sizes.batch_size, dev))
            homes.append(ws.new_home("index-fp32"))
            pipeline32.append(_pipeline_once(homes[-1], photos, ws.model_name, device, sizes.batch_size, precision="fp32")["pps"])
        _log(
            f"index repeat {r + 1}/{sizes.repeats}: pipeline {pipeline[-1]:.2f} ({precision}), naive {naive[-1]:.2f}, "
            f"ceiling {ceiling[-1]:.2f} ({precision})"
            + (f", fp32 pipeline {pipeline32[-1]:.2f}, fp32 ceiling {ceiling32[-1]:.2f}" if pipeline32 else "")
            + " photos/s"
        )
    del model, fast
    cosine = _min_cosine(homes[0], homes[1], ws.model_name) if pipeline32 else 1.0
    decode_ms = _decode_ms(cfg, paths[: min(len(paths), 24)])
    p, n, c = _median(pipeline), _median(naive), _median(ceiling)
    # What the pipeline could reach at best if decoding and encoding shared the
    # cores perfectly: each photo costs decode_ms of one core plus the encode's
    # core time (threads x its wall time at the ceiling).
    cores = default_threads()
    bound = cores * 1000.0 / (decode_ms + cores * 1000.0 / c) if dev == "cpu" else None
    return {
        "model": ws.sizes.model,
        "photos": len(paths),
        "pipeline_pps": round(p, 3),
        "naive_pps": round(n, 3),
        "ceiling_pps": round(c, 3),
        "speedup_vs_naive": round(p / n, 3),
        "fraction_of_ceiling": round(p / c, 3),
        "precision": precision,
        "cosine_vs_fp32": round(cosine, 5),
        "_runs": {
            "pipeline": pipeline, "naive": naive, "ceiling": ceiling, "batch_size": sizes.batch_size, "device": dev,
            "pipeline_fp32": pipeline32, "ceiling_fp32": ceiling32,
            "pipeline_fp32_pps": _median(pipeline32) if pipeline32 else p,
            "ceiling_fp32_pps": _median(ceiling32) if ceiling32 else c,
            "decode_ms": decode_ms, "cores": cores,
            "bound_pps": bound, "bound_fraction": bound / c if bound else None,
        },
    }


# ----------------------------------------------------------- synthetic library
def _fill_catalog(
    lib: Any,
    model: str,
    n: int,
    embeddings: np.ndarray,
    features: np.ndarray | None,
    folder: Path,
    chunk: int = 20_000,
) -> np.ndarray:
    """Insert ``n`` photo rows and their vectors into a real catalog, in batched transactions.

    Photo rows go in through ``Catalog.add_new_photos``, one transaction per
    chunk (``upsert_new_photo`` commits per photo and would take minutes at
    1M); vectors through ``store_embeddings``. Returns the photo ids in order.
    """
    catalog = lib.catalog
    folder.mkdir(parents=True, exist_ok=True)
    folder_id = catalog.add_folder(str(folder))
    now = time.time()
    empty = np.zeros(0, dtype=np.float32)
    ids = np.empty(n, dtype=np.int64)
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        files = [(f"{folder}/{i // 1000:04d}/photo_{i:07d}.jpg", 1000 + i, now, f"{i:032x}") for i in range(start, stop)]
        ids[start:stop] = catalog.add_new_photos(folder_id, files)
        catalog.store_embeddings(
            model,
            [
                (int(ids[i]), features[i] if features is not None else empty, embeddings[i], (4000, 3000, 1, now))
                for i in range(start, stop)
            ],
        )
    return ids


# ------------------------------------------------------------ 2. query latency
def bench_query(ws: _Workspace, n: int, queries: int, text_ms: float | None) -> dict[str, Any]:
    """Section 2 at one library size."""
    from photoclip.core.search import Searcher

    home = ws.new_home(f"query-{n}")
    lib = _open_library(home, ws.model_name)
    dim = lib.chosen_model().embed_dim  # 512 for ViT-B-32
    vecs = synthetic_vectors(n, dim, seed=n)
    t0 = time.perf_counter()
    ids = _fill_catalog(lib, ws.model_name, n, vecs, None, ws.root / f"photos-q{n}")
    insert_s = time.perf_counter() - t0
    spec = lib.chosen_model()
    t0 = time.perf_counter()
    vectors = lib.vectors(spec)  # no saved index: rebuilt from the catalog and saved
    build_s = time.perf_counter() - t0
    searcher = Searcher(lib.catalog, vectors, spec.name, lambda text: (_ for _ in ()).throw(RuntimeError("no text model")))

    rng = np.random.default_rng(n + 1)
    # Text-like queries: near a photo but not one of them (a text embedding is never a stored vector).
    base = vecs[rng.choice(n, queries, replace=False)]
    text_q = base + rng.standard_normal(base.shape).astype(np.float32) * np.float32(0.5 / np.sqrt(dim))
    text_q /= np.linalg.norm(text_q, axis=1, keepdims=True)
    similar_rows = rng.choice(n, queries, replace=False)
    k = 10

    def brute(q: np.ndarray, exclude: int | None = None) -> np.ndarray:
        # What rclip does: every stored vector times the query, then the top k.
        scores = vecs @ q
        if exclude is not None:
            scores[exclude] = -np.inf
        top = np.argpartition(-scores, k)[:k]
        return ids[top[np.argsort(-scores[top])]]

    for q in text_q[:5]:  # warm-up (page cache, SQLite statement cache)
        searcher.vector(q, k)
    text_ms_list, sim_ms_list, brute_ms_list, recalls, sim_recalls = [], [], [], [], []
    for qi in range(queries):
        q = text_q[qi]
        t = time.perf_counter()
        hits = searcher.vector(q, k)
        text_ms_list.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        exact = brute(q)
        brute_ms_list.append((time.perf_counter() - t) * 1000)
        recalls.append(len({h.photo_id for h in hits} & set(exact.tolist())) / k)

        row = int(similar_rows[qi])
        t = time.perf_counter()
        hits = searcher.similar(int(ids[row]), k)
        sim_ms_list.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        exact = brute(vecs[row], exclude=row)
        brute_ms_list.append((time.perf_counter() - t) * 1000)
        sim_recalls.append(len({h.photo_id for h in hits} & set(exact.tolist())) / k)

    # The ANN step alone, without the catalog look-ups around it.
    ann_ms = []
    for q in text_q:
        t = time.perf_counter()
        vectors.search(q, k)
        ann_ms.append((time.perf_counter() - t) * 1000)
    all_recalls = recalls + sim_recalls
    lib.close()
    both = text_ms_list + sim_ms_list
    p50, bf50 = _median(both), _median(brute_ms_list)
    _log(f"query n={n}: p50 {p50:.2f} ms, brute force {bf50:.2f} ms, recall@10 {np.mean(all_recalls):.4f}; insert {insert_s:.1f} s, build {build_s:.1f} s")
    return {
        "n": n,
        "p50_ms": round(p50, 3),
        "p95_ms": round(_pct(both, 95), 3),
        "bruteforce_p50_ms": round(bf50, 3),
        "speedup_vs_bruteforce": round(bf50 / p50, 2),
        "recall_at_10": round(float(np.mean(all_recalls)), 4),
        "_detail": {
            "text_p50_ms": _median(text_ms_list),
            "text_p95_ms": _pct(text_ms_list, 95),
            "similar_p50_ms": _median(sim_ms_list),
            "similar_p95_ms": _pct(sim_ms_list, 95),
            "ann_only_p50_ms": _median(ann_ms),
            "text_recall": float(np.mean(recalls)),
            "similar_recall": float(np.mean(sim_recalls)),
            "text_encoding_ms": text_ms,
            "queries": 2 * queries,
            "insert_s": insert_s,
            "index_build_s": build_s,
            "home": str(home),
        },
    }


def text_encoding_ms(ws: _Workspace, device: str, repeats: int = 5) -> float:
    """Median time to encode one query text with the bench model (the part before the search step)."""
    from photoclip.core.models import ModelRegistry
    from photoclip.core.models.embedder import ClipEmbedder

    registry = ModelRegistry(ws.models_dir)
    emb = ClipEmbedder(registry, registry.get(ws.model_name), device=device)
    emb.encode_texts(["warm up"])
    times = []
    for i in range(repeats):
        t = time.perf_counter()
        emb.encode_texts([f"a dog running on the beach number {i}"])
        times.append((time.perf_counter() - t) * 1000)
    return _median(times)


# ------------------------------------------------------------------ 3. rescan
_TINY_JPEG: bytes | None = None


def _tiny_jpeg() -> bytes:
    global _TINY_JPEG
    if _TINY_JPEG is None:
        import io

        from PIL import Image

        buf = io.BytesIO()
        Image.new("RGB", (8, 8), (120, 90, 60)).save(buf, format="JPEG", quality=80)
        _TINY_JPEG = buf.getvalue()
    return _TINY_JPEG


def make_tiny_files(dest: Path, count: int, per_folder: int = 1000) -> None:
    """``count`` distinct tiny JPEGs (trailing bytes after EOI make each file's content unique)."""
    data = _tiny_jpeg()
    for i in range(count):
        folder = dest / f"{i // per_folder:04d}"
        if i % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"img_{i:07d}.jpg").write_bytes(data + i.to_bytes(8, "little"))


class _InstantEmbedder:
    """A stand-in model for *setting up* the rescan library: the rescan itself never encodes."""

    def __init__(self, model_name: str, dim: int) -> None:
        from photoclip.core.imaging import PreprocessConfig

        self.model_name = model_name
        self.embed_dim = dim
        self.preprocess_config = PreprocessConfig(8, (0.5, 0.5, 0.5), (0.5, 0.5, 0.5))
        self.batch_size = 512
        self._rng = np.random.default_rng(0)

    def encode_images(self, pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        v = self._rng.standard_normal((len(pixels), self.embed_dim)).astype(np.float32)
        return v, v / np.linalg.norm(v, axis=1, keepdims=True)

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:  # pragma: no cover - unused
        raise RuntimeError("not a text model")


def bench_rescan(ws: _Workspace, files: int, repeats: int) -> dict[str, Any]:
    """Section 3: ``Library.index`` over an unchanged library (nothing to embed)."""
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths
    from photoclip.settings import Settings

    folder = ws.root / "rescan-photos"
    t0 = time.perf_counter()
    make_tiny_files(folder, files)
    write_s = time.perf_counter() - t0
    home = ws.new_home("rescan")
    t0 = time.perf_counter()
    with Library(LibraryPaths.at(home), Settings(), embedder_factory=lambda spec: _InstantEmbedder(spec.name, spec.embed_dim)) as lib:
        lib.use_model("test-tiny")
        lib.add_folder(folder)
        first = [e.summary for e in lib.index() if e.summary is not None][0]
    setup_s = time.perf_counter() - t0
    assert first.embedded == files, first
    times = []
    for _ in range(repeats):
        # A fresh Library each time, as after an app restart; the real embedder, never loaded.
        lib = _open_library(home, "test-tiny")
        t = time.perf_counter()
        summary = [e.summary for e in lib.index() if e.summary is not None][0]
        times.append(time.perf_counter() - t)
        lib.close()
        assert summary.unchanged == files and summary.embedded == 0 and summary.new == 0, summary
    _log(f"rescan {files} files: {_median(times):.2f} s (setup: write {write_s:.1f} s, first index {setup_s:.1f} s)")
    return {"files": files, "seconds": round(_median(times), 3), "_detail": {"runs": times, "write_s": write_s, "first_index_s": setup_s}}


# --------------------------------------------------------------- 6. reproject
def bench_reproject(ws: _Workspace, n: int, repeats: int, device: str) -> dict[str, Any]:
    """Section 6: switch a library of ``n`` photos to a personalisation profile, as the app does.

    ``Library.use_profile`` re-projects every stored feature through the
    profile's image head (``Catalog.add_projection``) and builds the
    profile's index; no photo is decoded. The profile's heads are the
    model's own plus noise, like a fine-tuned head.
    """
    from photoclip.core.models.embedder import ClipEmbedder

    home = ws.new_home("reproject")
    lib = _open_library(home, ws.model_name, device=device)
    spec = lib.chosen_model()
    embedder = lib.embedder(spec)
    assert isinstance(embedder, ClipEmbedder)
    image_head, text_head = embedder.heads()
    rng = np.random.default_rng(3)
    # CLIP-like features (clustered, as the query section's vectors), so the
    # profile's graph is built on data shaped like a photo library's.
    features = synthetic_vectors(n, image_head.shape[0], seed=3)
    embeddings = np.concatenate([embedder.project_images(features[i : i + 8192]) for i in range(0, n, 8192)])
    _fill_catalog(lib, spec.name, n, embeddings, features, ws.root / "photos-reproject")
    lib.vectors(spec)
    del features, embeddings
    noise = np.float32(0.1 * float(np.std(image_head)))
    profile = lib.profile_store(spec).save_heads(
        image_head + rng.standard_normal(image_head.shape).astype(np.float32) * noise, text_head
    )
    runs: list[dict[str, float]] = []
    quality: dict[str, Any] = {}
    for _ in range(repeats):
        marks: dict[str, float] = {}
        t0 = time.perf_counter()

        def progress(done: int, total: int) -> None:
            # Each photo counts twice: projected (first half), then indexed.
            if 2 * done >= total and "projected_s" not in marks:  # noqa: B023 - called within this repeat
                marks["projected_s"] = time.perf_counter() - t0  # noqa: B023 - called within this repeat

        lib.use_profile(profile, progress)
        seconds = time.perf_counter() - t0
        runs.append({"seconds": seconds, "projected_s": marks.get("projected_s", float("nan")), "index_s": seconds - marks.get("projected_s", 0.0)})
        if len(runs) == repeats:
            quality = _profile_index_quality(lib, spec, rng)
        lib.use_profile(None)  # back to the original heads (untimed), so the next repeat re-projects again
    lib.close()
    seconds = _median([r["seconds"] for r in runs])
    _log(f"reproject {n}: {seconds:.2f} s ({runs[-1]}; {quality})")
    return {"photos": n, "seconds": round(seconds, 3), "_detail": {"runs": runs, **quality}}


def _profile_index_quality(lib: Any, spec: Any, rng: np.random.Generator, queries: int = 100) -> dict[str, Any]:
    """How the profile's index was made, and its recall@10 against brute force over the profile's own vectors."""
    identity = lib.serving_identity()
    index = lib.vectors(spec, name=identity)
    chunks = list(lib.catalog.iter_embeddings(identity, dim=spec.embed_dim))
    ids = np.concatenate([c[0] for c in chunks])
    vecs = np.concatenate([c[1] for c in chunks])
    dim = vecs.shape[1]
    qs = vecs[rng.choice(len(vecs), queries, replace=False)]
    qs = qs + rng.standard_normal(qs.shape).astype(np.float32) * np.float32(0.5 / np.sqrt(dim))  # text-like
    qs /= np.linalg.norm(qs, axis=1, keepdims=True)
    recalls = []
    for q in qs:
        exact = ids[np.argsort(-(vecs @ q))[:10]]
        found, _ = index.search(q, 10)
        recalls.append(len(set(found.tolist()) & set(exact.tolist())) / 10)
    return {"profile_index": index.rebuilt_by, "profile_recall_at_10": float(np.mean(recalls))}


# ------------------------------------------------------------------ 4. memory
def _child(args: Sequence[str]) -> dict[str, Any]:
    """Entry point of the measuring subprocesses (``python benchmarks/bench.py CHILD JSON``)."""
    kind, raw = args[0], json.loads(args[1])
    if kind == "index":
        result = _pipeline_once(Path(raw["home"]), Path(raw["photos"]), raw["model"], raw["device"], raw["batch_size"])
        return {**result, "peak_rss_mb": _rss_mb("VmHWM")}
    if kind == "idle":
        lib = _open_library(Path(raw["home"]), raw["model"])
        spec = lib.chosen_model()
        lib.vectors(spec)  # the index is loaded, as in a running app
        ids = lib.catalog.filtered_photo_ids()
        if ids:
            lib.similar(int(ids[0]), 10)  # a query: SQLite caches warm, no model loaded
        time.sleep(0.2)
        out = {"rss_mb": _rss_mb(), "photos": len(ids), "torch_loaded": "torch" in sys.modules}
        lib.close()
        return out
    raise ValueError(kind)


def _run_child(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), kind, json.dumps(payload)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"bench subprocess {kind} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_memory(ws: _Workspace, photos: Path, device: str, idle_home: Path | None, idle_n: int) -> dict[str, Any]:
    """Section 4, each figure from a fresh subprocess."""
    sizes = ws.sizes
    index = _run_child(
        "index",
        {"home": str(ws.new_home("memory")), "photos": str(photos), "model": ws.model_name, "device": device, "batch_size": sizes.batch_size},
    )
    per_100k = None
    detail: dict[str, Any] = {"index_child": index}
    if idle_home is not None and idle_n > 0:
        empty = _run_child("idle", {"home": str(ws.new_home("idle-empty")), "model": ws.model_name})
        full = _run_child("idle", {"home": str(idle_home), "model": ws.model_name})
        per_100k = (full["rss_mb"] - empty["rss_mb"]) * 100_000 / max(1, full["photos"])
        detail.update(idle_empty=empty, idle_full=full)
    _log(f"memory: peak {index['peak_rss_mb']:.0f} MB while indexing; idle {per_100k} MB per 100k photos")
    return {
        "index_peak_rss_mb": round(index["peak_rss_mb"], 1),
        "idle_rss_mb_per_100k": None if per_100k is None else round(per_100k, 1),
        "_detail": detail,
    }


# ----------------------------------------------------------------- 5. startup
def bench_startup(ws: _Workspace, repeats: int) -> dict[str, Any]:
    """Section 5: ``photoclip gui --report-startup --quit-after-show`` on an empty library, headless.

    Null values when the desktop app cannot start here (no Qt, no display
    plugin): the keys stay, the figure is simply not available.
    """
    import re

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    shown, torch_loaded = [], []
    for _ in range(repeats):
        home = ws.new_home("startup")
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "photoclip", "gui", "--home", str(home), "--report-startup", "--quit-after-show"],
                capture_output=True, text=True, timeout=120, env=env, check=False,
            )
        except (OSError, subprocess.SubprocessError):
            break
        m = re.search(r"window shown after ([0-9.]+) s; torch loaded: (True|False)", proc.stdout + proc.stderr)
        if proc.returncode != 0 or m is None:
            _log(f"start-up: the desktop app did not report (exit {proc.returncode}): {(proc.stderr or proc.stdout)[-300:]}")
            break
        shown.append(float(m.group(1)))
        torch_loaded.append(m.group(2) == "True")
    if not shown:
        return {"window_shown_s": None, "torch_loaded_before_window": None}
    _log(f"start-up: window shown after {_median(shown):.2f} s (median of {len(shown)}); torch loaded: {any(torch_loaded)}")
    return {"window_shown_s": round(_median(shown), 3), "torch_loaded_before_window": any(torch_loaded), "_detail": {"runs": shown}}


# -------------------------------------------------------------------- driver
def run_bench(
    preset: str = "full",
    *,
    device: str = "cpu",
    model: str | None = None,
    data_dir: Path | None = None,
) -> dict[str, Any]:
    """Run every section and return the result (public keys plus ``_``-prefixed details).

    Args:
        preset: ``full``, ``quick`` or ``smoke`` (tests).
        device: ``cpu``, ``cuda``, ``mps`` or ``auto``.
        model: ``ViT-B-32`` or ``test-tiny``; default from the preset.
        data_dir: Where the real photos are (default ``../shared/data``).
    """
    sizes = PRESETS[preset]
    if model:
        sizes = dataclasses.replace(sizes, model=model)
    started = time.perf_counter()
    load_before = _loadavg()
    with tempfile.TemporaryDirectory(prefix="photoclip-bench-") as tmp:
        ws = _Workspace(Path(tmp), sizes)
        _log(f"preset {sizes.name}: {sizes}")
        t = time.perf_counter()
        ws.prepare_model()
        _log(f"model {ws.model_name} ready ({time.perf_counter() - t:.1f} s)")
        photos = ws.root / "photos-12mp"
        t = time.perf_counter()
        source = make_12mp_photos(photos, sizes.index_photos, data_dir)
        _log(f"{sizes.index_photos} 12 MP JPEGs written ({time.perf_counter() - t:.1f} s): {source}")

        index = bench_index(ws, photos, device)
        text_ms = text_encoding_ms(ws, device)
        query = []
        idle_home, idle_n = None, 0
        for n in sizes.query_sizes:
            entry = bench_query(ws, n, sizes.queries, text_ms)
            query.append(entry)
            if n <= 100_000 and n >= idle_n:
                idle_home, idle_n = Path(entry["_detail"]["home"]), n
        rescan = bench_rescan(ws, sizes.rescan_files, sizes.repeats)
        memory = bench_memory(ws, photos, device, idle_home, idle_n)
        reproject = bench_reproject(ws, sizes.reproject_photos, sizes.repeats, device)
        startup = bench_startup(ws, sizes.repeats)
        from benchmarks.search_latency import bench_search, format_line

        search = bench_search(ws.new_home("search"), ws.model_name, sizes.repeats)
        _log(format_line(search))
    return {
        "index": index,
        "query": query,
        "rescan": rescan,
        "startup": startup,
        "search": search,
        "memory": memory,
        "reproject": reproject,
        "_meta": {
            "preset": sizes.name,
            "sizes": dataclasses.asdict(sizes),
            "photos_source": source,
            "machine": machine_description(),
            "date": time.strftime("%Y-%m-%d"),
            "total_s": time.perf_counter() - started,
            "load_before": load_before,
            "load_after": _loadavg(),
        },
    }


def public(result: Any) -> Any:
    """The result without its ``_`` details: exactly the documented keys."""
    if isinstance(result, dict):
        return {k: public(v) for k, v in result.items() if not k.startswith("_")}
    if isinstance(result, list):
        return [public(v) for v in result]
    return result


def format_table(result: dict[str, Any]) -> str:
    """The readable report."""
    from benchmarks.search_latency import format_line as format_search_line

    meta, ix = result["_meta"], result["index"]
    runs = ix["_runs"]
    lines = [
        f"photoclip bench ({meta['preset']}) on {meta['machine']}, {meta['date']}, device {runs['device']}, "
        f"{meta['total_s']:.0f} s in all; load average {meta['load_before']} before, {meta['load_after']} after",
        f"Photos: {ix['photos']} x 12 MP JPEG (4000x3000, q90), {meta['photos_source']}",
        "",
        f"1. Index throughput, {ix['model']} (random weights, real compute), batch {runs['batch_size']}, median of {len(runs['pipeline'])}",
        f"   photoclip pipeline  {ix['pipeline_pps']:8.2f} photos/s   (scan, decode, encode, store, index; {ix['precision']}, the default here)",
        f"   naive loop          {ix['naive_pps']:8.2f} photos/s   -> pipeline is {ix['speedup_vs_naive']:.2f}x   (target >= 3; fp32, as the demo notebooks)",
        f"   ceiling (encode)    {ix['ceiling_pps']:8.2f} photos/s   -> pipeline reaches {ix['fraction_of_ceiling']:.2f}   (target >= 0.85; {ix['precision']})",
    ]
    if ix["precision"] != "fp32":
        lines += [
            f"   fp32 pipeline       {runs['pipeline_fp32_pps']:8.2f} photos/s   fp32 ceiling {runs['ceiling_fp32_pps']:.2f} photos/s"
            f"   -> {runs['pipeline_fp32_pps'] / ix['naive_pps']:.2f}x naive, {runs['pipeline_fp32_pps'] / runs['ceiling_fp32_pps']:.2f} of its ceiling",
            f"   {ix['precision']} vs fp32 embeddings of the same photos: lowest cosine {ix['cosine_vs_fp32']:.5f}   (must be >= 0.99)",
        ]
    if runs.get("bound_pps"):
        lines.append(
            f"   decode + preprocess {runs['decode_ms']:.1f} ms per photo on one core: on {runs['cores']} cores the pipeline can reach at most "
            f"{runs['bound_pps']:.1f} photos/s = {runs['bound_fraction']:.2f} of the ceiling"
        )
    lines += [
        "",
        "2. Query latency, search step (text encoding apart), synthetic CLIP-like vectors",
        f"   text encoding: {_fmt(result['query'][0]['_detail']['text_encoding_ms'] if result['query'] else None)} ms per query (cached afterwards)",
        f"   {'photos':>9} {'p50 ms':>8} {'p95 ms':>8} {'text p50':>9} {'similar p50':>12} {'ANN p50':>8} {'brute p50':>10} {'speed-up':>9} {'recall@10':>10} {'insert s':>9} {'build s':>8}",
    ]
    for q in result["query"]:
        d = q["_detail"]
        lines.append(
            f"   {q['n']:>9,} {q['p50_ms']:8.2f} {q['p95_ms']:8.2f} {d['text_p50_ms']:9.2f} {d['similar_p50_ms']:12.2f} "
            f"{d['ann_only_p50_ms']:8.2f} {q['bruteforce_p50_ms']:10.2f} {q['speedup_vs_bruteforce']:8.1f}x {q['recall_at_10']:10.4f} "
            f"{d['insert_s']:9.1f} {d['index_build_s']:8.1f}"
        )
    rs, mem, rp = result["rescan"], result["memory"], result["reproject"]
    lines += [
        "   (p50/p95: Searcher.vector for text-like vectors and Searcher.similar, together; ANN: VectorIndex.search alone;",
        "    brute force: numpy over all vectors in memory.",
        "    Targets at 1M: p50 <= 5 ms, >= 20x brute force, recall@10 >= 0.99)",
        "",
        f"3. Rescan of an unchanged library: {rs['files']:,} files in {rs['seconds']:.2f} s   (target <= 10 s at 100,000)",
        f"4. Memory: peak RSS while indexing {_fmt(mem['index_peak_rss_mb'])} MB; idle RSS {_fmt(mem['idle_rss_mb_per_100k'])} MB per 100,000 photos"
        + (
            f" (idle process: {mem['_detail']['idle_full']['rss_mb']:.0f} MB with {mem['_detail']['idle_full']['photos']:,} photos,"
            f" {mem['_detail']['idle_empty']['rss_mb']:.0f} MB empty, torch loaded: {mem['_detail']['idle_full']['torch_loaded']})"
            if "idle_full" in mem["_detail"]
            else ""
        ),
        (
            f"5. Start-up (empty library, headless): window shown after {result['startup']['window_shown_s']:.2f} s; "
            f"torch loaded before the window: {result['startup']['torch_loaded_before_window']}"
            if result["startup"]["window_shown_s"] is not None
            else "5. Start-up: the desktop app did not start here (null)"
        ),
        f"6. Re-projection (switch to a profile): {rp['photos']:,} photos in {rp['seconds']:.2f} s   (target <= 30 s at 100,000; "
        + ", ".join(f"{k} {v:.1f}" for k, v in rp["_detail"]["runs"][-1].items())
        + f"); profile index {rp['_detail']['profile_index']}, recall@10 {rp['_detail']['profile_recall_at_10']:.4f}",
        format_search_line(result["search"]),
    ]
    return "\n".join(lines)


def _loadavg() -> float | None:
    """1-minute load average: other work on the machine skews every figure."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


if __name__ == "__main__":  # the measuring subprocesses
    print(json.dumps(_child(sys.argv[1:])))
