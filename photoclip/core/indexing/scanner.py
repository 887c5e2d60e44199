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
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from photoclip.core.imaging import IMAGE_EXTENSIONS
from photoclip.core.storage.records import PhotoRecord

HASH_CHUNK = 64 * 1024
# Files that describe a photo beside it (XMP: digiKam, darktable, Lightroom, and
# `photoclip tags export-xmp` itself): not images, and not worth reporting as such.
SIDECAR_SUFFIXES = (".xmp",)
NOT_UTF8_REASON = "file name is not valid UTF-8 (rename the file to index it)"


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
    young: list[str] = field(default_factory=list)
    whole: bool = False  # the root was there and walked whole (not just some paths)


def is_image_name(name: str) -> bool:
    """True when the file name has one of the supported image extensions (any case)."""
    return os.path.splitext(name)[1].lower() in IMAGE_EXTENSIONS


def is_utf8_path(path: str) -> bool:
    """False for a path with bytes that are not UTF-8 (POSIX names are bytes; Python keeps those as lone surrogates)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable_path(path: str) -> str:
    """``path`` as text that can be stored, printed and written as JSON: bytes that are not UTF-8 become ``\\xNN``."""
    if is_utf8_path(path):
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")


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
    *,
    settle_before: float | None = None,
) -> ScanResult:
    """Compare the files below ``root`` with the catalog's rows for it.

    Args:
        folder_id: The root's catalog id.
        root: The root folder.
        known: The catalog's non-deleted photos of this root, keyed by path.
        progress: Called with (files seen so far, current path) every few hundred files.
        settle_before: A POSIX time; a new or changed file modified after it
            may still be being written, so it is reported in ``young`` and
            left alone (see :func:`is_young`). None reads every file.

    Returns:
        The differences. A root that does not exist (an unplugged drive), or
        that exists but is empty while the catalog knows photos in it (the
        mount point an unmounted drive leaves behind), is reported as
        ``root_missing`` with nothing marked missing: a folder that
        disappears is not a deletion.
    """
    result = ScanResult(folder_id=folder_id, root=root)
    if not root_available(root, expect_photos=bool(known)):
        result.root_missing = True
        return result

    def on_error(path: str, reason: str) -> None:
        result.unreadable.append((printable_path(path), reason))

    result.whole = True
    now = time.time()
    count = 0
    for path, st in walk_files(root, on_error):
        count += 1
        if progress and count % 500 == 0:
            progress(count, path)
        _classify(result, path, st, known, settle_before, now)
    result.missing = [rec for path, rec in known.items() if path not in result.seen_paths]
    return result


def scan_paths(
    folder_id: int,
    root: str,
    paths: Iterable[str],
    known: dict[str, PhotoRecord],
    *,
    settle_before: float | None = None,
) -> ScanResult:
    """Like :func:`scan_folder`, but only for some files and folders below ``root``.

    This is what the folder watcher asks for: the paths it saw change. A path
    that is a folder is walked whole; a path that no longer exists takes the
    photos stored at it, or below it, out (a deleted file or folder, or the
    source of a move whose destination is another path in the same batch or a
    later one). Naming ``root`` itself scans the whole root.

    Args:
        folder_id: The root's catalog id.
        root: The root folder.
        paths: Files or folders at or below ``root``.
        known: The catalog's non-deleted photos at or below ``paths`` (see
            ``Catalog.photos_at``), keyed by path.
        settle_before: As for :func:`scan_folder`.
    """
    targets = _outermost(p for p in paths if is_below(root, p) and not is_hidden_below(root, p))
    if root in targets:
        return scan_folder(folder_id, root, known, settle_before=settle_before)
    result = ScanResult(folder_id=folder_id, root=root)
    if not root_available(root, expect_photos=bool(known)):
        result.root_missing = True
        return result

    def on_error(path: str, reason: str) -> None:
        result.unreadable.append((printable_path(path), reason))

    now = time.time()
    for target in targets:
        try:
            st = os.stat(target)
        except FileNotFoundError:
            continue  # gone: whatever the catalog had there is missing (below)
        except OSError as exc:
            if is_image_name(target):
                on_error(target, os_error_reason(exc))
            # Unreadable for now: keep what the catalog has rather than delete it.
            result.seen_paths.update(p for p in known if p == target or is_below(target, p))
            continue
        if stat.S_ISDIR(st.st_mode):
            if os.path.basename(target).startswith("."):
                continue  # a hidden folder: the full scan skips it too
            for path, fst in walk_files(target, on_error):
                _classify(result, path, fst, known, settle_before, now)
        elif stat.S_ISREG(st.st_mode):
            _classify(result, target, st, known, settle_before, now)
    result.missing = [rec for path, rec in known.items() if path not in result.seen_paths]
    return result


def _classify(
    result: ScanResult,
    path: str,
    st: os.stat_result,
    known: dict[str, PhotoRecord],
    settle_before: float | None,
    now: float,
) -> None:
    """Sort one file into the scan result: not an image, young, new, unchanged or changed."""
    if not is_utf8_path(path):
        # The catalog (SQLite text) and every report are UTF-8: such a name
        # cannot be stored, and printing it raises. A per-file outcome, not a crash.
        if is_image_name(os.path.basename(path)):
            result.unreadable.append((printable_path(path), NOT_UTF8_REASON))
        else:
            result.non_images.append(printable_path(path))
        return
    if not is_image_name(os.path.basename(path)):
        if not path.lower().endswith(SIDECAR_SUFFIXES):  # a photo's sidecar belongs with it: not worth a report
            result.non_images.append(path)
        return
    result.seen_paths.add(path)
    found = FoundFile(path, int(st.st_size), float(st.st_mtime))
    record = known.get(path)
    if record is not None and record.size == found.size and record.mtime == found.mtime:
        result.unchanged += 1
    elif settle_before is not None and is_young(st, settle_before, now):
        result.young.append(path)
    elif record is None:
        result.new.append(found)
    else:
        result.changed.append((record, found))


def is_young(st: os.stat_result, settle_before: float, now: float | None = None) -> bool:
    """True when a file was written after ``settle_before``: it may still be being written.

    Both the modification time and (on POSIX) the inode change time count:
    copy tools often set an old modification time, but the kernel stamps the
    change time on every write and nobody can set it. Times in the future (a
    camera with a wrong clock, a network share whose clock runs ahead) do not
    count, or such a file would never settle.
    """
    now = time.time() if now is None else now
    stamps = [st.st_mtime] if os.name == "nt" else [st.st_mtime, st.st_ctime]  # Windows st_ctime: creation
    return any(settle_before < t <= now + 1.0 for t in stamps)


def root_available(root: str, *, expect_photos: bool) -> bool:
    """Whether a library root can be scanned: it exists, and is not an empty mount point.

    An unmounted drive often leaves its empty mount-point folder behind;
    scanning that would mark every photo deleted. So a root that is empty
    while the catalog expects photos in it counts as missing (offline).
    """
    if not os.path.isdir(root):
        return False
    if not expect_photos:
        return True
    try:
        with os.scandir(root) as entries:
            return next(entries, None) is not None
    except OSError:
        return False


def is_below(folder: str, path: str) -> bool:
    """True when ``path`` is ``folder`` or inside it (by name; no file-system access)."""
    base = folder.rstrip("/\\") or folder
    return path == base or path.startswith(base + os.sep) or (os.altsep is not None and path.startswith(base + os.altsep))


def is_hidden_below(root: str, path: str) -> bool:
    """True when ``path`` lies inside a hidden folder (``.name``) below ``root``, which :func:`walk_files` skips.

    Only the folders between ``root`` and ``path`` count, not ``path``'s own
    name: the walk skips hidden folders but not hidden files.
    """
    rel = os.path.relpath(os.path.dirname(path), root)
    if rel == "." or rel.startswith(".."):
        return False
    return any(part.startswith(".") for part in rel.split(os.sep))


def _outermost(paths: Iterable[str]) -> list[str]:
    """Distinct paths, without those inside another listed path (a folder is walked whole)."""
    wanted = set(paths)
    out = []
    for path in sorted(wanted):
        parent, child = os.path.dirname(path), path
        while parent != child and parent not in wanted:
            parent, child = os.path.dirname(parent), parent
        if parent == child:  # reached the top without meeting a listed ancestor
            out.append(path)
    return out


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
