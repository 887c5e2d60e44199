"""The lock every catalog statement runs under, and what it tells users about a failing catalog.

SQLite reports a damaged file, a full disk or a failing disk as a raw
``sqlite3`` exception; :class:`CatalogLock` turns those into a
:class:`~photoclip.errors.PhotoclipError` that says what to do.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from photoclip.errors import PhotoclipError


class CatalogLock:
    """The catalog's (reentrant) lock; it also turns SQLite errors a user can act on into PhotoclipError.

    Every statement runs under this lock, so it is the one place where a
    damaged file, a full disk or a failing disk stops being a raw
    ``sqlite3`` exception (a traceback) and becomes a message that says what
    to do, naming the backup when there is one. Other errors pass unchanged.
    """

    def __init__(self, path: Path) -> None:
        self._lock = threading.RLock()
        self._path = path

    def __enter__(self) -> "CatalogLock":
        self._lock.acquire()
        return self

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self._lock.release()
        if isinstance(exc, sqlite3.DatabaseError):
            error = environment_error(self._path, exc)
            if error is not None:
                raise error from exc


# SQLite primary result codes (the low byte of extended codes).
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 10, 11, 13, 26


def environment_error(path: Path, exc: sqlite3.DatabaseError) -> PhotoclipError | None:
    """The PhotoclipError for a damaged catalog, a full disk or a disk I/O error; None for other errors."""
    code = getattr(exc, "sqlite_errorcode", None)  # Python >= 3.11; older ones: the message
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or (primary is None and ("malformed" in text or "not a database" in text)):
        return PhotoclipError(f"The library catalog {path} is damaged ({exc}).", hint=backup_hint(path))
    if primary == _SQLITE_FULL or (primary is None and "disk is full" in text):
        return PhotoclipError(
            f"The disk is full: the library catalog {path} cannot grow. The change in progress was not stored; everything before it is kept.",
            hint="Free some disk space and run the command again.",
        )
    if primary == _SQLITE_IOERR or (primary is None and "disk i/o error" in text):
        return PhotoclipError(
            f"The library catalog {path} cannot be read or written ({exc}).",
            hint="Check the disk (full, unplugged or failing?) and run the command again.",
        )
    return None


def backup_hint(path: Path) -> str:
    """What to tell a user whose catalog is damaged: the newest backup to restore, else how to rebuild."""
    backups = sorted(path.parent.glob(path.name + ".bak-v*"))
    if backups:
        return f"A backup made before the last upgrade is at {backups[-1]}. Move the damaged file aside and copy the backup in its place."
    return f"Move {path} aside and run `photoclip index` to build a new catalog (photos are re-scanned)."

