"""The tag sets' value types: what the manager, the jobs and the store hand to the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from photoclip.core.storage.records import ByRecord, PhotoRecord
from photoclip.core.tagsets.definition import HIERARCHY_SEP, TagSet, TagSetMode

# Where a (photo, tag) row came from: a labelling run, or a person (never rewritten by a run).
TagSource = Literal["auto", "manual"]
# A labelling job's phases: encoding the tag prompts (may load the model),
# scoring photos, and the last event, which carries the summary.
TagPhase = Literal["prompts", "label", "done"]


@dataclass(frozen=True)
class StoredTagSet:
    """A tag set as the library stores it, with when and for which model it was last applied whole.

    Attributes:
        id: The set's row id.
        tagset: The definition.
        revision: Goes up with every save; an apply records the revision it labelled.
        applied_model: The model of the last full apply (None: never applied).
        applied_revision: The revision of the last full apply.
        applied_at: When it finished (POSIX time).
    """

    id: int
    tagset: TagSet
    revision: int
    applied_model: str | None
    applied_revision: int | None
    applied_at: float | None


@dataclass(frozen=True)
class TagSetInfo:
    """A tag set stored in a library, for lists.

    ``up_to_date`` is False when the set was edited, or the serving model
    changed, since it was last applied to the whole library.
    """

    id: int
    name: str
    mode: TagSetMode
    tag_count: int
    revision: int
    applied_model: str | None
    applied_at: float | None
    up_to_date: bool
    description: str = ""


@dataclass(frozen=True)
class Album:
    """One tag as an album: how many photos it holds and how its threshold stands.

    Attributes:
        tag_id: Use it in ``SearchFilters(album=tag_id)`` to search inside the album.
        count: Photos in the album (auto plus confirmed; searchable photos only).
        confirmed: Photos confirmed by hand.
        rejected: Photos rejected by hand (not in the album).
        threshold: The threshold in effect (after feedback).
        base_threshold: The set's (or the tag's own) threshold.
    """

    tag_id: int
    tagset: str
    label: str
    count: int
    confirmed: int
    rejected: int
    threshold: float
    base_threshold: float
    mode: TagSetMode

    @property
    def ref(self) -> str:
        """The album's full name, ``Set|label``."""
        return f"{self.tagset}{HIERARCHY_SEP}{self.label}"


@dataclass(frozen=True)
class AlbumPhoto(ByRecord):
    """A photo in (or rejected from) an album, with its catalog record (to show it without another lookup)."""

    record: PhotoRecord
    score: float | None
    source: TagSource
    assigned: bool  # False: rejected by hand


@dataclass(frozen=True)
class Assignment:
    """One label given to a searchable photo, as the CSV and XMP exports write it."""

    photo_id: int
    path: str
    tagset: str
    label: str
    score: float | None
    source: TagSource


@dataclass(frozen=True)
class PhotoTag:
    """A tag of one photo (or a manual rejection)."""

    tag_id: int
    tagset: str
    label: str
    score: float | None
    source: TagSource
    assigned: bool


@dataclass(frozen=True)
class ManualChange:
    """What a confirm, reject or clear did to a tag.

    ``needs_apply`` is True when the threshold moved: the other photos of the
    library should be labelled again (``TagManager.apply([tagset])``).
    """

    tag_id: int
    tagset: str
    label: str
    photos: int
    threshold_before: float
    threshold_after: float

    @property
    def needs_apply(self) -> bool:
        return abs(self.threshold_after - self.threshold_before) > 1e-9


@dataclass(frozen=True)
class TagPreview:
    """Scores of some photos against a (possibly unsaved) set: a photos x tags matrix.

    Attributes:
        photo_ids: ``(N,)``.
        labels: ``K`` labels, the columns.
        cosines: ``(N, K)`` cosine similarities.
        scores: ``(N, K)`` scores (probabilities in an exclusive set).
        thresholds: ``(K,)`` thresholds in effect.
        assigned: ``(N, K)`` what an apply would give each photo (manual feedback aside).
    """

    photo_ids: np.ndarray
    labels: tuple[str, ...]
    cosines: np.ndarray
    scores: np.ndarray
    thresholds: np.ndarray
    assigned: np.ndarray
    mode: TagSetMode


@dataclass(frozen=True)
class TagApplySummary:
    """What one labelling run did."""

    model: str
    tagsets: tuple[str, ...]
    photos: int  # photos scored (a photo scored by several sets in one pass counts once)
    assigned: int  # auto labels written
    seconds: float
    cancelled: bool


@dataclass(frozen=True)
class TagProgress:
    """One progress event of a labelling job.

    ``phase``: ``"prompts"`` (encoding tag prompts; may load the model),
    ``"label"`` (scoring photos; ``done``/``total`` count photos of the
    current set), ``"done"`` (last event; carries the summary).
    """

    phase: TagPhase
    tagset: str | None = None
    done: int = 0
    total: int = 0
    summary: TagApplySummary | None = None


@dataclass(frozen=True)
class AlbumRefiling:
    """How the applied tag sets would file the photos through other heads (a personalisation not applied yet).

    Attributes:
        moved: Photos whose albums would change (in any set).
        emptied: Albums that hold photos now and would hold none, as ``Set|label``
            (an album with a photo confirmed by hand is never emptied).
    """

    moved: int
    emptied: tuple[str, ...]
