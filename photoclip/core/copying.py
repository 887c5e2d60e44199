"""Copy photo files to a folder the user picked (the grid's "Copy to folder…").

The library's own files are only read. A name already taken in the target
gets a numbered suffix ("beach (2).jpg"), so nothing there is overwritten.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from photoclip.errors import PhotoclipError


@dataclass(frozen=True)
class CopyProgress:
    """How far a copy is: ``done`` of ``total`` files."""

    done: int
    total: int


@dataclass(frozen=True)
class CopyResult:
    """What a copy did.

    Attributes:
        copied: The new files, in the target folder.
        failed: (source path, reason) for each file that could not be copied.
    """

    copied: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]


def free_name(folder: Path, name: str) -> Path:
    """A path in ``folder`` for ``name`` that no file uses yet: ``name``, else ``stem (2).ext``, ``stem (3).ext``...

    Args:
        folder: The target folder.
        name: The wanted file name.

    Returns:
        The path to write to.
    """
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def copy_files(paths: Sequence[str], folder: Path, report: Callable[[CopyProgress], None] | None = None) -> CopyResult:
    """Copy files into ``folder`` (created if needed), keeping their dates; one that fails is listed, the rest go on.

    Args:
        paths: The files to copy.
        folder: Where to.
        report: Called after each file (it may raise to stop the copy).

    Returns:
        The copies made and the files that failed.

    Raises:
        PhotoclipError: ``folder`` cannot be created.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PhotoclipError(f"The folder {folder} cannot be created: {exc.strerror or exc}.") from exc
    copied: list[str] = []
    failed: list[tuple[str, str]] = []
    for done, path in enumerate(paths, start=1):
        try:
            target = free_name(folder, Path(path).name)
            shutil.copy2(path, target)
            copied.append(str(target))
        except OSError as exc:
            failed.append((path, exc.strerror or str(exc)))
        if report is not None:
            report(CopyProgress(done, len(paths)))
    return CopyResult(tuple(copied), tuple(failed))
