"""Reading weights files safely, checking them against an architecture, and photoclip model archives.

Checkpoints are read without ever running pickled code: safetensors as they
are, torch pickles with ``weights_only=True``. Files in a format photoclip
does not take (TorchScript, a Hugging Face transformers CLIP) are named for
what they are, with where to get the right file.

A *model archive* (``photoclip models export``) is one uncompressed zip
holding everything a model needs on a machine without network: the weights,
a Hugging Face text tower's config and tokenizer, and ``photoclip-model.json``,
a manifest with the model's registry entry and the sha256 and size of every
file. Importing one checks every file against the manifest while it is
unpacked.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import pickle
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from photoclip.core.models.files import check_free_space, copy_hashing, disk_full, is_disk_full
from photoclip.core.models.loader import expected_shapes, quiet_open_clip, text_cfg_for
from photoclip.core.models.progress import ModelProgress, ModelProgressCallback
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import torch

#: Checkpoint formats a plain import accepts (open_clip's own).
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth")
#: The manifest at the root of a model archive.
MANIFEST = "photoclip-model.json"
ARCHIVE_FORMAT = 1

# Keys open_clip's load_checkpoint drops or synthesises itself, so a file may
# lack them (or carry them) and still load.
_OPTIONAL_KEYS = frozenset({"text.transformer.embeddings.position_ids", "logit_bias"})
# Top-level key prefixes of a transformers CLIPModel / SiglipModel state dict.
_TRANSFORMERS_PREFIXES = ("vision_model.", "text_model.")


# --------------------------------------------------------------------------- reading


def unwrap_state_dict(obj: Any) -> dict[str, Any]:
    """Reduce a loaded checkpoint to ``{name: tensor}`` the way open_clip's load_state_dict does.

    Training checkpoints wrap the weights as ``{"state_dict": ..., "epoch": ...}``
    and DistributedDataParallel prefixes every key with ``module.``.
    """
    if isinstance(obj, dict) and isinstance(obj.get("state_dict"), dict):
        obj = obj["state_dict"]
    if not isinstance(obj, dict) or not obj:
        raise PhotoclipError("The file does not contain a state dict (a mapping of names to tensors).")
    if all(isinstance(k, str) and k.startswith("module.") for k in obj):
        obj = {k[len("module."):]: v for k, v in obj.items()}
    return obj


def is_safetensors_name(path: Path) -> bool:
    """True for ``x.safetensors``."""
    return path.name.lower().endswith(".safetensors")


def _refuse_torchscript(path: Path) -> None:
    """Raise for a TorchScript archive: it holds code, and torch's own error suggests running it."""
    if not zipfile.is_zipfile(path):
        return
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
    if any("/code/" in n or n.endswith("/constants.pkl") for n in names):
        raise PhotoclipError(
            f"{path.name} is a TorchScript model (such as OpenAI's original ViT-B-32.pt), which "
            "photoclip does not import: it holds program code, not only weights.",
            hint="Use the model's open_clip weights instead; for OpenAI's ViT-B-32 that is "
            "open_clip_model.safetensors of timm/vit_base_patch32_clip_224.openai on the Hugging Face "
            "hub, imported with the architecture ViT-B-32-quickgelu.",
        )


def _refuse_foreign_keys(keys: Iterator[str] | builtins.list[str], path: Path) -> None:
    """Raise for a Hugging Face transformers CLIP checkpoint (its names are not open_clip's)."""
    keys = builtins.list(keys)
    if keys and sum(k.startswith(_TRANSFORMERS_PREFIXES) for k in keys) > len(keys) // 2:
        raise PhotoclipError(
            f"{path.name} is a Hugging Face transformers CLIP checkpoint, not an open_clip one: "
            "photoclip cannot use this format.",
            hint="Take the open_clip file from the same Hugging Face repository instead "
            "(open_clip_model.safetensors or open_clip_pytorch_model.bin).",
        )


def read_checkpoint(path: Path, *, mmap: bool = False, safetensors: bool | None = None) -> dict[str, Any]:
    """Load a checkpoint file without ever executing pickled code.

    Args:
        path: A ``.safetensors`` file, or a torch pickle (``.bin``/``.pt``/``.pth``).
        mmap: Map torch pickles instead of reading them (for cheap shape checks).
        safetensors: The file's format when its name does not tell (a download in progress).

    Returns:
        The unwrapped state dict.

    Raises:
        PhotoclipError: The file holds pickled code/objects (refused), is in a format
            photoclip does not take (TorchScript, transformers CLIP), or cannot be read.
    """
    import torch

    if is_safetensors_name(path) if safetensors is None else safetensors:
        from safetensors.torch import load_file

        try:
            state = unwrap_state_dict(load_file(str(path), device="cpu"))
        except PhotoclipError:
            raise
        except Exception as exc:
            raise PhotoclipError(f"{path.name} is not a valid safetensors file ({exc}).") from exc
        _refuse_foreign_keys(builtins.list(state), path)
        return state
    _refuse_torchscript(path)
    try:
        # weights_only=True: the unpickler only rebuilds tensors and plain
        # containers and raises on anything else, so a malicious __reduce__
        # never runs. mmap only works for torch's zip format (not the legacy one).
        obj = torch.load(
            str(path), map_location="cpu", weights_only=True,
            mmap=mmap and zipfile.is_zipfile(path),
        )
    except pickle.UnpicklingError as exc:
        raise PhotoclipError(
            f"Import refused: this file contains pickled code or Python objects other than "
            f"tensors ({path.name}), and photoclip never executes code from a weights file.",
            hint="Get the model's .safetensors (or plain state-dict .bin) file instead, or convert "
            "it on a machine where you trust its origin.",
        ) from exc
    except Exception as exc:
        raise PhotoclipError(f"Cannot read {path.name} as a PyTorch checkpoint ({exc}).") from exc
    state = unwrap_state_dict(obj)
    _refuse_foreign_keys(builtins.list(state), path)
    return state


def shapes_of(path: Path, *, safetensors: bool | None = None) -> dict[str, tuple[int, ...]]:
    """Names and shapes of the tensors in a checkpoint, reading as little as possible.

    Args:
        path: The checkpoint.
        safetensors: Its format when its name does not tell (a download in progress).
    """
    import torch

    if is_safetensors_name(path) if safetensors is None else safetensors:
        from safetensors import safe_open

        try:
            with safe_open(str(path), framework="pt", device="cpu") as fh:
                raw = {k: tuple(fh.get_slice(k).get_shape()) for k in fh.keys()}
        except Exception as exc:
            raise PhotoclipError(f"not a valid safetensors file ({exc})") from exc
        if raw and all(k.startswith("module.") for k in raw):
            raw = {k[len("module."):]: v for k, v in raw.items()}
        _refuse_foreign_keys(builtins.list(raw), path)
        return raw
    state = read_checkpoint(path, mmap=True, safetensors=False)
    return {k: tuple(v.shape) for k, v in state.items() if isinstance(v, torch.Tensor)}


def check_against_arch(
    shapes: dict[str, tuple[int, ...]], arch: str, text_tower: Path | None = None
) -> None:
    """Raise PhotoclipError if a checkpoint's tensors do not fit ``arch``.

    Compares names and element counts (not exact shapes: open_clip reshapes
    ``logit_scale``) against the architecture built on the meta device. When the
    architecture cannot be built here, only checks that it looks like a CLIP model.

    Args:
        shapes: The checkpoint's tensor names and shapes.
        arch: The open_clip architecture.
        text_tower: For a Hugging Face text tower, the folder with its config.
    """
    if not shapes:
        raise PhotoclipError("the file holds no tensors")
    expected = expected_shapes(arch, text_tower)
    if expected is None:
        if not any(k.startswith("visual.") for k in shapes):
            raise PhotoclipError(f"it holds no image-tower ('visual.*') weights, so it is not a {arch} model")
        return
    missing = sorted(set(expected) - set(shapes) - _OPTIONAL_KEYS)
    unexpected = sorted(set(shapes) - set(expected) - _OPTIONAL_KEYS)
    wrong = sorted(k for k in set(expected) & set(shapes) if _numel(expected[k]) != _numel(shapes[k]))
    if missing or unexpected or wrong:
        raise PhotoclipError(mismatch_text(arch, missing, unexpected, [
            f"{k} {shapes[k]} (expected {expected[k]})" for k in wrong
        ]))


def _numel(shape: tuple[int, ...]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


def mismatch_text(arch: str, missing: builtins.list[str], unexpected: builtins.list[str], wrong: builtins.list[str]) -> str:
    """The sentence saying how a checkpoint differs from ``arch``."""
    def few(items: builtins.list[str]) -> str:
        more = f", ... ({len(items)} in all)" if len(items) > 4 else ""
        return ", ".join(items[:4]) + more

    parts = [f"The weights do not match the {arch} architecture:"]
    if missing:
        parts.append(f"missing keys: {few(missing)}")
    if unexpected:
        parts.append(f"unexpected keys: {few(unexpected)}")
    if wrong:
        parts.append(f"wrong sizes: {few(wrong)}")
    return " ".join(parts[:1]) + " " + "; ".join(parts[1:]) + "."


def save_safetensors_atomic(state: dict[str, "torch.Tensor"], dest: Path, metadata: dict[str, str]) -> None:
    """Save tensors as safetensors via a temp file + os.replace (never a half file under ``dest``).

    Raises:
        DiskFullError: The disk filled up (nothing is left behind).
    """
    from safetensors.torch import save_file

    dest.parent.mkdir(parents=True, exist_ok=True)
    # Suffix .safetensors so open_clip's loader would recognise the temp file too.
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.stem}.", suffix=".tmp.safetensors", dir=dest.parent)
    os.close(fd)
    try:
        save_file(dict(_dedupe(state)), tmp, metadata=metadata)
        os.replace(tmp, dest)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if is_disk_full(exc):
            raise disk_full(dest.parent, None, dest.name) from exc
        raise


def _dedupe(state: dict[str, "torch.Tensor"]) -> Iterator[tuple[str, "torch.Tensor"]]:
    """Yield the tensors, cloning any that share storage with an earlier one (safetensors refuses shared storage)."""
    seen: set[int] = set()
    for key, tensor in state.items():
        ptr = tensor.untyped_storage().data_ptr()
        if tensor.numel() and ptr in seen:
            tensor = tensor.clone()
        elif tensor.numel():
            seen.add(ptr)
        yield key, tensor.contiguous()


# --------------------------------------------------------------------------- plain checkpoints


@dataclass(frozen=True)
class Converted:
    """What :func:`convert_checkpoint` learnt about the weights it wrote."""

    embed_dim: int
    image_size: int


def convert_checkpoint(
    file: Path,
    arch: str,
    dest: Path,
    *,
    text_tower: Path | None = None,
    progress: ModelProgressCallback | None = None,
) -> Converted:
    """Check an open_clip checkpoint against ``arch`` and save it as safetensors at ``dest``.

    The cleaned state dict is written first and *that file* is loaded with
    open_clip's ``load_checkpoint``: the exact code path that loads it later. A
    cheap first check gives a precise message (missing keys, wrong sizes).

    Args:
        file: A ``.safetensors``/``.bin``/``.pt``/``.pth`` checkpoint.
        arch: Its open_clip architecture.
        dest: Where the safetensors file goes (replaced atomically; nothing is left on failure).
        text_tower: For a Hugging Face text tower, the folder with its config.
        progress: Reports phase ``import`` in four steps (read, checked, written, loaded).

    Raises:
        PhotoclipError: Unreadable, pickled code, a foreign format, or weights that do
            not fit the architecture (hint: check the architecture).
        DiskFullError: No room for the converted file.
    """
    import open_clip
    import torch

    size = file.stat().st_size

    def step(fraction: float) -> None:
        if progress is not None:
            progress(ModelProgress("import", int(size * fraction), size, file.name))

    step(0.0)
    check_free_space(dest.parent, size, file.name)
    state = read_checkpoint(file)
    bad = [k for k, v in state.items() if not isinstance(v, torch.Tensor)]
    if bad:
        raise PhotoclipError(f"{file.name} holds non-tensor entries ({', '.join(map(str, bad[:4]))}).")
    step(0.25)
    try:
        check_against_arch({k: tuple(v.shape) for k, v in state.items()}, arch, text_tower)
    except PhotoclipError as exc:
        raise PhotoclipError(
            exc.message, hint=f"Check the architecture: is {file.name} really a {arch} checkpoint?"
        ) from exc
    step(0.5)
    tmp = dest.with_name(f".{dest.stem}.importing.safetensors")
    try:
        save_safetensors_atomic(state, tmp, {"photoclip": f"imported {arch} from {file.name}"})
        del state
        step(0.75)
        kwargs: dict[str, Any] = {}
        text_cfg = text_cfg_for(arch, text_tower)
        if text_cfg is not None:
            kwargs["text_cfg"] = text_cfg
        try:
            with quiet_open_clip():
                # pretrained_hf=False: a Hugging Face text tower must not fetch
                # its own pretrained weights; ours replace them anyway.
                model = open_clip.create_model(arch, device="cpu", pretrained_hf=False, **kwargs)
        except Exception as exc:
            raise PhotoclipError(f"Cannot build the {arch} architecture: {exc}") from exc
        try:
            incompatible = open_clip.load_checkpoint(model, str(tmp), strict=False)
        except Exception as exc:
            lines = [ln.strip() for ln in str(exc).splitlines() if "size mismatch" in ln]
            raise PhotoclipError(
                mismatch_text(arch, [], [], lines or [f"{type(exc).__name__}: {str(exc)[:300]}"])
            ) from exc
        if incompatible.missing_keys or incompatible.unexpected_keys:
            raise PhotoclipError(
                mismatch_text(arch, builtins.list(incompatible.missing_keys),
                              builtins.list(incompatible.unexpected_keys), [])
                + f" Is {file.name} really a {arch} checkpoint?"
            )
        image_size = model.visual.image_size
        image_size = int(image_size[0] if isinstance(image_size, (tuple, builtins.list)) else image_size)
        embed_dim = int(open_clip.get_model_config(arch)["embed_dim"])
        del model
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    step(1.0)
    return Converted(embed_dim=embed_dim, image_size=image_size)


# --------------------------------------------------------------------------- archives


@dataclass(frozen=True)
class ArchiveFile:
    """One file of a model archive, as the manifest lists it.

    Attributes:
        path: Its name inside the archive (``weights/x.safetensors``, ``text-tower/config.json``).
        sha256: Its checksum.
        size: Its size in bytes.
    """

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """The manifest of a model archive: the model's registry entry and its files."""

    entry: dict[str, Any]
    files: tuple[ArchiveFile, ...]

    @property
    def weights(self) -> ArchiveFile:
        return next(f for f in self.files if f.path.startswith("weights/"))

    @property
    def text_tower(self) -> tuple[ArchiveFile, ...]:
        return tuple(f for f in self.files if f.path.startswith("text-tower/"))


def is_archive(path: Path) -> bool:
    """True if ``path`` is a photoclip model archive (a zip with the manifest at its root)."""
    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as zf:
        return MANIFEST in zf.namelist()


def write_archive(
    dest: Path,
    entry: dict[str, Any],
    weights: Path,
    text_tower: dict[str, Path],
    progress: ModelProgressCallback | None = None,
) -> Path:
    """Write a model archive (uncompressed: weights do not compress) atomically.

    Args:
        dest: The archive to write (replaced only when complete).
        entry: The model's registry entry (its spec).
        weights: Its weights file.
        text_tower: Text-tower file names -> their files.
        progress: Phase ``export``, bytes written of all files.

    Returns:
        ``dest``.

    Raises:
        DiskFullError: No room for the archive (nothing is left behind).
    """
    sources = [(f"weights/{weights.name}", weights)] + [(f"text-tower/{n}", p) for n, p in sorted(text_tower.items())]
    total = sum(p.stat().st_size for _, p in sources)
    dest = dest.expanduser()
    check_free_space(dest.parent, total, dest.name)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    files = []
    done = 0
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            for arcname, path in sources:
                size = path.stat().st_size
                with open(path, "rb") as src, zf.open(zipfile.ZipInfo(arcname), "w", force_zip64=True) as out:
                    digest, copied = copy_hashing(src, out, None, progress, "export", arcname,
                                                  done_before=done, total=total)
                files.append({"path": arcname, "sha256": digest, "size": copied})
                done += size
            manifest = {"format": ARCHIVE_FORMAT, "model": entry, "files": files}
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        os.replace(tmp, dest)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise disk_full(dest.parent, total, dest.name) from exc
        raise
    return dest


def read_manifest(path: Path) -> Manifest:
    """The manifest of a model archive.

    Raises:
        PhotoclipError: The manifest is missing, damaged, or of a newer format.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            data = json.loads(zf.read(MANIFEST))
        if int(data["format"]) > ARCHIVE_FORMAT:
            raise PhotoclipError(
                f"{path.name} was made by a newer photoclip (archive format {data['format']}).",
                hint="Update photoclip on this machine, or export the model with this version.",
            )
        files = tuple(ArchiveFile(str(f["path"]), str(f["sha256"]), int(f["size"])) for f in data["files"])
        entry = dict(data["model"])
        if not any(f.path.startswith("weights/") for f in files):
            raise KeyError("weights")
        for f in files:
            if Path(f.path).name != f.path.split("/", 1)[1] or f.path.count("/") != 1:
                raise ValueError(f"unexpected file name {f.path!r}")
    except PhotoclipError:
        raise
    except (OSError, zipfile.BadZipFile, ValueError, KeyError, TypeError) as exc:
        raise PhotoclipError(f"The model archive {path.name} is damaged ({exc}).",
                             hint="Export the model again and copy the archive once more.") from exc
    return Manifest(entry=entry, files=files)


def extract_archive(
    path: Path, manifest: Manifest, into: Path, progress: ModelProgressCallback | None = None
) -> dict[str, Path]:
    """Unpack a model archive's files into ``into``, checking each against the manifest.

    Args:
        path: The archive.
        manifest: Its manifest (:func:`read_manifest`).
        into: An empty folder (the caller removes it on failure).
        progress: Phase ``import``, bytes unpacked of all files.

    Returns:
        Archive path -> unpacked file.

    Raises:
        PhotoclipError: A file is missing or does not match its sha256 or size.
        DiskFullError: No room to unpack.
    """
    total = sum(f.size for f in manifest.files)
    check_free_space(into, total, path.name)
    out: dict[str, Path] = {}
    done = 0
    try:
        with zipfile.ZipFile(path) as zf:
            for f in manifest.files:
                target = into / f.path
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    src = zf.open(f.path)
                except KeyError as exc:
                    raise PhotoclipError(f"The model archive {path.name} is damaged (it lacks {f.path}).",
                                         hint="Export the model again and copy the archive once more.") from exc
                with src, open(target, "wb") as dst:
                    digest, copied = copy_hashing(src, dst, None, progress, "import", f.path,
                                                  done_before=done, total=total)
                if digest != f.sha256 or copied != f.size:
                    raise PhotoclipError(
                        f"The model archive {path.name} is damaged: {f.path} does not match its checksum.",
                        hint="Export the model again and copy the archive once more.",
                    )
                out[f.path] = target
                done += f.size
    except zipfile.BadZipFile as exc:
        raise PhotoclipError(f"The model archive {path.name} is damaged ({exc}).",
                             hint="Export the model again and copy the archive once more.") from exc
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(into, total, path.name) from exc
        raise
    return out


__all__ = [
    "WEIGHT_SUFFIXES",
    "ArchiveFile",
    "Converted",
    "Manifest",
    "check_against_arch",
    "convert_checkpoint",
    "extract_archive",
    "is_archive",
    "read_checkpoint",
    "read_manifest",
    "save_safetensors_atomic",
    "shapes_of",
    "write_archive",
]
