"""File chores shared by downloads, imports and exports: checksums with progress, and a full disk.

Hashing a 600 MB file takes seconds, so it reports progress (phase
``verify``) through the same callback as the transfer; it runs in the
caller's thread like everything else here (the GUI calls from a worker).
"""

from __future__ import annotations

import errno
import hashlib
import shutil
from pathlib import Path
from typing import IO

from photoclip.core.models.progress import ModelPhase, ModelProgress, ModelProgressCallback
from photoclip.errors import DiskFullError

#: Bytes read or written per step (and per progress report).
CHUNK = 4 << 20
#: Kept free beyond what a write needs, so the disk is not filled to the last byte.
SPARE_BYTES = 16 << 20
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def sha256_file(
    path: Path,
    progress: ModelProgressCallback | None = None,
    *,
    phase: ModelPhase = "verify",
    filename: str | None = None,
) -> str:
    """The sha256 of a file, read in chunks, reporting ``phase`` progress.

    Args:
        path: The file.
        progress: Called after each chunk; an exception it raises aborts the hash.
        phase: The phase reported.
        filename: The name reported (default: the file's name).

    Returns:
        The hex digest.
    """
    name = filename or path.name
    total = path.stat().st_size
    digest = hashlib.sha256()
    done = 0
    if progress is not None:
        progress(ModelProgress(phase, 0, total, name))
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(ModelProgress(phase, done, total, name))
    return digest.hexdigest()


def copy_hashing(
    src: IO[bytes],
    dest: IO[bytes],
    size: int | None,
    progress: ModelProgressCallback | None,
    phase: ModelPhase,
    filename: str,
    *,
    done_before: int = 0,
    total: int | None = None,
) -> tuple[str, int]:
    """Copy ``src`` to ``dest`` in chunks, hashing what passes; returns (sha256, bytes copied).

    Args:
        src: Read from here (to its end, or ``size`` bytes).
        dest: Written here.
        size: Bytes to copy, or None for all.
        progress: Called after each chunk with ``done_before`` + bytes so far.
        phase: The phase reported.
        filename: The name reported.
        done_before: Bytes of the phase already done (earlier files).
        total: The phase's total bytes.
    """
    digest = hashlib.sha256()
    copied = 0
    while size is None or copied < size:
        block = src.read(CHUNK if size is None else min(CHUNK, size - copied))
        if not block:
            break
        dest.write(block)
        digest.update(block)
        copied += len(block)
        if progress is not None:
            progress(ModelProgress(phase, done_before + copied, total, filename))
    return digest.hexdigest(), copied


def check_free_space(folder: Path, needed: int, what: str) -> None:
    """Raise :class:`DiskFullError` when ``folder``'s disk has less than ``needed`` bytes free.

    Args:
        folder: Where the bytes go (it or its nearest existing parent is measured).
        needed: Bytes about to be written.
        what: The file being written, for the message.
    """
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:  # cannot tell: the write itself will say
        return
    if free < needed + SPARE_BYTES:
        raise disk_full(folder, needed, what, free=free)


def disk_full(folder: Path, needed: int | None, what: str, *, free: int | None = None) -> DiskFullError:
    """The error for a disk without room for ``what`` in ``folder``."""
    if free is None:
        try:
            free = shutil.disk_usage(folder if folder.exists() else folder.parent).free
        except OSError:
            free = None
    hint = "Free some space on that disk (or move the Hugging Face cache with HF_HOME) and try again."
    if needed is None or free is None:
        return DiskFullError(f"Not enough disk space for {what} in {folder}.", hint=hint)
    return DiskFullError(
        f"Not enough disk space for {what} in {folder}: {needed / 1e6:.0f} MB are needed, {free / 1e6:.0f} MB are free.",
        hint=hint,
    )


def is_disk_full(exc: BaseException) -> bool:
    """True for the OSError of a write to a full disk (or an exhausted quota)."""
    return isinstance(exc, OSError) and exc.errno in _FULL
