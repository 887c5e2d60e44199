"""A model's towers served by ONNX Runtime: the cached export, its record, and the sessions.

The export (``onnx_export.py``, the only part that needs torch) writes, in the
model's folder of the library (``models/<model>/onnx/``)::

    image.onnx        the vision tower, pooled features before the projection
    image.int8.onnx   the same, weights quantised to int8 (kept only when faithful)
    text.onnx         the text tower, pooled features before the projection
    heads.npz         the projection heads (applied here with numpy) and logit scale
    manifest.json     which weights it came from, and how well each file agrees with torch

Nothing here imports torch: a search loads only ``text.onnx``, indexing only
``image.onnx`` (or its int8 copy), and the heads are a numpy matrix product,
so personalisation profiles need no new export.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from photoclip.core.imaging import ImageDecodeError, PreprocessConfig, load_for_model
from photoclip.errors import PhotoclipError
from photoclip.paths import atomic_write_text

if TYPE_CHECKING:  # pragma: no cover - typing only
    from photoclip.core.models.spec import ModelSpec

#: Bump when the export changes shape, so old caches are exported again.
EXPORT_FORMAT = 1
ONNX_DIR = "onnx"
MANIFEST = "manifest.json"
#: fp32 ONNX towers must match the torch model at least this well (lowest cosine on the probe).
FP32_MIN_COSINE = 0.9999
#: The int8 image tower must match the fp32 one at least this well on the library's own photos.
INT8_MIN_COSINE = 0.99

#: Photos (at most) the export is checked on.
PROBE_PHOTOS = 16

ImagePrecision = Literal["fp32", "int8"]


class ExportError(PhotoclipError):
    """The towers could not be exported, or the export does not agree with torch."""


@dataclass(frozen=True)
class TowerManifest:
    """What an export holds, where it came from, and how faithful each file is.

    Attributes:
        weights: Identity of the weights file it was exported from (path, size, mtime).
        preprocess: The model's image preprocessing.
        logit_scale: ``exp(logit_scale)`` of the model.
        image_cosine: Lowest cosine, ONNX fp32 image tower vs torch, on the probe photos.
        text_cosine: Lowest cosine, ONNX text tower vs torch, on the probe texts; None when
            the text tower was not exported (a tokenizer photoclip cannot run without torch).
        int8_cosine: Lowest cosine, int8 vs fp32 image tower, on the probe photos (None: not tried).
        int8_min: The threshold it was held to.
        probe: ``library`` (the library's own photos) or ``generated`` (none were there yet).
        probe_photos: How many photos were in the probe.
        context_length: Text tokens per query.
        clean: The tokenizer's text cleaning (``lower``, ``whitespace``, ``canonicalize``).
        format: :data:`EXPORT_FORMAT` when written.
    """

    weights: str
    preprocess: PreprocessConfig
    logit_scale: float
    image_cosine: float
    text_cosine: float | None
    int8_cosine: float | None
    int8_min: float
    probe: Literal["library", "generated"]
    probe_photos: int
    context_length: int = 77
    clean: str = "lower"
    format: int = EXPORT_FORMAT

    @property
    def int8_ok(self) -> bool:
        """Whether the int8 image tower kept its embeddings faithful on the probe."""
        return self.int8_cosine is not None and self.int8_cosine >= self.int8_min

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        data["preprocess"] = dataclasses.asdict(self.preprocess)
        return json.dumps(data, indent=2)

    @staticmethod
    def from_json(text: str) -> "TowerManifest":
        data = json.loads(text)
        pp = data.pop("preprocess")
        return TowerManifest(preprocess=PreprocessConfig(**pp), **data)


def onnxruntime_available() -> bool:
    """Whether ONNX Runtime is installed (checked without importing it)."""
    return importlib.util.find_spec("onnxruntime") is not None


def weights_identity(weights: Path) -> str:
    """A cheap identity of a weights file: its resolved path, size and mtime."""
    st = Path(weights).stat()
    return f"{Path(weights).resolve()}:{st.st_size}:{st.st_mtime_ns}"


def read_manifest(folder: Path, weights: Path | None = None) -> TowerManifest | None:
    """The export's record in ``folder``, or None when it is missing, damaged, stale or of another format.

    Args:
        folder: The model's ``onnx`` folder.
        weights: When given, the record must come from this weights file.
    """
    try:
        manifest = TowerManifest.from_json((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if manifest.format != EXPORT_FORMAT or manifest.image_cosine < FP32_MIN_COSINE:
        return None
    if weights is not None and manifest.weights != weights_identity(weights):
        return None
    if not (Path(folder) / "image.onnx").is_file() or not (Path(folder) / "heads.npz").is_file():
        return None
    return manifest


def write_manifest(folder: Path, manifest: TowerManifest) -> None:
    """Write the record last, atomically: an export cut short leaves no record and is redone."""
    atomic_write_text(Path(folder) / MANIFEST, manifest.to_json())


def describe(manifest: TowerManifest | None, precision: str) -> str:
    """One line on what will run, for ``photoclip status`` and the bench.

    Args:
        manifest: The export, or None when there is none yet.
        precision: The ``precision`` setting.
    """
    if precision == "bf16":
        return "torch, bf16 (the precision setting asks for it)"
    if not onnxruntime_available():
        return "torch, fp32 (onnxruntime is not installed)"
    if manifest is None:
        return "onnxruntime (exported when the model next loads)"
    image = image_precision(manifest, precision)
    checks = f"image fp32 cosine {manifest.image_cosine:.6f}"
    if manifest.int8_cosine is not None:
        checks += f", int8 {manifest.int8_cosine:.4f} (needs {manifest.int8_min})"
    text = "fp32" if manifest.text_cosine is not None else "torch (tokenizer needs it)"
    return f"onnxruntime, image tower {image}, text tower {text} ({checks}; {manifest.probe_photos} {manifest.probe} photos)"


def image_precision(manifest: TowerManifest, precision: str) -> ImagePrecision:
    """Which image tower runs: int8 under ``auto`` when it passed its check, else fp32."""
    return "int8" if precision == "auto" and manifest.int8_ok else "fp32"


@dataclass(frozen=True)
class ThreadPlan:
    """How the cores are shared between decoding photos and running the model.

    Attributes:
        decode: Threads decoding JPEGs ahead of the model.
        inference: ONNX Runtime's intra-op threads.
    """

    decode: int
    inference: int


def plan_threads(cores: int, decode: int = 0, inference: int = 0) -> ThreadPlan:
    """Share ``cores`` between decoding and inference so that neither starves the other.

    The encoder gets every core and decoding a quarter of them (at least
    one): inference threads do not spin while waiting (see :func:`session`),
    so a decode thread runs whenever the model's threads block, and on many
    cores a quarter of them decode draft-mode JPEGs faster than the encoder
    consumes them. Explicit settings win.

    Args:
        cores: CPU cores this process may use.
        decode: The ``decode_threads`` setting (0: choose).
        inference: The ``threads`` setting (0: choose).
    """
    cores = max(1, cores)
    return ThreadPlan(decode=decode or max(1, cores // 4), inference=inference or cores)


def available_cores() -> int:
    """CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def providers(device: str | None) -> list[str]:
    """ONNX Runtime execution providers for ``device``: CUDA first when onnxruntime-gpu reports it.

    Args:
        device: The ``device`` setting (``auto``, ``cpu``, ``cuda``...).
    """
    import onnxruntime as ort

    available = ort.get_available_providers()
    wanted = device or "auto"
    if wanted != "cpu" and wanted.split(":")[0] in ("auto", "cuda") and "CUDAExecutionProvider" in available:
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


def session(path: Path, threads: int, device: str | None = None) -> Any:
    """An inference session over one tower file.

    Args:
        path: The ``.onnx`` file.
        threads: Intra-op threads.
        device: The ``device`` setting.
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    # Idle inference threads spin by default, and would take the cores the
    # decode threads need between batches.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), sess_options=options, providers=providers(device))


def load_heads(folder: Path) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The projection heads saved with the export: image ``(F, D)`` and text ``(Ft, D)`` (None: identity)."""
    with np.load(Path(folder) / "heads.npz") as data:
        image = data["image_head"] if "image_head" in data.files else None
        text = data["text_head"] if "text_head" in data.files else None
    return image, text


def probe_pixels(photos: Sequence[Path], cfg: PreprocessConfig, limit: int = PROBE_PHOTOS) -> tuple[np.ndarray, bool]:
    """The probe batch: up to ``limit`` of ``photos`` decoded for the model, else generated images.

    Returns:
        ``(pixels (B, 3, S, S) float32, from_photos)``.
    """
    decoded: list[np.ndarray] = []
    for path in photos:
        if len(decoded) >= limit:
            break
        try:
            decoded.append(load_for_model(Path(path), cfg)[0])
        except ImageDecodeError:
            continue
    if decoded:
        return np.stack(decoded).astype(np.float32), True
    # No photo yet (a new library): smooth random images, normalised like photos.
    rng = np.random.default_rng(0)
    size = cfg.image_size
    coarse = rng.uniform(0, 1, (8, 3, 8, 8)).astype(np.float32)
    images = np.repeat(np.repeat(coarse, -(-size // 8), axis=2), -(-size // 8), axis=3)[:, :, :size, :size]
    images = images + rng.normal(0, 0.05, images.shape).astype(np.float32)
    mean = np.array(cfg.mean, dtype=np.float32)[:, None, None]
    std = np.array(cfg.std, dtype=np.float32)[:, None, None]
    return ((images - mean) / std).astype(np.float32), False


def lowest_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """The lowest row-wise cosine between two ``(N, F)`` arrays."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    dots = (a * b).sum(axis=1)
    norms = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)
    return float((dots / np.maximum(norms, 1e-12)).min())


def recheck_int8(folder: Path, manifest: TowerManifest, pixels: np.ndarray) -> TowerManifest:
    """Check the int8 image tower against fp32 again, on the library's own photos; drop it if it now disagrees.

    For an export made before the library had photos (checked on generated
    images): ONNX Runtime alone, no torch.

    Args:
        folder: The export's folder.
        manifest: Its record.
        pixels: The library's photos, decoded for the model.

    Returns:
        The updated record (also written).
    """
    folder = Path(folder)
    int8 = folder / "image.int8.onnx"
    if not int8.is_file():
        return manifest
    fp32 = session(folder / "image.onnx", 0).run(None, {"pixels": pixels})[0]
    cosine = lowest_cosine(session(int8, 0).run(None, {"pixels": pixels})[0], fp32)
    if cosine < manifest.int8_min:
        int8.unlink()
    updated = dataclasses.replace(manifest, int8_cosine=cosine, probe="library", probe_photos=len(pixels))
    write_manifest(folder, updated)
    return updated


def export_in_child(
    spec: "ModelSpec", weights: Path, text_tower: Path | None, folder: Path, photos: Sequence[Path], *, int8_min: float = INT8_MIN_COSINE
) -> None:
    """``onnx_export.export_towers`` in a child process, so that the caller's process never holds torch or the GIL for it.

    torch's exporter and the int8 quantiser hold the GIL for up to a second at
    a time, which would freeze the desktop app's window while a worker thread
    exports; a child process costs a second of start-up and frees its memory
    when it ends. The child writes the export and its manifest.

    Raises:
        ExportError: The child failed; its message is the child's error.
    """
    from photoclip.core.models.spec import spec_entry

    job = {
        "spec": spec_entry(spec), "source": spec.source, "weights": str(weights), "text_tower": str(text_tower) if text_tower else None,
        "folder": str(folder), "photos": [str(p) for p in photos], "int8_min": int8_min,
    }
    package_root = str(Path(__file__).resolve().parents[3])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-m", "photoclip.core.models.onnx_export", json.dumps(job)], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        raise ExportError(f"Cannot export model {spec.name} to ONNX: {lines[-1] if lines else f'exit status {done.returncode}'}")
