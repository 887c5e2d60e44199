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

import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from photoclip.core.imaging import PreprocessConfig
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:  # torch is imported lazily: it costs seconds
    import torch

    from photoclip.core.models.progress import ModelProgressCallback
    from photoclip.core.models.registry import ModelRegistry
    from photoclip.core.models.spec import ModelSpec

DEFAULT_BATCH = {"cuda": 128, "mps": 64, "cpu": 32}
PRECISIONS = ("auto", "fp32", "bf16")
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

    Args:
        registry: Where weights come from (downloaded, imported or generated).
        spec: Which model.
        device: ``auto`` (default), ``cpu``, ``cuda`` or ``mps``.
        batch_size: Images per forward pass; default suits the device.
        threads: CPU threads for torch (default: all cores).
        precision: ``fp32``, ``bf16``, or ``auto`` (default): bf16 on a CPU that
            computes it natively (AVX512-BF16 or AMX), fp32 elsewhere. bf16
            towers are checked against fp32 at load time and the embedder
            falls back to fp32 if they disagree (see :attr:`precision_check`).
            The projection heads always stay fp32.
        download_progress: Follows the download and verification of the weights, if they happen.
        allow_download: False to raise ModelUnavailableError instead of downloading missing weights.
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
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None
        self._image_head: "torch.Tensor | None" = None
        self._text_head: Any = None
        self._preprocess: PreprocessConfig | None = None
        self._dtype: Any = None
        self._logit_scale = 100.0
        self.device = "cpu"
        self.precision = "fp32"
        # Lowest cosine between bf16 and fp32 tower outputs on the load-time
        # probe; None when the towers run in fp32.
        self.precision_check: float | None = None
        self.image_encoder_calls = 0
        self.text_encoder_calls = 0

    # ------------------------------------------------------------------ load
    def load(self) -> None:
        """Load the model now (normally this happens on first use)."""
        with self._lock:
            if self._model is not None:
                return
            import torch

            from photoclip.core.models.loader import load_open_clip

            if self._threads:
                torch.set_num_threads(self._threads)
            self.device = choose_device(self._requested_device)
            weights = self.registry.ensure_weights(self.spec, self._download_progress, allow_download=self._allow_download)
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

    @property
    def loaded(self) -> bool:
        return self._model is not None

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
        assert self._image_head is not None  # has a shape, so it is a tensor
        return (
            self._image_head.detach().float().cpu().numpy().copy(),
            self._text_head.detach().float().cpu().numpy().copy(),
        )

    # ---------------------------------------------------------------- encode
    def image_features(self, pixels: np.ndarray) -> np.ndarray:
        """Pooled image-tower output before the projection head, ``(B, F)``."""
        import torch

        self.load()
        with torch.inference_mode():
            batch = torch.from_numpy(np.ascontiguousarray(pixels, dtype=np.float32)).to(self.device, self._dtype)
            features = self._model.visual(batch)
        self.image_encoder_calls += 1
        return features.float().cpu().numpy()

    def project_images(self, features: np.ndarray) -> np.ndarray:
        """Apply the image head to stored features and L2-normalise, ``(B, D)``."""
        import torch

        self.load()
        with torch.inference_mode():
            f = torch.from_numpy(np.array(features, dtype=np.float32)).to(self.device)  # a writable copy
            out = _apply_head(self._image_head, f)
        return _normalise(out.float().cpu().numpy())

    def encode_images(self, pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Encode a preprocessed batch; returns (pre-projection features, normalised embeddings)."""
        features = self.image_features(pixels)
        return features, self.project_images(features)

    def text_features(self, texts: Sequence[str]) -> np.ndarray:
        """Pooled text-tower output before the projection head, ``(N, F)``."""
        import torch

        self.load()
        with torch.inference_mode():
            tokens = self._tokenizer(list(texts)).to(self.device)
            features = _encode_text_trimmed(self._model, tokens)
            if features is None:
                features = self._model.encode_text(tokens, normalize=False)
        self.text_encoder_calls += 1
        return features.float().cpu().numpy()

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Encode texts to normalised embeddings ``(N, D)``."""
        import torch

        features = self.text_features(texts)
        with torch.inference_mode():
            f = torch.from_numpy(features).to(self.device)
            out = _apply_head(self._text_head, f)
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


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32)


def default_threads() -> int:
    """CPU threads for torch by default: every core the process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
