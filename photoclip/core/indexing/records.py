"""Indexing's value types: progress events, the summary of a run, a file that failed."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

# The phases of indexing progress: scanning folders, loading the model,
# embedding photos, the last event (with the summary), and the tag
# labelling jobs (encoding tag prompts, filing photos into albums), and
# encoding the vocabulary photos are described with.
IndexPhase = Literal["scan", "load-model", "embed", "done", "tag-prompts", "tags", "words"]


@dataclass(frozen=True)
class FileProblem:
    """A file that could not be indexed, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class IndexSummary:
    """What one indexing run (or one part of it) did.

    The pipeline counts with it as it goes (``summary += IndexSummary(new=1)``),
    and a run of several jobs (``Library.index``) adds up theirs.
    """

    model: str = ""  # the model photos were embedded with ("" for a scan alone)
    files_seen: int = 0
    new: int = 0
    changed: int = 0
    moved: int = 0
    deleted: int = 0
    unchanged: int = 0
    embedded: int = 0
    failed: tuple[FileProblem, ...] = ()
    non_images: tuple[str, ...] = ()
    missing_folders: tuple[str, ...] = ()
    seconds: float = 0.0
    embed_seconds: float = 0.0
    cancelled: bool = False
    remaining: int = 0
    offline: int = 0  # photos taken offline because their folder is missing
    back_online: int = 0  # photos of a returned folder, back in search without re-encoding
    young: tuple[str, ...] = ()  # files still being written, left for a later scan

    def __add__(self, other: IndexSummary) -> IndexSummary:
        """Both parts as one: counts, file lists and times add up; cancelled if either was.

        The model is ``other``'s when it names one, else this one's.
        """
        if not isinstance(other, IndexSummary):
            return NotImplemented
        values: dict[str, object] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if f.name == "model":
                values[f.name] = theirs or mine
            elif isinstance(mine, bool):
                values[f.name] = mine or theirs
            else:
                values[f.name] = mine + theirs
        return IndexSummary(**values)  # type: ignore[arg-type]  # each field keeps its own type

    @property
    def photos_per_second(self) -> float:
        """Embedding throughput of the run (0 when nothing was embedded)."""
        return self.embedded / self.embed_seconds if self.embed_seconds > 0 else 0.0


@dataclass(frozen=True)
class IndexProgress:
    """One progress event.

    Attributes:
        phase: ``scan``, ``load-model``, ``embed`` or ``done``; tag
            jobs report ``tag-prompts`` and ``tags`` (``path`` is the set).
        done: Items finished in this phase.
        total: Items in this phase (0 while unknown).
        path: The current file, if any.
        photos_per_s: Throughput of the embed phase so far.
        eta_s: Estimated seconds left in the embed phase, if known.
        problem: Set when this event reports a file that failed.
        summary: Set on the final ``done`` event.
    """

    phase: IndexPhase
    done: int = 0
    total: int = 0
    path: str | None = None
    photos_per_s: float = 0.0
    eta_s: float | None = None
    problem: FileProblem | None = None
    summary: IndexSummary | None = None
