"""The models photoclip can use, as data: :class:`ModelSpec` and the registry file it is read from.

``model_registry.json`` next to this module lists every built-in (open_clip
architecture, pretrained tag) pair with what the user needs to choose between
them (languages, download size, description), where the weights come from (a
Hugging Face hub repository and file, pinned to a commit and, where known, a
sha256) and the preprocessing they were trained with. Adding a model means
adding an entry there, not a code branch. This mirrors how open_clip keeps its
registry as data (``open_clip/pretrained.py``, ``open_clip/model_configs``).

``$PHOTOCLIP_MODEL_REGISTRY`` names a file in the same format that replaces
the built-in one (tests use it with a loopback hub; a site could point it at
its own mirror's models).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from photoclip.core.imaging import PreprocessConfig
from photoclip.errors import PhotoclipError

#: The built-in registry data.
REGISTRY_FILE = Path(__file__).with_name("model_registry.json")
#: Environment variable naming a registry file that replaces the built-in one.
REGISTRY_ENV = "PHOTOCLIP_MODEL_REGISTRY"

Source = Literal["builtin", "imported"]

_COMMIT_RE = re.compile(r"^[0-9a-f]{40}$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class ModelSpec:
    """One model the user can choose.

    Attributes:
        name: The name used on the command line and in settings (``vit-b-32``).
        arch: The open_clip architecture (``ViT-B-32``), a key of ``open_clip.list_models()``.
        pretrained: The open_clip pretrained tag the weights correspond to, or None
            (generated or imported weights). Informational: loading always uses the
            local file.
        embed_dim: Length of the image and text embeddings.
        image_size: Side of the square input image in pixels.
        languages: Languages the text encoder understands (``"en"``, ``"es"``, ... or
            a free-form entry such as ``"100+ languages"``); empty when unknown.
        download_mb: Approximate download size in megabytes (0 when nothing is downloaded).
        description: One or two sentences for ``photoclip models list`` and the GUI.
        hf_repo: Hugging Face hub repository holding the weights, or None.
        hf_filename: File inside ``hf_repo`` to download, or None.
        for_tests: True for models whose results are meaningless (test-tiny).
        source: ``"builtin"`` (from the registry data) or ``"imported"`` (by the user).
        text_tower_repo: For architectures with a Hugging Face text tower (the
            multilingual model), the hub repository of its config and tokenizer.
        text_tower_files: The files of the text tower (config, tokenizer).
        packaged_weights: For a model trained here and shipped in the package
            (shapes-world), the compact weights file in ``photoclip/resources/models``.
        revision: The hub commit of ``hf_repo`` the weights are pinned to.
        sha256: The pinned sha256 of the weights file, or None when it is not known
            yet: then the first verified file's digest is recorded for the library
            and any other file under this name is refused, so embeddings made
            with different weights never mix.
        text_tower_revision: The hub commit of ``text_tower_repo`` its files are pinned to.
        preprocess: The preprocessing the weights were trained with (mean/std,
            interpolation, resize mode, image size); None for the architecture's
            defaults (generated and plainly imported models).
        weights_file: For imported and generated models, the weights file's name in
            the model's folder.
    """

    name: str
    arch: str
    pretrained: str | None
    embed_dim: int
    image_size: int
    languages: tuple[str, ...]
    download_mb: float
    description: str
    hf_repo: str | None
    hf_filename: str | None
    for_tests: bool = False
    source: Source = "builtin"
    text_tower_repo: str | None = None
    text_tower_files: tuple[str, ...] = ()
    packaged_weights: str | None = None
    revision: str | None = None
    sha256: str | None = None
    text_tower_revision: str | None = None
    preprocess: PreprocessConfig | None = None
    weights_file: str | None = None

    @property
    def generated(self) -> bool:
        """True if the weights are made locally (test-tiny, shapes-world) instead of downloaded."""
        return self.source == "builtin" and self.for_tests and self.hf_repo is None

    @property
    def needs_text_tower(self) -> bool:
        """True if the model has a Hugging Face text tower whose config and tokenizer it needs."""
        return bool(self.text_tower_files)


_REQUIRED_FIELDS = (
    "name", "arch", "pretrained", "embed_dim", "image_size", "languages",
    "download_mb", "description", "hf_repo", "hf_filename", "for_tests",
)


def _preprocess_from(entry: dict[str, Any]) -> PreprocessConfig | None:
    data = entry.get("preprocess")
    if data is None:
        return None
    return PreprocessConfig(
        image_size=int(entry["image_size"]),
        mean=tuple(data["mean"]),
        std=tuple(data["std"]),
        interpolation=data.get("interpolation", "bicubic"),
        resize_mode=data.get("resize_mode", "shortest"),
        fill_color=int(data.get("fill_color", 0)),
    )


def spec_from_entry(entry: dict[str, Any], source: Source) -> ModelSpec:
    """Build a spec from a registry (or imported-models, or archive) entry.

    Raises:
        KeyError, ValueError, TypeError: The entry is malformed.
    """
    return ModelSpec(
        name=str(entry["name"]),
        arch=str(entry["arch"]),
        pretrained=entry.get("pretrained"),
        embed_dim=int(entry["embed_dim"]),
        image_size=int(entry["image_size"]),
        languages=tuple(str(lang) for lang in entry.get("languages", ())),
        download_mb=float(entry.get("download_mb", 0.0)),
        description=str(entry.get("description", "")),
        hf_repo=entry.get("hf_repo"),
        hf_filename=entry.get("hf_filename"),
        for_tests=bool(entry.get("for_tests", False)),
        source=source,
        text_tower_repo=entry.get("text_tower_repo"),
        text_tower_files=tuple(entry.get("text_tower_files", ())),
        packaged_weights=entry.get("packaged_weights"),
        revision=entry.get("revision"),
        sha256=entry.get("sha256"),
        text_tower_revision=entry.get("text_tower_revision"),
        preprocess=_preprocess_from(entry),
        weights_file=entry.get("weights_file"),
    )


def spec_entry(spec: ModelSpec) -> dict[str, Any]:
    """The registry entry of ``spec`` (the inverse of :func:`spec_from_entry`; model archives carry it)."""
    entry: dict[str, Any] = {
        "name": spec.name,
        "arch": spec.arch,
        "pretrained": spec.pretrained,
        "embed_dim": spec.embed_dim,
        "image_size": spec.image_size,
        "languages": list(spec.languages),
        "download_mb": spec.download_mb,
        "description": spec.description,
        "hf_repo": spec.hf_repo,
        "hf_filename": spec.hf_filename,
        "for_tests": spec.for_tests,
        "revision": spec.revision,
        "sha256": spec.sha256,
    }
    if spec.text_tower_files:
        entry.update(text_tower_repo=spec.text_tower_repo, text_tower_revision=spec.text_tower_revision,
                     text_tower_files=list(spec.text_tower_files))
    if spec.preprocess is not None:
        pp = spec.preprocess
        entry["preprocess"] = {"mean": list(pp.mean), "std": list(pp.std), "interpolation": pp.interpolation,
                               "resize_mode": pp.resize_mode, "fill_color": pp.fill_color}
    if spec.weights_file:
        entry["weights_file"] = spec.weights_file
    return entry


def registry_file() -> Path:
    """The registry data in use: ``$PHOTOCLIP_MODEL_REGISTRY`` if set, else the built-in file."""
    env = os.environ.get(REGISTRY_ENV)
    return Path(env).expanduser() if env else REGISTRY_FILE


def builtin_registry() -> tuple[tuple[ModelSpec, ...], str]:
    """The registry in use (see :func:`registry_file`), read at call time: (specs in file order, default name).

    Raises:
        PhotoclipError: The file named by ``$PHOTOCLIP_MODEL_REGISTRY`` cannot be read.
    """
    path = registry_file()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise PhotoclipError(f"The model registry {path} cannot be read: {exc.strerror}.",
                             hint=f"Check the {REGISTRY_ENV} environment variable.") from exc
    return _parse_registry(path, stamp)


@functools.lru_cache(maxsize=4)
def _parse_registry(path: Path, _stamp: int) -> tuple[tuple[ModelSpec, ...], str]:
    """Parse a registry file once per version of it.

    A malformed registry is a packaging bug, not a user error, hence ValueError.
    """
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    specs = []
    for entry in data["models"]:
        missing = [f for f in _REQUIRED_FIELDS if f not in entry]
        if missing:
            raise ValueError(f"{path}: entry {entry.get('name')!r} lacks {missing}")
        spec = spec_from_entry(entry, "builtin")
        if spec.hf_repo and not _COMMIT_RE.match(spec.revision or ""):
            raise ValueError(f"{path}: entry {spec.name!r} does not pin a revision (a 40-digit commit)")
        if spec.text_tower_files and not _COMMIT_RE.match(spec.text_tower_revision or ""):
            raise ValueError(f"{path}: entry {spec.name!r} does not pin its text tower's revision")
        if spec.sha256 is not None and not _SHA256_RE.match(spec.sha256):
            raise ValueError(f"{path}: entry {spec.name!r} has a malformed sha256")
        specs.append(spec)
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        raise ValueError(f"{path}: duplicate model names in {names}")
    default = data["default"]
    by_name = {s.name: s for s in specs}
    if default not in by_name or by_name[default].for_tests:
        # A test model as the default would silently give users meaningless search.
        raise ValueError(f"{path}: default {default!r} is unknown or a test model")
    return tuple(specs), default
