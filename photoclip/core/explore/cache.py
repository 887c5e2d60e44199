"""A library's maps on disk: one ``.npz`` file per model identity under ``<home>/maps``, written atomically.

A map is a cache, like the vector index: it can always be computed again
from the catalog's embeddings. Its key says what it was computed from (the
identity, the set of photo ids and the method's version), so a map whose
photos changed is known to be out of date.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from photoclip.core.explore.records import MapLayout, MapMethod

#: Bumped when the way a map is computed changes, so old maps are computed again.
MAP_VERSION = 1


def layout_key(identity: str, photo_ids: np.ndarray, method: MapMethod) -> str:
    """What a layout is computed from: identity, method (and its version) and the sorted photo ids, hashed.

    Args:
        identity: The model identity of the embeddings.
        photo_ids: The photos placed (any order).
        method: ``pca`` or ``tsne``.
    """
    digest = hashlib.sha256(f"{identity}\n{method}\n{MAP_VERSION}\n".encode())
    digest.update(np.sort(np.asarray(photo_ids, dtype=np.int64)).tobytes())
    return digest.hexdigest()


def map_file(folder: Path, identity: str) -> Path:
    """Where the map of one identity is kept (names hashed: an identity may hold ``+`` or ``/``)."""
    return folder / f"map-{hashlib.sha256(identity.encode()).hexdigest()[:16]}.npz"


def save_layout(folder: Path, layout: MapLayout) -> Path:
    """Write a layout so a reader sees the old file or the new one, never half of one.

    Returns:
        The file written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = map_file(folder, layout.identity)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(
                f,
                identity=np.array(layout.identity),
                method=np.array(layout.method),
                key=np.array(layout.key),
                placed=np.array(layout.placed),
                photo_ids=layout.photo_ids,
                xy=layout.xy,
                regions=layout.regions,
                centroids=layout.centroids,
            )
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def load_layout(folder: Path, identity: str) -> MapLayout | None:
    """The saved layout of an identity, or None when there is none (or it is unreadable: it is computed again)."""
    path = map_file(folder, identity)
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["identity"]) != identity:
                return None
            method = str(data["method"])
            if method not in ("pca", "tsne"):
                return None
            return MapLayout(
                identity=identity,
                method="pca" if method == "pca" else "tsne",
                photo_ids=data["photo_ids"].astype(np.int64),
                xy=data["xy"].astype(np.float32),
                regions=data["regions"].astype(np.int32),
                centroids=data["centroids"].astype(np.float32),
                placed=int(data["placed"]),
                key=str(data["key"]),
            )
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
