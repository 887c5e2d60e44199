"""What ``Library.duplicates`` hands out: find duplicates, set copies aside, undo, empty into the system trash."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from photoclip.core.duplicates.finding import DEFAULT_NEIGHBOURS, DEFAULT_THRESHOLD, NearSource, find_duplicates, regroup
from photoclip.core.duplicates.holding import HoldingArea
from photoclip.core.duplicates.records import (
    DuplicateGroup,
    DuplicateProgress,
    DuplicateSummary,
    FileProblem,
    HeldFile,
    TrashResult,
    UndoResult,
)
from photoclip.core.storage.catalog import Catalog
from photoclip.errors import PhotoclipError


class Duplicates:
    """One library's duplicates.

    Setting copies aside and undoing it are writes: the catalog learns at
    once (the moved photos leave search; restored ones come back with their
    vectors), so no scan is needed either way.

    Args:
        catalog: The library catalog.
        source: Gives the serving identity's index (loading it on first use).
        holding: The holding folder (``<home>/trash``).
        changed: Called after the catalog changed, to bring the loaded indexes in line.
    """

    def __init__(self, catalog: Catalog, source: Callable[[], NearSource], holding: Path, changed: Callable[[], None]) -> None:
        self.catalog = catalog
        self._source = source
        self.holding = HoldingArea(holding)
        self._changed = changed

    def find(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        exact_only: bool = False,
        cancel: threading.Event | None = None,
        neighbours: int = DEFAULT_NEIGHBOURS,
    ) -> Iterator[DuplicateProgress]:
        """Group the searchable photos that are copies of one another.

        Args:
            threshold: The cosine at or above which two photos are near copies.
            exact_only: Only files with the same bytes (no model, no index).
            cancel: Set it to stop; the summary holds what was found so far.
            neighbours: Nearest neighbours asked of the index per photo.

        Yields:
            ``hash`` and ``compare`` progress, then a ``done`` event with the summary.

        Raises:
            PhotoclipError: The threshold is not a cosine in (0, 1].
        """
        try:
            yield from find_duplicates(self.catalog, None if exact_only else self._source, threshold, cancel, neighbours)
        except ValueError as exc:
            raise PhotoclipError(str(exc), hint="Near copies score close to 1; the default is 0.99.") from None

    def regroup(self, summary: DuplicateSummary, threshold: float, without: Iterable[int] = ()) -> DuplicateSummary:
        """Draw a search's groups again at a stricter threshold, reading no file (see :func:`~.finding.regroup`).

        Args:
            summary: What :meth:`find` ended with.
            threshold: At least the threshold :meth:`find` ran at.
            without: Photos to leave out (set aside since the search).

        Raises:
            PhotoclipError: The threshold is below the search's.
        """
        try:
            return regroup(summary, threshold, without)
        except ValueError as exc:
            raise PhotoclipError(str(exc), hint="Find the duplicates again at the lower threshold.") from None

    def trash(self, groups: Iterable[DuplicateGroup]) -> TrashResult:
        """Set every group's others (all but its suggested keeper) aside in the holding folder, as one batch.

        Nothing is deleted: :meth:`undo` puts the batch back, :meth:`empty`
        sends it to the system trash.

        Raises:
            PhotoclipError: The library is read-only.
        """
        self._writable()
        result = self.holding.set_aside([p for g in groups for p in g.others])
        if result.moved:
            self.catalog.mark_deleted([f.photo_id for f in result.moved])
            self._changed()
        return result

    def undo(self, batch: str | None = None) -> UndoResult:
        """Put a batch set aside back where its files were.

        Args:
            batch: The batch (``TrashResult.batch``); None: the latest one.

        Returns:
            What was put back; ``batch`` None when there was nothing to undo
            (the holding folder is empty, or the batch is no longer held).

        Raises:
            PhotoclipError: The library is read-only.
        """
        self._writable()
        batches = self.holding.batches()
        if batch is None:
            batch = batches[-1] if batches else None
        if batch is None or batch not in batches:
            return UndoResult(None, ())
        result = self.holding.restore(batch)
        revived = self._revive(result.restored)
        return UndoResult(result.batch, result.restored, result.problems + revived)

    def held(self) -> list[HeldFile]:
        """Every file in the holding folder, oldest batch first."""
        return [f for batch in self.holding.batches() for f in self.holding.held(batch)]

    def empty(self) -> tuple[list[HeldFile], list[FileProblem]]:
        """Send everything held to the system trash (after this, undo is the system trash's own).

        Raises:
            PhotoclipError: The library is read-only.
        """
        self._writable()
        return self.holding.empty()

    def _revive(self, restored: Iterable[HeldFile]) -> tuple[FileProblem, ...]:
        """Bring restored photos back into search with their stored vectors (the catalog's move, to the same path)."""
        restored = list(restored)
        records = self.catalog.photos_by_ids([f.photo_id for f in restored])
        problems: list[FileProblem] = []
        for item in restored:
            record = records.get(item.photo_id)
            if record is None or record.path != item.original or record.folder_id is None:
                # The catalog moved on meanwhile (a folder removed, a scan): the next scan sorts it out.
                problems.append(FileProblem(item.original, "restored; run `photoclip index` to bring it back into search"))
                continue
            self.catalog.move_photo(record.id, record.path, record.folder_id, record.mtime)
        if restored:
            self._changed()
        return tuple(problems)

    def _writable(self) -> None:
        if self.catalog.read_only:
            raise PhotoclipError("The library is open read-only: nothing can be moved.", hint="Stop `photoclip watch` (or the app) and try again.")
