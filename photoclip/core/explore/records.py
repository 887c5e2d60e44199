"""The values the explore package hands out: a map's layout, its regions and their words, and progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

#: How a layout's coordinates were made: ``pca`` (the first sight, made at once)
#: or ``tsne`` (neighbourhoods kept, computed in the background).
MapMethod = Literal["pca", "tsne"]

#: The steps of computing a map, in order.
MapPhase = Literal["load", "pca", "neighbours", "tsne", "regions", "done"]


@dataclass(frozen=True)
class RegionWord:
    """A word that describes a region of the map.

    Attributes:
        word: The word, as its source stores it (a tag's label).
        score: How much more it fits this region than the map as a whole (a cosine difference).
        tagset: The tag set it comes from (the GUI translates the built-in sets' tags); None for other sources.
    """

    word: str
    score: float
    tagset: str | None = None


@dataclass(frozen=True)
class Region:
    """A cluster of the map.

    Attributes:
        index: Its number in the layout (``MapLayout.regions`` holds it per photo).
        x: Its centre on the map (the mean of its photos' positions).
        y: Its centre on the map.
        count: How many photos it has.
        words: Its best words, best first (empty when no word source has any).
    """

    index: int
    x: float
    y: float
    count: int
    words: tuple[RegionWord, ...] = ()


@dataclass(frozen=True, eq=False)
class MapLayout:
    """Every photo of a library placed on a 2-D map by its embedding.

    Coordinates are scaled into the unit square, so a view can draw them at any size.

    Attributes:
        identity: The model (and personalisation profile) whose embeddings were placed.
        method: ``pca`` or ``tsne``.
        photo_ids: ``(N,)`` int64, sorted.
        xy: ``(N, 2)`` float32 positions in ``[0, 1]``, row ``i`` for ``photo_ids[i]``.
        regions: ``(N,)`` int32 region of each photo.
        centroids: ``(R, D)`` float32 normalised mean embedding of each region (what its words are chosen for).
        placed: Photos that arrived after the layout was computed and were put beside
            their nearest neighbours until the next full computation.
        key: What the layout was computed from (:func:`~photoclip.core.explore.cache.layout_key`).
    """

    identity: str
    method: MapMethod
    photo_ids: np.ndarray
    xy: np.ndarray
    regions: np.ndarray
    centroids: np.ndarray
    placed: int = 0
    key: str = ""

    def __len__(self) -> int:
        return int(self.photo_ids.shape[0])

    @property
    def region_count(self) -> int:
        """How many regions the map has."""
        return int(self.centroids.shape[0])

    def position(self, photo_id: int) -> tuple[float, float] | None:
        """A photo's place on the map, or None when it is not on it."""
        i = int(np.searchsorted(self.photo_ids, photo_id))
        if i < len(self) and int(self.photo_ids[i]) == photo_id:
            return float(self.xy[i, 0]), float(self.xy[i, 1])
        return None


@dataclass(frozen=True)
class MapRect:
    """A rectangle on the map, in the layout's unit-square coordinates (corners in any order)."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class MapProgress:
    """One step of computing a map.

    Attributes:
        phase: ``load`` (reading embeddings), ``pca`` (the first layout is saved: a
            view can show it), ``neighbours``, ``tsne`` (``done``/``total`` count
            iterations), ``regions``, ``done`` (``layout`` is the result).
        done: Items finished in this phase.
        total: Items in this phase (0 while unknown).
        layout: The layout saved at this step (``pca`` and ``done``).
    """

    phase: MapPhase
    done: int = 0
    total: int = 0
    layout: MapLayout | None = field(default=None, compare=False)
