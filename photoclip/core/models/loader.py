"""Loading a model through open_clip from local files, with the preprocessing it was trained with.

There is exactly one loader, :func:`load_open_clip`, and it is open_clip's own
``create_model_and_transforms`` given a local file: tests fake the *weights*
(test-tiny), never the loader. A Hugging Face text tower (the multilingual
model) is built from its config and tokenizer files in a local folder, so
transformers never asks the hub for anything at load time.

torch and open_clip are imported lazily so that listing models does not pay
for importing torch.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import importlib.util
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from photoclip.errors import ModelUnavailableError, PhotoclipError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import torch

    from photoclip.core.models.spec import ModelSpec

log = logging.getLogger(__name__)

#: The architecture configs open_clip does not ship (test-tiny, shapes-world).
MODEL_CONFIGS_DIR = Path(__file__).with_name("model_configs")

_configs_lock = threading.Lock()
_configs_registered = False


def register_model_configs() -> None:
    """Make open_clip aware of photoclip's own architecture configs (test-tiny).

    ``open_clip.add_model_config`` appends to a global search path and rescans
    every time, so it is called once per process; safe to call repeatedly and
    from several threads.
    """
    global _configs_registered
    with _configs_lock:
        if _configs_registered:
            return
        import open_clip

        open_clip.add_model_config(MODEL_CONFIGS_DIR)
        _configs_registered = True


@contextlib.contextmanager
def quiet_open_clip() -> Iterator[None]:
    """Hide open_clip's "No pretrained weights loaded ... initialized randomly" warning.

    open_clip logs it on the root logger whenever a model is built without a
    checkpoint, which photoclip does on purpose (test-tiny generation, import
    validation); with no logging configured Python would print it to stderr and
    alarm the user.
    """

    def _drop(record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("No pretrained weights loaded")

    root = logging.getLogger()
    root.addFilter(_drop)
    try:
        yield
    finally:
        root.removeFilter(_drop)


def hf_text_model(arch: str) -> str | None:
    """The Hugging Face text model an architecture builds on, or None (open_clip's own tower)."""
    import open_clip

    register_model_configs()
    cfg = open_clip.get_model_config(arch) or {}
    return cfg.get("text_cfg", {}).get("hf_model_name")


def missing_packages(arch: str) -> list[str]:
    """The Python packages ``arch`` needs that are not installed (transformers for a Hugging Face text tower)."""
    if not hf_text_model(arch):
        return []
    return [p for p in ("transformers", "tokenizers") if importlib.util.find_spec(p) is None]


def require_packages(arch: str, model: str) -> None:
    """Raise a PhotoclipError naming the packages ``arch`` needs and lacks.

    Args:
        arch: The open_clip architecture.
        model: The name of the model that needs them, for the message.

    Raises:
        PhotoclipError: transformers (or tokenizers) is not installed.
    """
    missing = missing_packages(arch)
    if missing:
        raise PhotoclipError(
            f"The model {model!r} needs the Python package {', '.join(missing)} for its text encoder "
            f"(architecture {arch}), and it is not installed.",
            hint="photoclip depends on it: install photoclip again (with pip) in this environment to get it.",
        )


def unknown_arch_error(arch: str) -> PhotoclipError:
    """The error for an architecture open_clip does not know, with the nearest names."""
    import open_clip

    known = open_clip.list_models()
    close = difflib.get_close_matches(arch, known, n=6, cutoff=0.5)
    suggestions = close or [m for m in known if m.startswith(("ViT-B", "ViT-L", "xlm"))][:8]
    return PhotoclipError(
        f"Unknown open_clip architecture {arch!r}.",
        hint=f"Did you mean one of: {', '.join(suggestions)}? "
        f"(`python -c \"import open_clip; print(open_clip.list_models())\"` lists all {len(known)}.)",
    )


def check_arch(arch: str) -> None:
    """Raise unless open_clip knows ``arch`` (photoclip's own configs included)."""
    import open_clip

    register_model_configs()
    if arch not in open_clip.list_models():
        raise unknown_arch_error(arch)


def text_cfg_for(arch: str, text_tower: Path | None) -> dict[str, Any] | None:
    """open_clip's ``text_cfg`` pointing a Hugging Face text tower at local files, or None.

    The config and tokenizer come from ``text_tower`` (a folder); the weights from
    our checkpoint (``hf_model_pretrained=False``), so transformers reads no
    network at all.
    """
    import open_clip

    register_model_configs()
    config = open_clip.get_model_config(arch) or {}
    text_cfg = dict(config.get("text_cfg", {}))
    if "hf_model_name" not in text_cfg or text_tower is None:
        return None
    text_cfg.update(hf_model_name=str(text_tower), hf_tokenizer_name=str(text_tower), hf_model_pretrained=False)
    return text_cfg


@functools.lru_cache(maxsize=8)
def expected_shapes(arch: str, text_tower: Path | None = None) -> dict[str, tuple[int, ...]] | None:
    """Parameter names and shapes of ``arch``, built on the meta device (no memory, ~0.1 s).

    Args:
        arch: The architecture.
        text_tower: For a Hugging Face text tower, the folder with its config.

    Returns:
        The shapes, or None when the architecture cannot be built here (a Hugging
        Face text tower without its config), in which case callers fall back to
        weaker checks.
    """
    import open_clip
    import torch

    register_model_configs()
    kwargs: dict[str, Any] = {}
    if hf_text_model(arch):
        text_cfg = text_cfg_for(arch, text_tower)
        if text_cfg is None or missing_packages(arch):
            return None
        kwargs["text_cfg"] = text_cfg
    try:
        with torch.device("meta"), quiet_open_clip():
            model = open_clip.create_model(arch, device="meta", pretrained_hf=False, **kwargs)
    except Exception:
        log.debug("cannot build %s on the meta device", arch, exc_info=True)
        return None
    return {k: tuple(v.shape) for k, v in model.state_dict().items()}


def load_open_clip(
    spec: "ModelSpec", weights: Path, device: str = "cpu", text_tower: Path | None = None
) -> tuple["torch.nn.Module", Callable[[Any], "torch.Tensor"], Callable[..., "torch.Tensor"]]:
    """Load a model through open_clip's real loader from a local weights file.

    The preprocessing (mean/std, interpolation, resize mode, image size) is the
    one in the model's registry data, so open_clip's transform and
    ``model.visual.preprocess_cfg`` (which the embedder reads) match what the
    weights were trained with.

    Args:
        spec: The model (its ``arch`` picks the open_clip architecture).
        weights: The local weights file (from ``ModelRegistry.ensure_weights``).
        device: Torch device string (``"cpu"``, ``"cuda"``, ``"mps"``).
        text_tower: For a Hugging Face text tower, the folder with its config and
            tokenizer (``ModelRegistry.text_tower_dir``).

    Returns:
        ``(model, preprocess, tokenizer)``: the model in eval mode; the inference
        image transform (PIL image -> tensor); the tokenizer (texts -> token tensor).

    Raises:
        PhotoclipError: A package it needs is missing, the file or text tower is
            missing, or open_clip cannot load it.
    """
    import open_clip

    register_model_configs()
    if open_clip.get_model_config(spec.arch) is None:
        raise unknown_arch_error(spec.arch)
    require_packages(spec.arch, spec.name)
    weights = Path(weights)
    if not weights.is_file():
        raise ModelUnavailableError(
            f"The weights of model {spec.name!r} are missing ({weights}).",
            hint="Download them again, or import them.",
            model=spec.name,
        )
    model_kwargs: dict[str, Any] = {}
    text_cfg = text_cfg_for(spec.arch, text_tower)
    if hf_text_model(spec.arch) and text_cfg is None:
        raise ModelUnavailableError(
            f"The text encoder files of model {spec.name!r} are missing.",
            hint="Download the model again, or import it.",
            model=spec.name,
        )
    if text_cfg is not None:
        model_kwargs["text_cfg"] = text_cfg
    pp = spec.preprocess
    if pp is not None:
        model_kwargs.update(
            force_image_size=pp.image_size, image_mean=pp.mean, image_std=pp.std,
            image_interpolation=pp.interpolation, image_resize_mode=pp.resize_mode,
        )
    try:
        with quiet_open_clip():
            model, _train_transform, preprocess = open_clip.create_model_and_transforms(
                spec.arch, pretrained=str(weights), device=device, **model_kwargs
            )
        if text_cfg is not None:
            from open_clip.tokenizer import DEFAULT_CONTEXT_LENGTH, HFTokenizer

            tokenizer_kwargs = dict(text_cfg.get("tokenizer_kwargs", {}))
            if text_cfg.get("tokenizer_mode"):
                tokenizer_kwargs["tokenizer_mode"] = text_cfg["tokenizer_mode"]
            tokenizer = HFTokenizer(
                str(text_tower),
                context_length=text_cfg.get("context_length", DEFAULT_CONTEXT_LENGTH),
                **tokenizer_kwargs,
            )
        else:
            tokenizer = open_clip.get_tokenizer(spec.arch)
    except Exception as exc:
        raise PhotoclipError(
            f"Cannot load model {spec.name!r} ({spec.arch}) from {weights}: {exc}",
            hint="The file may be damaged or for another architecture: delete it and download "
            "or import it again.",
        ) from exc
    model.eval()
    return model, preprocess, tokenizer
