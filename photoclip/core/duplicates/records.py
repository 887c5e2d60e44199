"""The values the duplicates package hands out: photos, groups, progress and the results of moving files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from photoclip.core.storage.records import PhotoRecord

#: What a group's photos share: the very same bytes, or only a likeness the model sees.
GroupKind = Literal["exact", "similar"]

#: Why a file was not hashed, moved or restored: it is gone, its folder may not be changed (read-only,
#: no permission), it changed since it was compared, another file took its place, or something else.
ProblemCause = Literal["gone", "denied", "changed", "taken", "other"]

#: The steps of a search for duplicates, in order.
DuplicatePhase = Literal["hash", "compare", "done"]


@dataclass(frozen=True)
class FileProblem:
    """A file that could not be hashed, moved or restored, and why (``cause`` sorts the reasons for a count)."""

    path: str
    reason: str
    cause: ProblemCause = "other"


@dataclass(frozen=True)
class DuplicatePhoto:
    """One photo of a group, with what the choice of the one to keep looks at."""

    photo_id: int
    path: str
    size: int
    width: int | None
    height: int | None
    date: float  # EXIF date taken, else the file's mtime

    @property
    def pixels(self) -> int:
        """Its resolution as a pixel count (0 when not known yet)."""
        return (self.width or 0) * (self.height or 0)


def keep_order(photo: DuplicatePhoto) -> tuple[int, int, float, str]:
    """Sort key putting the photo to keep first: largest resolution, then largest file, then oldest (then path)."""
    return (-photo.pixels, -photo.size, photo.date, photo.path)


@dataclass(frozen=True)
class DuplicateGroup:
    """Photos that are copies of one another; ``photos[0]`` is the suggested one to keep.

    Attributes:
        photos: Two or more photos, the one to keep first (see :func:`keep_order`).
        kind: ``exact`` when every file has the same bytes, else ``similar``.
        similarity: The lowest cosine of the links that joined the group
            (1.0 for an exact group).
    """

    photos: tuple[DuplicatePhoto, ...]
    kind: GroupKind
    similarity: float

    @property
    def keep(self) -> DuplicatePhoto:
        """The suggested photo to keep."""
        return self.photos[0]

    @property
    def others(self) -> tuple[DuplicatePhoto, ...]:
        """The photos that can go."""
        return self.photos[1:]

    @property
    def reclaimable(self) -> int:
        """Bytes freed by letting the others go."""
        return sum(p.size for p in self.others)

    def keeping(self, photo_id: int) -> DuplicateGroup:
        """The same group with another photo as the one to keep (the user's choice over the suggestion).

        Raises:
            ValueError: The photo is not in the group.
        """
        chosen = [p for p in self.photos if p.photo_id == photo_id]
        if not chosen:
            raise ValueError(f"photo {photo_id} is not in this group")
        return replace(self, photos=(chosen[0], *(p for p in self.photos if p.photo_id != photo_id)))


@dataclass(frozen=True)
class DuplicateCandidates:
    """What a search gathered before grouping, so that the groups can be drawn again at another threshold
    without reading a file or asking the index again (see :func:`~photoclip.core.duplicates.finding.regroup`).

    Attributes:
        records: The photos looked at, by id.
        exact: Sets of photo ids with the same bytes.
        links: ``(photo_id, photo_id, cosine)`` pairs of near copies at or above ``floor``.
        floor: The threshold the links were gathered at (None: exact copies only).
        problems: Files that could not be read while hashing.
    """

    records: Mapping[int, PhotoRecord]
    exact: tuple[tuple[int, ...], ...]
    links: tuple[tuple[int, int, float], ...]
    floor: float | None
    problems: tuple[FileProblem, ...] = ()


@dataclass(frozen=True)
class DuplicateSummary:
    """What a search for duplicates found."""

    groups: tuple[DuplicateGroup, ...]
    photos: int  # searchable photos looked at
    threshold: float | None  # None: exact copies only
    problems: tuple[FileProblem, ...] = ()
    cancelled: bool = False
    seconds: float = 0.0
    # What the groups were built from (to regroup at another threshold); not part of a summary's value.
    candidates: DuplicateCandidates | None = field(default=None, repr=False, compare=False)

    @property
    def exact_groups(self) -> int:
        """How many groups are exact copies."""
        return sum(g.kind == "exact" for g in self.groups)

    @property
    def duplicates(self) -> int:
        """How many photos could go (every group's others)."""
        return sum(len(g.others) for g in self.groups)

    @property
    def reclaimable(self) -> int:
        """Bytes freed by letting every group's others go."""
        return sum(g.reclaimable for g in self.groups)


@dataclass(frozen=True)
class DuplicateProgress:
    """Progress of a search for duplicates; the last event (``phase == "done"``) carries the summary."""

    phase: DuplicatePhase
    done: int
    total: int
    summary: DuplicateSummary | None = None


@dataclass(frozen=True)
class HeldFile:
    """A photo set aside: where it was, and where it is held until it is restored or sent to the system trash."""

    photo_id: int
    original: str
    held: str
    size: int


@dataclass(frozen=True)
class TrashResult:
    """What setting duplicates aside did: one batch, undone as a whole by ``undo``."""

    batch: str | None  # None when nothing was moved
    moved: tuple[HeldFile, ...]
    problems: tuple[FileProblem, ...] = field(default=())

    @property
    def bytes(self) -> int:
        """Bytes moved out of the library folders."""
        return sum(f.size for f in self.moved)


@dataclass(frozen=True)
class UndoResult:
    """What an undo put back (and what it could not)."""

    batch: str | None  # None when there was nothing to undo
    restored: tuple[HeldFile, ...]
    problems: tuple[FileProblem, ...] = ()
