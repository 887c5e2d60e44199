"""Personalisation profiles: the heads kept on disk, and a model served through a profile's heads.

Profiles: the original heads and every accepted result are kept as small
safetensors files under ``<home>/profiles/<model>/`` (``original``, ``p1``,
``p2``...). A profile is served under its own model identity,
``<model>+<profile>`` (``test-tiny+p1``): its own embedding rows in the
catalog, its own hnswlib index file and its own query-cache entries, so the
base model's vectors, index and cache are never touched and reverting gives
back exactly the original rankings. The catalog keeps the active profile's
rows in step with the base model's (``Catalog.add_projection``), so photos
indexed later are projected through it without a second encoder pass.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from photoclip.core.imaging import PreprocessConfig
from photoclip.core.models.embedder import Embedder
from photoclip.core.personalize.records import IDENTITY_SEPARATOR, ORIGINAL, ProfileInfo, Recall, TrainingResult
from photoclip.core.storage.catalog import project_features as project
from photoclip.errors import PhotoclipError

_PROFILE_RE = re.compile(r"^p(\d+)$")


class HeadedEmbedder(Embedder, Protocol):
    """What personalisation needs from a model beyond :class:`Embedder`: frozen towers and split heads (``ClipEmbedder``)."""

    image_encoder_calls: int
    text_encoder_calls: int

    @property
    def logit_scale(self) -> float: ...

    def heads(self) -> tuple[np.ndarray, np.ndarray]: ...

    def image_features(self, pixels: np.ndarray) -> np.ndarray: ...

    def text_features(self, texts: Sequence[str]) -> np.ndarray: ...


# --------------------------------------------------------------------------- identity


def identity(base_model: str, profile: str | None) -> str:
    """The model identity searches use: ``base`` or ``base+profile``."""
    return f"{base_model}{IDENTITY_SEPARATOR}{profile}" if profile else base_model


class PersonalizedEmbedder:
    """A model seen through a profile's heads: the base model's towers, the profile's projections.

    It shares the (already loaded) towers of ``base``, so no second copy of
    the model is loaded, and the encoder-call counters are the base's.
    Satisfies the ``Embedder`` protocol for search (text queries and
    "similar to this file").

    Args:
        base: The base model's embedder.
        profile: The profile name (``p1``).
        image_head: ``(F, D)``.
        text_head: ``(Ft, D)``.
    """

    def __init__(self, base: HeadedEmbedder, profile: str, image_head: np.ndarray, text_head: np.ndarray) -> None:
        self.base = base
        self.profile = profile
        self.model_name = identity(base.model_name, profile)
        self.image_head = np.asarray(image_head, dtype=np.float32)
        self.text_head = np.asarray(text_head, dtype=np.float32)

    @property
    def embed_dim(self) -> int:
        return self.base.embed_dim

    @property
    def preprocess_config(self) -> PreprocessConfig:
        return self.base.preprocess_config

    @property
    def batch_size(self) -> int:
        return self.base.batch_size

    @property
    def image_encoder_calls(self) -> int:
        return self.base.image_encoder_calls

    @property
    def text_encoder_calls(self) -> int:
        return self.base.text_encoder_calls

    @property
    def logit_scale(self) -> float:
        """The base model's temperature: personalisation trains at it and leaves it as it is."""
        return self.base.logit_scale

    def encode_images(self, pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Encode a preprocessed batch; returns (pre-projection features, embeddings through the profile's head)."""
        features = self.base.image_features(pixels)
        return features, project(features, self.image_head)

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Encode texts through the profile's text head, normalised."""
        return project(self.base.text_features(texts), self.text_head)


# --------------------------------------------------------------------------- profiles


class ProfileStore:
    """The saved heads of one model: ``<folder>/<model>/original.safetensors``, ``p1.safetensors``...

    Args:
        folder: The library's profiles folder (``LibraryPaths.profiles_dir``).
        base_model: The model whose profiles these are.
    """

    def __init__(self, folder: Path, base_model: str) -> None:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in base_model)
        self.folder = Path(folder) / safe
        self.base_model = base_model

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.safetensors"

    def names(self) -> list[str]:
        """Saved profile names, oldest first (``original`` excluded)."""
        found = []
        for file in self.folder.glob("p*.safetensors"):
            match = _PROFILE_RE.match(file.stem)
            if match:
                found.append((int(match.group(1)), file.stem))
        return [name for _, name in sorted(found)]

    def next_name(self) -> str:
        """A name never used before in this store (numbers only go up)."""
        numbers = [int(n[1:]) for n in self.names()]
        return f"p{max(numbers, default=0) + 1}"

    def ensure_original(self, image_head: np.ndarray, text_head: np.ndarray) -> None:
        """Keep the model's own heads on first use (never overwritten)."""
        if not self.path(ORIGINAL).is_file():
            self._write(ORIGINAL, image_head, text_head, {"kind": "original"})

    def save(self, result: TrainingResult) -> str:
        """Save a training result (heads and figures) as a new profile. Returns its name."""
        return self.save_heads(result.image_head, result.text_head, {"result": json.dumps(result.as_dict())})

    def save_heads(self, image_head: np.ndarray, text_head: np.ndarray, meta: dict[str, str] | None = None) -> str:
        """Save heads as a new profile, with string metadata. Returns its name."""
        name = self.next_name()
        self._write(name, image_head, text_head, {"kind": "profile", "created": repr(time.time()), **(meta or {})})
        return name

    def load(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The ``(image_head, text_head)`` of a saved profile.

        Raises:
            PhotoclipError: No such profile, or its file is damaged.
        """
        from safetensors import SafetensorError
        from safetensors.numpy import load_file

        path = self.path(name)
        if not path.is_file():
            known = ", ".join(self.names()) or "none"
            raise PhotoclipError(
                f"There is no personalisation profile {name!r} for {self.base_model}.", hint=f"Saved profiles: {known}."
            )
        try:
            tensors = load_file(str(path))
            return tensors["image_head"].astype(np.float32), tensors["text_head"].astype(np.float32)
        except (SafetensorError, KeyError, OSError) as exc:
            raise PhotoclipError(f"The profile file {path} cannot be read: {exc}.", hint="Delete it and train again.") from exc

    def info(self, name: str, active: str | None) -> ProfileInfo:
        """Describe a saved profile from its file's metadata."""
        from safetensors import safe_open

        path = self.path(name)
        with safe_open(str(path), framework="np") as f:
            meta = f.metadata() or {}
        result = json.loads(meta.get("result", "{}"))
        return ProfileInfo(
            name=name,
            base_model=self.base_model,
            identity=identity(self.base_model, name),
            path=str(path),
            created=float(meta.get("created", path.stat().st_mtime)),
            active=name == active,
            before=_recall_from(result.get("before")),
            after=_recall_from(result.get("after")),
            train_photos=int(result.get("train_photos", 0)),
            heldout_photos=int(result.get("heldout_photos", 0)),
            captions=int(result.get("train_captions", 0)) + int(result.get("heldout_captions", 0)),
        )

    def _write(self, name: str, image_head: np.ndarray, text_head: np.ndarray, meta: dict[str, str]) -> None:
        from safetensors.numpy import save_file

        self.folder.mkdir(parents=True, exist_ok=True)
        meta = {**meta, "base_model": self.base_model}
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f"{name}.", suffix=".tmp")
        os.close(fd)
        try:
            save_file(
                {
                    "image_head": np.ascontiguousarray(image_head, dtype=np.float32),
                    "text_head": np.ascontiguousarray(text_head, dtype=np.float32),
                },
                tmp,
                metadata=meta,
            )
            os.replace(tmp, self.path(name))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _recall_from(data: Any) -> Recall | None:
    if not isinstance(data, dict):
        return None
    return Recall(float(data.get("r1", 0)), float(data.get("r5", 0)), float(data.get("r10", 0)))
