"""The holding folder: duplicates set aside in ``<home>/trash/``, restorable until sent to the system trash.

Why a folder of our own and not the system trash straight away: send2trash
moves a file to the platform's trash but cannot bring it back, and only the
freedesktop trash is a plain folder whose layout (``files/`` plus
``.trashinfo``) an undo could rely on; the macOS Trash and the Windows
Recycle Bin are not. A holding folder gives the same undo on every platform.
Nothing is deleted outright: :meth:`HoldingArea.empty` hands the held files
to the system trash through send2trash, where the user can still restore them.

Each ``trash`` is one *batch*: ``<home>/trash/<batch>/`` holds its files and
``moves.json``, the record of what came from where, rewritten after every
move so that a crash part-way leaves an exact record of what moved.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

from photoclip.core.duplicates.records import DuplicatePhoto, FileProblem, HeldFile, ProblemCause, TrashResult, UndoResult
from photoclip.paths import atomic_write_text

MANIFEST = "moves.json"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _cause(exc: OSError) -> ProblemCause:
    if exc.errno == errno.ENOENT:
        return "gone"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "denied"
    return "other"


def _move(source: str, target: str) -> None:
    """Move one file (a rename, or a copy then unlink across file systems), leaving no half copy behind.

    Raises:
        OSError: It could not be moved; the source is untouched.
    """
    try:
        os.rename(source, target)
        return
    except OSError as exc:
        if not os.path.exists(source):
            raise
        if exc.errno != errno.EXDEV:  # EXDEV: another file system, copy instead
            raise
    try:
        shutil.copy2(source, target)
    except OSError:
        Path(target).unlink(missing_ok=True)
        raise
    os.unlink(source)


class HoldingArea:
    """The batches of photos set aside in one library's holding folder.

    Args:
        folder: The holding folder (``<home>/trash``).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def batches(self) -> list[str]:
        """The batches held, oldest first (their names sort by time)."""
        if not self.folder.is_dir():
            return []
        return sorted(p.parent.name for p in self.folder.glob(f"*/{MANIFEST}"))

    def held(self, batch: str) -> list[HeldFile]:
        """The files a batch holds (those moved in and not restored)."""
        try:
            rows = json.loads((self.folder / batch / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [HeldFile(int(r["photo_id"]), str(r["original"]), str(r["held"]), int(r["size"])) for r in rows]

    def _record(self, batch: str, files: Sequence[HeldFile]) -> None:
        rows = [{"photo_id": f.photo_id, "original": f.original, "held": f.held, "size": f.size} for f in files]
        atomic_write_text(self.folder / batch / MANIFEST, json.dumps(rows, indent=1, ensure_ascii=False))

    def set_aside(self, photos: Sequence[DuplicatePhoto]) -> TrashResult:
        """Move photos into a new batch; a file that is gone or changed since it was grouped stays where it is.

        Returns:
            The batch, what moved and what could not.
        """
        batch = self._new_batch()
        target = self.folder / batch
        moved: list[HeldFile] = []
        problems: list[FileProblem] = []
        for number, photo in enumerate(photos):
            try:
                size = os.stat(photo.path).st_size
            except OSError as exc:
                problems.append(FileProblem(photo.path, f"not moved: {_reason(exc)}", _cause(exc)))
                continue
            if size != photo.size:
                problems.append(FileProblem(photo.path, "not moved: the file changed since it was compared", "changed"))
                continue
            held = target / f"{number:05d}-{Path(photo.path).name}"
            try:
                _move(photo.path, str(held))
            except OSError as exc:
                problems.append(FileProblem(photo.path, f"not moved: {_reason(exc)}", _cause(exc)))
                continue
            moved.append(HeldFile(photo.photo_id, photo.path, str(held), size))
            self._record(batch, moved)
        if not moved:
            self._finish(batch, [])
        return TrashResult(batch if moved else None, tuple(moved), tuple(problems))

    def _new_batch(self) -> str:
        """Make a new, empty batch folder named by the UTC time to the microsecond (names sort by time)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = time.time_ns() // 1000
        while True:
            seconds, micro = divmod(stamp, 1_000_000)
            batch = time.strftime("%Y%m%d-%H%M%S", time.gmtime(seconds)) + f"-{micro:06d}"
            try:
                (self.folder / batch).mkdir()
                return batch
            except FileExistsError:
                stamp += 1  # two batches in one microsecond: the later one a microsecond on

    def restore(self, batch: str) -> UndoResult:
        """Move a batch's files back where they were; one whose place is taken, or that is gone, stays held.

        The batch folder is removed once it holds nothing more.
        """
        restored: list[HeldFile] = []
        left: list[HeldFile] = []
        problems: list[FileProblem] = []
        for item in self.held(batch):
            if os.path.lexists(item.original):
                problems.append(FileProblem(item.original, f"not restored: another file is there now (the copy stays at {item.held})", "taken"))
                left.append(item)
                continue
            try:
                Path(item.original).parent.mkdir(parents=True, exist_ok=True)
                _move(item.held, item.original)
            except OSError as exc:
                problems.append(FileProblem(item.original, f"not restored: {_reason(exc)}", _cause(exc)))
                if os.path.exists(item.held):
                    left.append(item)
                continue
            restored.append(item)
        self._finish(batch, left)
        return UndoResult(batch, tuple(restored), tuple(problems))

    def empty(self) -> tuple[list[HeldFile], list[FileProblem]]:
        """Send every held file to the system trash (send2trash); nothing is deleted outright.

        Returns:
            ``(files sent, problems)``; a file that could not be sent stays held.
        """
        from send2trash import send2trash  # only this action needs it

        sent: list[HeldFile] = []
        problems: list[FileProblem] = []
        for batch in self.batches():
            left: list[HeldFile] = []
            for item in self.held(batch):
                if not os.path.exists(item.held):
                    problems.append(FileProblem(item.held, "no longer in the holding folder"))
                    continue
                try:
                    send2trash(item.held)
                except OSError as exc:  # send2trash's TrashPermissionError is an OSError too
                    problems.append(FileProblem(item.held, f"not sent to the trash: {_reason(exc)}"))
                    left.append(item)
                    continue
                sent.append(item)
            self._finish(batch, left)
        return sent, problems

    def _finish(self, batch: str, left: Sequence[HeldFile]) -> None:
        """Keep a batch's record of what it still holds, or remove the batch once it holds nothing."""
        folder = self.folder / batch
        if left:
            self._record(batch, left)
            return
        (folder / MANIFEST).unlink(missing_ok=True)
        try:
            folder.rmdir()
        except OSError:
            pass  # something else was put there: leave it
