"""Exporting a model's towers from open_clip to ONNX, checked against torch: the one place serving needs torch.

Runs once per model and library, when the model is set up (or, for a library
that predates it, in the background job that first loads the model). Each
exported tower is compared with the torch model on real inputs (the library's
own photos when it has any, and a fixed set of texts) and refused below
:data:`~photoclip.core.models.onnx_towers.FP32_MIN_COSINE`. The image tower is
also quantised to int8 and kept only if it agrees with fp32 on the same
photos. See ``onnx_towers.py`` for what is written.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch  # this module runs only to export, in a job that has loaded torch anyway

from photoclip.core.imaging import PreprocessConfig
from photoclip.core.models.onnx_towers import (
    FP32_MIN_COSINE,
    INT8_MIN_COSINE,
    ExportError,
    TowerManifest,
    lowest_cosine,
    probe_pixels,
    session,
    weights_identity,
    write_manifest,
)
from photoclip.core.models.tokenizer import ClipTokenizer
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from photoclip.core.models.spec import ModelSpec

log = logging.getLogger(__name__)

#: Texts the text tower is checked on: short and long, several languages, punctuation, one over the context.
PROBE_TEXTS = (
    "a photo of a dog",
    "una playa al atardecer con mucha gente",
    "city street at night, rain, neon signs!",
    "x",
    "Two children & a red kite on the beach (2019)",
    "o gato dormindo no sofá da sala",
    "" + " ".join(["mountains"] * 90),
)
OPSET = 17


def export_towers(
    spec: "ModelSpec",
    weights: Path,
    text_tower: Path | None,
    folder: Path,
    photos: Sequence[Path] = (),
    *,
    int8_min: float = INT8_MIN_COSINE,
) -> TowerManifest:
    """Export, check and cache a model's towers in ``folder`` (replacing what was there).

    Args:
        spec: The model.
        weights: Its verified weights file.
        text_tower: Its Hugging Face text tower folder, if it has one.
        folder: Where the export goes (``models/<model>/onnx``).
        photos: The library's photos to check on (a sample; generated images when empty).
        int8_min: The lowest cosine to fp32 the int8 image tower must reach to be used.

    Returns:
        The manifest written with the files.

    Raises:
        ExportError: The export failed, or the fp32 image tower disagrees with torch.
        PhotoclipError: The model cannot be loaded.
    """
    from photoclip.core.models.embedder import _encode_text_trimmed, _split_image_head, _split_text_head
    from photoclip.core.models.loader import load_open_clip

    model, _preprocess, tokenizer = load_open_clip(spec, weights, "cpu", text_tower)
    cfg = PreprocessConfig.from_open_clip(model)
    scale = getattr(model, "logit_scale", None)
    logit_scale = float(scale.detach().float().exp().item()) if scale is not None else 100.0
    image_head = _split_image_head(model)
    text_head = _split_text_head(model)
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".onnx-", dir=folder.parent))
    try:
        pixels, from_photos = probe_pixels(photos, cfg)
        visual: Any = model.visual  # a Module; torch types attribute access as Tensor | Module
        with torch.inference_mode():
            reference = visual(torch.from_numpy(pixels)).numpy()
        _export(visual, torch.from_numpy(pixels[:2]), staging / "image.onnx", "pixels")
        fp32 = session(staging / "image.onnx", 0).run(None, {"pixels": pixels})[0]
        image_cosine = lowest_cosine(fp32, reference)
        if image_cosine < FP32_MIN_COSINE:
            raise ExportError(f"The ONNX image tower of {spec.name} disagrees with torch (lowest cosine {image_cosine:.6f}).")
        int8_cosine = _quantise(staging, pixels, fp32, int8_min)
        text_cosine, context_length, clean = _export_text(model, tokenizer, text_head, staging, _encode_text_trimmed)
        heads: dict[str, np.ndarray] = {}
        if image_head is not None:
            heads["image_head"] = image_head.detach().float().numpy()
        if hasattr(text_head, "shape"):
            heads["text_head"] = text_head.detach().float().numpy()
        np.savez(staging / "heads.npz", **heads)  # type: ignore[arg-type]  # numpy's stub types **kwds loosely
        manifest = TowerManifest(
            weights=weights_identity(weights),
            preprocess=cfg,
            logit_scale=logit_scale,
            image_cosine=image_cosine,
            text_cosine=text_cosine,
            int8_cosine=int8_cosine,
            int8_min=int8_min,
            probe="library" if from_photos else "generated",
            probe_photos=len(pixels) if from_photos else 0,
            context_length=context_length,
            clean=clean,
        )
        if folder.exists():
            shutil.rmtree(folder)
        staging.rename(folder)
        write_manifest(folder, manifest)
        return manifest
    except PhotoclipError:
        raise
    except Exception as exc:
        raise ExportError(f"Cannot export model {spec.name} to ONNX: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _export(module: Any, example: torch.Tensor, dest: Path, input_name: str) -> None:
    # With gradients off, torch's attention takes a fused kernel the exporter cannot write.
    with warnings.catch_warnings(), torch.inference_mode(False), torch.enable_grad():
        warnings.simplefilter("ignore")  # tracer warnings about shapes taken as constants
        torch.onnx.export(
            module, (example,), str(dest), input_names=[input_name], output_names=["features"],
            dynamic_axes={input_name: {0: "batch"}, "features": {0: "batch"}}, opset_version=OPSET, dynamo=False,
        )


def _quantise(folder: Path, pixels: np.ndarray, fp32: np.ndarray, int8_min: float) -> float | None:
    """Quantise the image tower's weights to int8; keep the file only if it agrees with fp32.

    Returns:
        The lowest cosine to fp32 on the probe, or None when quantisation is unavailable.
    """
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:  # the onnx package is missing
        log.info("onnxruntime.quantization is unavailable; the image tower stays fp32")
        return None
    dest = folder / "image.int8.onnx"
    quantize_dynamic(folder / "image.onnx", dest, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gemm"])
    cosine = lowest_cosine(session(dest, 0).run(None, {"pixels": pixels})[0], fp32)
    if cosine < int8_min:
        dest.unlink()
    return cosine


def _export_text(model: Any, tokenizer: Any, text_head: Any, folder: Path, encode_trimmed: Any) -> tuple[float | None, int, str]:
    """Export the text tower when photoclip can tokenize for it without torch; returns (cosine, context, clean).

    A Hugging Face text tower (its tokenizer lives in transformers) or a
    tokenizer with a reduction mask is left to torch: cosine None.
    """
    context = int(getattr(tokenizer, "context_length", 77) or 77)
    clean = {"_clean_lower": "lower", "_clean_whitespace": "whitespace", "_clean_canonicalize": "canonicalize"}.get(
        getattr(getattr(tokenizer, "clean_fn", None), "__name__", ""), ""
    )
    if type(tokenizer).__name__ != "SimpleTokenizer" or getattr(tokenizer, "reduction_fn", None) is not None or not clean:
        return None, context, clean or "lower"
    if not hasattr(text_head, "shape") and text_head is not None:
        return None, context, clean
    texts = list(PROBE_TEXTS)
    ids = tokenizer(texts).numpy()
    if not np.array_equal(ClipTokenizer(context, clean)(texts), ids):  # type: ignore[arg-type]  # clean is one of the three
        log.warning("photoclip's tokenizer disagrees with open_clip's; the text tower stays on torch")
        return None, context, clean
    tokens = torch.from_numpy(ids)
    with torch.inference_mode():
        reference = encode_trimmed(model, tokens)
        if reference is None:
            return None, context, clean
        reference = reference.numpy()
    _export(TextTower(model), tokens[:2], folder / "text.onnx", "tokens")
    got = session(folder / "text.onnx", 0).run(None, {"tokens": ids})[0]
    cosine = lowest_cosine(got, reference)
    if cosine < FP32_MIN_COSINE:
        (folder / "text.onnx").unlink()
        log.warning("the ONNX text tower disagrees with torch (lowest cosine %.6f); it stays on torch", cosine)
        return None, context, clean
    return cosine, context, clean


class TextTower(torch.nn.Module):
    """CLIP's text tower up to the pooled end token, at the full context (the exported graph fixes the length)."""

    def __init__(self, model: Any) -> None:
        super().__init__()
        self.model = model

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        m = self.model
        cast = m.transformer.get_cast_dtype()
        x = m.token_embedding(tokens).to(cast) + m.positional_embedding.to(cast)
        x = m.ln_final(m.transformer(x, attn_mask=m.attn_mask))
        return x[torch.arange(x.shape[0]), tokens.argmax(dim=-1)]


def _child_main(raw: str) -> int:
    """The child process of ``onnx_towers.export_in_child``."""
    from photoclip.core.models.spec import spec_from_entry

    job = json.loads(raw)
    spec = spec_from_entry(job["spec"], job["source"])
    text_tower = Path(job["text_tower"]) if job["text_tower"] else None
    try:
        export_towers(spec, Path(job["weights"]), text_tower, Path(job["folder"]), [Path(p) for p in job["photos"]], int8_min=job["int8_min"])
    except PhotoclipError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1]))
