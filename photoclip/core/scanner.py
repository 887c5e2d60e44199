"""Walk library folders and work out what changed since the catalog last looked.

The scan only stats files: a file whose size and mtime match its catalog row is
not opened at all, which keeps a rescan of an unchanged library cheap. Files
that are new or changed get a *partial content hash* (size plus the first and
last 64 KiB), which recognises a moved or renamed photo without reading it
whole, as rclip does.

Nothing here writes to the catalog: the scanner returns a :class:`ScanResult`
and the indexer applies it.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from photoclip.core.catalog import PhotoRecord
from photoclip.core.imaging import IMAGE_EXTENSIONS

HASH_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FoundFile:
    """A file seen on disk during a scan."""

    path: str
    size: int
    mtime: float


@dataclass
class ScanResult:
    """What one scan of a root folder found, compared with the catalog."""

    folder_id: int
    root: str
    unchanged: int = 0
    new: list[FoundFile] = field(default_factory=list)
    changed: list[tuple[PhotoRecord, FoundFile]] = field(default_factory=list)
    missing: list[PhotoRecord] = field(default_factory=list)
    seen_paths: set[str] = field(default_factory=set)
    non_images: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    root_missing: bool = False


def is_image_name(name: str) -> bool:
    """True when the file name has one of the supported image extensions (any case)."""
    return os.path.splitext(name)[1].lower() in IMAGE_EXTENSIONS


def partial_hash(path: str, size: int | None = None) -> str:
    """Fingerprint a file by its size and its first and last 64 KiB.

    Args:
        path: The file.
        size: Its size, if already known from ``stat``.

    Returns:
        A hex digest.

    Raises:
        OSError: The file cannot be read.
    """
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as f:
        if size is None:
            size = os.fstat(f.fileno()).st_size
        digest.update(size.to_bytes(8, "little"))
        digest.update(f.read(HASH_CHUNK))
        if size > 2 * HASH_CHUNK:
            f.seek(-HASH_CHUNK, os.SEEK_END)
            digest.update(f.read(HASH_CHUNK))
        elif size > HASH_CHUNK:
            digest.update(f.read())
    return digest.hexdigest()


def walk_files(root: str, on_error: Callable[[str, str], None] | None = None) -> Iterator[tuple[str, os.stat_result]]:
    """Yield ``(path, stat)`` for every regular file below ``root``.

    Hidden folders (``.name``) are skipped. Symlinked folders are followed once;
    a symlink loop is detected by (device, inode) and not followed again.
    Files that vanish or cannot be stat'ed are reported through ``on_error``
    and skipped.
    """
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            if on_error:
                on_error(folder, os_error_reason(exc))
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            continue
        seen_dirs.add(key)
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            if on_error:
                on_error(folder, os_error_reason(exc))
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=True):
                    if not entry.name.startswith("."):
                        stack.append(entry.path)
                    continue
                est = entry.stat(follow_symlinks=True)
            except OSError as exc:
                # A broken symlink, a file deleted mid-scan, a permission problem.
                if on_error and is_image_name(entry.name):
                    on_error(entry.path, os_error_reason(exc))
                continue
            if stat.S_ISREG(est.st_mode):
                yield entry.path, est


def scan_folder(
    folder_id: int,
    root: str,
    known: dict[str, PhotoRecord],
    progress: Callable[[int, str], None] | None = None,
) -> ScanResult:
    """Compare the files below ``root`` with the catalog's rows for it.

    Args:
        folder_id: The root's catalog id.
        root: The root folder.
        known: The catalog's non-deleted photos of this root, keyed by path.
        progress: Called with (files seen so far, current path) every few hundred files.

    Returns:
        The differences. A root that does not exist (an unplugged drive) is
        reported as ``root_missing`` with nothing marked missing: a folder
        that disappears is not a deletion.
    """
    result = ScanResult(folder_id=folder_id, root=root)
    if not os.path.isdir(root):
        result.root_missing = True
        return result

    def on_error(path: str, reason: str) -> None:
        result.unreadable.append((path, reason))

    count = 0
    for path, st in walk_files(root, on_error):
        count += 1
        if progress and count % 500 == 0:
            progress(count, path)
        name = os.path.basename(path)
        if not is_image_name(name):
            result.non_images.append(path)
            continue
        result.seen_paths.add(path)
        found = FoundFile(path, int(st.st_size), float(st.st_mtime))
        record = known.get(path)
        if record is None:
            result.new.append(found)
        elif record.size == found.size and record.mtime == found.mtime:
            result.unchanged += 1
        else:
            result.changed.append((record, found))
    result.missing = [rec for path, rec in known.items() if path not in result.seen_paths]
    return result


def normalise_root(path: str | os.PathLike[str]) -> str:
    """An absolute, symlink-resolved folder path, as stored in the catalog."""
    return str(Path(path).expanduser().resolve())


def os_error_reason(exc: OSError) -> str:
    """A short human reason for an OSError met while reading a file."""
    if isinstance(exc, FileNotFoundError):
        return "file vanished (deleted during the scan, or a broken link)"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno is not None and exc.errno == 40:  # ELOOP
        return "symlink loop"
    return exc.strerror or str(exc)
