"""The open_clip model behind a small interface.

:class:`ClipEmbedder` loads lazily, under a lock, the first time it is asked to
encode, so that commands which only read the catalog (``status``, a cached
search) never import torch at all. It declares its identity (``model_name``)
so every vector it produces can be stored with the model it came from.

The projection heads are split off the towers at load time: the image tower
returns the pooled features *before* projection, and the embedder projects and
normalises them itself. The catalog stores both, so personalisation can swap a
head and re-project the library without decoding a single photo.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np

from photoclip.core.imaging import PreprocessConfig
from photoclip.core.models import onnx_towers
from photoclip.core.models.onnx_towers import INT8_MIN_COSINE, TowerManifest
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:  # torch is imported lazily: it costs seconds
    import torch

    from photoclip.core.models.progress import ModelProgressCallback
    from photoclip.core.models.registry import ModelRegistry
    from photoclip.core.models.spec import ModelSpec

log = logging.getLogger(__name__)

# ONNX Runtime on the CPU was measured fastest at 4-8 images a batch (ViT-B-32-256, fp32 and int8).
DEFAULT_BATCH = {"cuda": 128, "mps": 64, "cpu": 32, "onnx-cpu": 8}
PRECISIONS = ("auto", "fp32", "bf16")
Runtime = Literal["auto", "torch"]
# bf16 towers must agree with fp32 ones at least this well (cosine) on the
# load-time probe, or the embedder falls back to fp32.
BF16_MIN_COSINE = 0.99


class Embedder(Protocol):
    """What the indexer and search need from a model."""

    model_name: str

    @property
    def embed_dim(self) -> int: ...

    @property
    def preprocess_config(self) -> PreprocessConfig: ...

    @property
    def batch_size(self) -> int: ...

    def encode_images(self, pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Encode a ``(B, 3, S, S)`` float32 batch; returns (pre-projection features, normalised embeddings)."""
        ...

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Encode texts to normalised embeddings ``(N, D)``."""
        ...


def choose_device(requested: str | None = None) -> str:
    """Pick the device: ``requested`` when given (and present), else CUDA, then MPS, then the CPU.

    Raises:
        PhotoclipError: A device was requested that this machine does not have.
    """
    import torch

    if requested and requested != "auto":
        if requested.startswith("cuda") and not torch.cuda.is_available():
            raise PhotoclipError(f"--device {requested} was asked for, but no CUDA GPU is available.", hint="Use --device cpu.")
        if requested == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
            raise PhotoclipError("--device mps was asked for, but Apple MPS is not available.", hint="Use --device cpu.")
        if requested.split(":")[0] not in ("cpu", "cuda", "mps"):
            raise PhotoclipError(f"Unknown device {requested!r}.", hint="Use auto, cpu, cuda or mps.")
        return requested
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


class ClipEmbedder:
    """An open_clip model with split projection heads, loaded on first use.

    Served by ONNX Runtime when it is installed: the towers are exported from
    open_clip once (see ``onnx_export.py``), checked against torch, and cached
    in the model's folder; indexing then loads only the image tower and search
    only the text tower, and torch is not imported. torch serves instead when
    onnxruntime is missing, the export fails (:attr:`fallback` says why), or
    bf16 is asked for.

    Args:
        registry: Where weights come from (downloaded, imported or generated).
        spec: Which model.
        device: ``auto`` (default), ``cpu``, ``cuda`` or ``mps``.
        batch_size: Images per forward pass; default suits the device.
        threads: CPU threads for inference (default: all cores).
        precision: ``fp32``, ``bf16``, or ``auto`` (default). Under ONNX
            Runtime, ``auto`` runs the int8 image tower when it agreed with
            fp32 on the library's photos at set-up, and fp32 otherwise.
            ``bf16`` runs torch with bf16 towers, checked against fp32 at load
            time; it falls back to fp32 if they disagree (see
            :attr:`precision_check`). The projection heads always stay fp32.
        download_progress: Follows the download and verification of the weights, if they happen.
        allow_download: False to raise ModelUnavailableError instead of downloading missing weights.
        probe_photos: Gives up to N of the library's photos, to check the export on (default: none).
        int8_min_cosine: The lowest cosine to fp32 the int8 image tower must reach on them.
        runtime: ``auto`` (ONNX Runtime when installed) or ``torch``.
    """

    def __init__(
        self,
        registry: "ModelRegistry",
        spec: "ModelSpec",
        *,
        device: str | None = None,
        batch_size: int | None = None,
        threads: int | None = None,
        precision: str = "auto",
        download_progress: "ModelProgressCallback | None" = None,
        allow_download: bool = True,
        probe_photos: Callable[[int], Sequence[Path]] | None = None,
        int8_min_cosine: float = INT8_MIN_COSINE,
        runtime: Runtime = "auto",
    ) -> None:
        if precision not in PRECISIONS:
            raise PhotoclipError(f"Unknown precision {precision!r}.", hint="Use auto, fp32 or bf16.")
        self.registry = registry
        self.spec = spec
        self.model_name = spec.name
        self._requested_device = device
        self._batch_size = batch_size
        self._threads = threads
        self._requested_precision = precision
        self._download_progress = download_progress
        self._allow_download = allow_download
        self._probe_photos = probe_photos
        self._int8_min = int8_min_cosine
        self._runtime: Runtime = runtime
        self._lock = threading.RLock()  # load() prepares under it
        self._model: Any = None
        self._tokenizer: Any = None
        self._image_head: Any = None
        self._text_head: Any = None
        self._preprocess: PreprocessConfig | None = None
        self._dtype: Any = None
        self._logit_scale = 100.0
        self._weights: Path | None = None
        self._sessions: dict[str, Any] = {}
        self.device = "cpu"
        self.precision = "fp32"
        #: The ONNX export in use, or None when torch serves.
        self.manifest: TowerManifest | None = None
        #: Why torch serves although ONNX Runtime was wanted (None: it does not, or it was not wanted).
        self.fallback: str | None = None
        # Lowest cosine between the bf16 (or int8) and fp32 tower outputs on
        # the load-time (or set-up) probe; None when the towers run in fp32.
        self.precision_check: float | None = None
        self.image_encoder_calls = 0
        self.text_encoder_calls = 0

    # ------------------------------------------------------------------ load
    @property
    def runtime(self) -> str:
        """What serves the towers: ``onnxruntime`` or ``torch`` (known once loaded)."""
        return "onnxruntime" if self.manifest is not None else "torch"

    def _wants_onnx(self) -> bool:
        return self._runtime == "auto" and self._requested_precision != "bf16" and onnx_towers.onnxruntime_available()

    def onnx_dir(self) -> Path:
        """Where this model's ONNX export is cached: ``onnx/`` in its folder of the library."""
        return self.registry.model_dir(self.spec) / onnx_towers.ONNX_DIR

    def prepare(self, *, force: bool = False) -> TowerManifest | None:
        """Export, check and cache the towers for ONNX Runtime now, unless a current export is there.

        Called when a model is set up (downloaded or imported) and, for a
        library that has none yet, by :meth:`load` in the job that loads the
        model. Never raises for a failed export: torch then serves, and
        :attr:`fallback` says why.

        Args:
            force: Export again even when a current export exists.

        Returns:
            The export's manifest, or None when torch will serve.

        Raises:
            ModelUnavailableError: The weights are missing and may not be downloaded.
        """
        if not self._wants_onnx():
            return None
        with self._lock:
            weights = self._ensure_weights()
            folder = self.onnx_dir()
            manifest = None if force else onnx_towers.read_manifest(folder, weights)
            if manifest is not None:
                return manifest
            photos = list(self._probe_photos(onnx_towers.PROBE_PHOTOS)) if self._probe_photos else []
            try:
                onnx_towers.export_in_child(self.spec, weights, self.registry.text_tower_dir(self.spec), folder, photos, int8_min=self._int8_min)
                manifest = onnx_towers.read_manifest(folder, weights)
                if manifest is None:
                    raise PhotoclipError(f"the export of {self.spec.name} left no usable record")
            except PhotoclipError as exc:
                self.fallback = f"The ONNX export failed, so torch encodes instead, more slowly: {exc.message}"
                log.warning("%s", self.fallback)
                return None
            self.fallback = None
            log.info("%s: %s", self.model_name, onnx_towers.describe(manifest, self._requested_precision))
            return manifest

    def inference_summary(self) -> str:
        """What serves this model and how faithful its export was at set-up, read without loading it (``photoclip status``)."""
        if self._model is not None and self.manifest is None:
            return f"torch, {self.precision}" + (f" ({self.fallback})" if self.fallback else "")
        weights = self.registry.weights_path(self.spec)
        manifest = onnx_towers.read_manifest(self.onnx_dir(), weights) if weights is not None else None
        return onnx_towers.describe(manifest, self._requested_precision)

    def _ensure_weights(self) -> Path:
        if self._weights is None:
            self._weights = self.registry.ensure_weights(self.spec, self._download_progress, allow_download=self._allow_download)
        return self._weights

    def load(self) -> None:
        """Load the model now (normally this happens on first use): the ONNX export's record, or the torch model."""
        with self._lock:
            if self.loaded:
                return
            manifest = self.prepare() if self._wants_onnx() else None
            if manifest is None:
                if self._runtime == "auto" and self.fallback is None and self._requested_precision != "bf16":
                    self.fallback = "onnxruntime is not installed, so torch encodes photos and searches, more slowly"
                self._load_torch()
                return
            if manifest.probe == "generated" and self._probe_photos and self._requested_precision == "auto":
                # Exported before the library had photos: the int8 check is owed on the library's own.
                pixels, real = onnx_towers.probe_pixels(self._probe_photos(onnx_towers.PROBE_PHOTOS), manifest.preprocess)
                if real:
                    manifest = onnx_towers.recheck_int8(self.onnx_dir(), manifest, pixels)
            image_head, text_head = onnx_towers.load_heads(self.onnx_dir())
            self._image_head, self._text_head = image_head, text_head
            self._preprocess = manifest.preprocess
            self._logit_scale = manifest.logit_scale
            uses_cuda = "CUDAExecutionProvider" in onnx_towers.providers(self._requested_device)
            self.device = "cuda" if uses_cuda else "cpu"
            self.precision = onnx_towers.image_precision(manifest, self._requested_precision)
            # As for bf16: the lowest cosine to fp32 of the reduced precision in use, None in fp32.
            self.precision_check = manifest.int8_cosine if self.precision == "int8" else None
            self.manifest = manifest

    def _load_torch(self) -> None:
        """Load the open_clip model (called under the lock)."""
        import torch

        from photoclip.core.models.loader import load_open_clip

        if self._threads:
            torch.set_num_threads(self._threads)
        self.device = choose_device(self._requested_device)
        weights = self._ensure_weights()
        tower = self.registry.text_tower_dir(self.spec)
        model, _preprocess, tokenizer = load_open_clip(self.spec, weights, self.device, tower)
        self._preprocess = PreprocessConfig.from_open_clip(model)
        scale = getattr(model, "logit_scale", None)
        self._logit_scale = float(scale.detach().float().exp().item()) if scale is not None else 100.0
        # The heads are copied off before any cast: they stay fp32.
        self._image_head = _split_image_head(model)
        self._text_head = _split_text_head(model)
        self._tokenizer = tokenizer
        self._dtype = torch.float32
        self.precision, self.precision_check = "fp32", None
        if resolve_precision(self._requested_precision, self.device) == "bf16":
            cosine = _cast_checked(model, tokenizer, self.device, self._preprocess.image_size)
            if cosine >= BF16_MIN_COSINE:
                self._dtype = torch.bfloat16
                self.precision = "bf16"
            else:  # the cast copy is unusable; start again from the file in fp32
                model, _preprocess, tokenizer = load_open_clip(self.spec, weights, self.device, tower)
                _split_image_head(model)
                _split_text_head(model)
            self.precision_check = cosine
        self._model = model

    def _session(self, tower: str) -> Any:
        """The ONNX Runtime session of one tower (``image``, ``image.int8`` or ``text``), opened on first use."""
        with self._lock:
            if tower not in self._sessions:
                plan = onnx_towers.plan_threads(onnx_towers.available_cores(), inference=self._threads or 0)
                self._sessions[tower] = onnx_towers.session(self.onnx_dir() / f"{tower}.onnx", plan.inference, self._requested_device)
            return self._sessions[tower]

    @property
    def loaded(self) -> bool:
        return self._model is not None or self.manifest is not None

    @property
    def embed_dim(self) -> int:
        return self.spec.embed_dim

    @property
    def preprocess_config(self) -> PreprocessConfig:
        self.load()
        assert self._preprocess is not None
        return self._preprocess

    @property
    def batch_size(self) -> int:
        if self._batch_size:
            return self._batch_size
        device = self.device if self.loaded else (self._requested_device or "cpu")
        onnx = self.manifest is not None if self.loaded else self._wants_onnx()
        if onnx and device in ("cpu", "auto"):
            device = "onnx-cpu"
        return DEFAULT_BATCH.get(device.split(":")[0], 32)

    @property
    def logit_scale(self) -> float:
        """The model's learned softmax temperature, ``exp(logit_scale)`` (about 100 for trained CLIP).

        Zero-shot classification (``tagsets.py``) multiplies cosine similarities
        by it before a softmax, exactly as CLIP does.
        """
        self.load()
        return self._logit_scale

    def heads(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the model's own projection heads: image ``(F, D)`` and text ``(Ft, D)``, float32.

        Personalisation (``personalize.py``) trains copies of these; the
        embedder's own heads are never changed.

        Raises:
            PhotoclipError: A head is not a plain matrix (a ResNet image tower
                or a Hugging Face text tower), so the model cannot be personalised.
        """
        self.load()
        if not hasattr(self._image_head, "shape") or not hasattr(self._text_head, "shape"):
            raise PhotoclipError(
                f"The model {self.model_name} cannot be personalised: its projection heads are not plain matrices.",
                hint="Personalise an OpenCLIP ViT model such as vit-b-32.",
            )
        return _as_numpy(self._image_head), _as_numpy(self._text_head)

    # ---------------------------------------------------------------- encode
    def image_features(self, pixels: np.ndarray) -> np.ndarray:
        """Pooled image-tower output before the projection head, ``(B, F)``."""
        self.load()
        batch = np.ascontiguousarray(pixels, dtype=np.float32)
        if self.manifest is not None:
            tower = "image.int8" if self.precision == "int8" else "image"
            features = self._session(tower).run(None, {"pixels": batch})[0]
            self.image_encoder_calls += 1
            return np.asarray(features, dtype=np.float32)
        import torch

        with torch.inference_mode():
            out = self._model.visual(torch.from_numpy(batch).to(self.device, self._dtype))
        self.image_encoder_calls += 1
        return out.float().cpu().numpy()

    def project_images(self, features: np.ndarray) -> np.ndarray:
        """Apply the image head to stored features and L2-normalise, ``(B, D)``."""
        self.load()
        return self._project(self._image_head, features)

    def encode_images(self, pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Encode a preprocessed batch; returns (pre-projection features, normalised embeddings)."""
        features = self.image_features(pixels)
        return features, self.project_images(features)

    def text_features(self, texts: Sequence[str]) -> np.ndarray:
        """Pooled text-tower output before the projection head, ``(N, F)``."""
        self.load()
        if self.manifest is not None and self.manifest.text_cosine is not None:
            from photoclip.core.models.tokenizer import ClipTokenizer

            with self._lock:
                if self._tokenizer is None:
                    self._tokenizer = ClipTokenizer(self.manifest.context_length, self.manifest.clean)  # type: ignore[arg-type]  # checked at export
            features = self._session("text").run(None, {"tokens": self._tokenizer(list(texts))})[0]
            self.text_encoder_calls += 1
            return np.asarray(features, dtype=np.float32)
        if self._model is None:  # ONNX serves the images; this text tower needs torch's tokenizer
            with self._lock:
                if self._model is None:
                    self._load_torch_text()
        import torch

        with torch.inference_mode():
            tokens = self._tokenizer(list(texts)).to(self.device)
            features = _encode_text_trimmed(self._model, tokens)
            if features is None:
                features = self._model.encode_text(tokens, normalize=False)
        self.text_encoder_calls += 1
        return features.float().cpu().numpy()

    def _load_torch_text(self) -> None:
        """Load the torch model beside the ONNX image tower, for a text tower that was not exported."""
        from photoclip.core.models.loader import load_open_clip

        model, _preprocess, tokenizer = load_open_clip(self.spec, self._ensure_weights(), "cpu", self.registry.text_tower_dir(self.spec))
        _split_image_head(model)
        self._text_head = _split_text_head(model)
        self._tokenizer = tokenizer
        self._model = model

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Encode texts to normalised embeddings ``(N, D)``."""
        return self._project(self._text_head, self.text_features(texts))

    def _project(self, head: Any, features: np.ndarray) -> np.ndarray:
        """A head (a matrix, a torch module, or None for the identity) applied to features, normalised."""
        if head is None or isinstance(head, np.ndarray):
            f = np.asarray(features, dtype=np.float32)
            return _normalise(f if head is None else f @ head)
        import torch

        with torch.inference_mode():
            tensor = torch.from_numpy(np.array(features, dtype=np.float32)).to(self.device)  # a writable copy
            out = _apply_head(head, tensor)
        return _normalise(out.float().cpu().numpy())


def resolve_precision(requested: str, device: str) -> str:
    """What ``auto`` means on ``device``: bf16 on a CPU with native bf16 arithmetic, else fp32.

    Native means AVX512-BF16 or AMX on x86 (read from ``/proc/cpuinfo``):
    there bf16 ViT inference is about 3x faster than fp32. Without it torch
    emulates bf16 and is slower than fp32, so ``auto`` stays fp32. GPUs stay
    fp32 under ``auto`` until their speed and agreement have been measured.
    """
    if requested != "auto":
        return requested
    return "bf16" if device == "cpu" and cpu_has_native_bf16() else "fp32"


def cpu_has_native_bf16() -> bool:
    """True when the CPU reports AVX512-BF16 or AMX-BF16 (Linux; False where it cannot tell)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


def _cast_checked(model: Any, tokenizer: Any, device: str, image_size: int) -> float:
    """Cast the towers to bf16 in place; return the lowest cosine between their fp32 and bf16 outputs.

    The probe is fixed: a few random-pixel images and a few texts. It costs
    two small forward passes at load time and catches a model whose bf16
    arithmetic goes wrong (overflow, a layer that needs fp32).
    """
    import torch

    gen = torch.Generator().manual_seed(0)
    pixels = torch.randn(4, 3, image_size, image_size, generator=gen).to(device)
    tokens = tokenizer(["a photo of a dog", "una playa al atardecer", "city street at night", "x"]).to(device)

    def outputs(dtype: "torch.dtype") -> list["torch.Tensor"]:
        with torch.inference_mode():
            image = model.visual(pixels.to(dtype)).float()
            text = _encode_text_trimmed(model, tokens)
            if text is None:
                text = model.encode_text(tokens, normalize=False)
        return [image, text.float()]

    reference = outputs(torch.float32)
    model.to(torch.bfloat16)
    cosines = [torch.nn.functional.cosine_similarity(a, b, dim=-1).min().item() for a, b in zip(reference, outputs(torch.bfloat16))]
    return float(min(cosines))


def _encode_text_trimmed(model: Any, tokens: "torch.Tensor") -> "torch.Tensor | None":
    """CLIP's text tower (before projection) on tokens cut just after the batch's last end token.

    The tokenizer pads every text to the full context (77 tokens), but
    captions and queries use a fraction of it. With CLIP's causal attention
    mask no position up to the end token sees the padding after it, and the
    pooled output is the end token's, so cutting the padding gives the same
    features (to float rounding) several times faster. Returns None for
    towers where that does not hold (no causal mask, another pooling, a
    Hugging Face tower); the caller then runs open_clip's own path.
    """
    import torch

    mask = getattr(model, "attn_mask", None)
    if getattr(model, "text_pool_type", None) != "argmax" or not isinstance(mask, torch.Tensor):
        return None
    if not hasattr(model, "token_embedding") or not hasattr(model, "positional_embedding"):
        return None
    length = int(tokens.argmax(dim=-1).max()) + 1  # the end token has the highest id
    tokens = tokens[:, :length]
    cast_dtype = model.transformer.get_cast_dtype()
    x = model.token_embedding(tokens).to(cast_dtype) + model.positional_embedding[:length].to(cast_dtype)
    x = model.ln_final(model.transformer(x, attn_mask=mask[:length, :length]))
    return x[torch.arange(x.shape[0], device=x.device), tokens.argmax(dim=-1)]


def _split_image_head(model: Any) -> Any:
    """Detach the image projection from the vision tower and return it.

    open_clip's VisionTransformer applies ``visual.proj`` (a matrix) after
    pooling; with it set to None the tower returns pre-projection features.
    Towers without a separate projection (ModifiedResNet, timm heads) keep
    theirs, and the head is the identity: features and embedding coincide.
    """
    proj = getattr(model.visual, "proj", None)
    if proj is None or not hasattr(proj, "shape"):
        return None
    head = proj.detach().clone()
    model.visual.proj = None
    return head


def _split_text_head(model: Any) -> Any:
    """Detach the text projection (CLIP's ``text_projection``, or an HF text tower's ``proj``)."""
    if hasattr(model, "text_projection") and model.text_projection is not None:
        head = model.text_projection
        head = head.detach().clone() if hasattr(head, "shape") else head
        model.text_projection = None
        return head
    text = getattr(model, "text", None)
    proj = getattr(text, "proj", None)
    if text is not None and proj is not None:
        import torch

        text.proj = torch.nn.Identity()
        return proj
    return None


def _apply_head(head: Any, features: "torch.Tensor") -> "torch.Tensor":
    if head is None:
        return features
    if hasattr(head, "shape"):
        return features @ head.to(features.dtype)
    return head(features)


def _as_numpy(head: Any) -> np.ndarray:
    """A float32 numpy copy of a head (a numpy array or a torch tensor)."""
    if isinstance(head, np.ndarray):
        return head.astype(np.float32, copy=True)
    return head.detach().float().cpu().numpy().copy()


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32)


def default_threads() -> int:
    """CPU threads for torch by default: every core the process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
