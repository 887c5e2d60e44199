"""One writer per library: an OS file lock held for as long as a library is open for writing.

SQLite would let two processes write one catalog in turn, but the vector index
files and the indexing bookkeeping (``seq``, the serving model) assume a single
writer. So a writable :class:`~photoclip.core.library.Library` takes an
exclusive, non-blocking lock on ``<home>/write.lock`` and keeps it until it is
closed; a second writer gets :class:`LibraryLockedError` at once instead of
waiting or interleaving. Readers never lock: SQLite's WAL mode lets them read
while the writer writes, so a search works read-only next to ``photoclip watch``.

The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows. Both belong
to the open file, not the process, so a second open in the same process is
refused too, and the operating system drops the lock when the process dies:
a crash never leaves a library locked. The holder's pid is written into the
file, only to make the message helpful.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from photoclip.errors import LibraryLockedError

# The pid is written after this many bytes: on Windows the locked byte (0)
# cannot even be read by another process, so the pid must sit elsewhere.
_PID_OFFSET = 16


class LibraryLock:
    """An exclusive lock on a library's lock file.

    Args:
        path: The lock file (created when missing; never deleted, because
            deleting a lock file that another process is about to lock races).
        home: The library home, for the message.
    """

    def __init__(self, path: Path, home: Path | None = None) -> None:
        self.path = Path(path)
        self.home = home or self.path.parent
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock without waiting.

        Raises:
            LibraryLockedError: Another open (this process or another) holds it.
        """
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            holder = read_holder(self.path)
            who = f" (pid {holder})" if holder else ""
            raise LibraryLockedError(
                f"The library at {self.home} is already open for writing in another photoclip process{who}.",
                hint="Only one process can change a library at a time. Stop the other one (for example a running "
                "`photoclip watch`) and try again; `photoclip search`, `similar` and `status` still work meanwhile.",
            ) from None
        pid = f"{os.getpid()}\n".encode()
        os.ftruncate(fd, _PID_OFFSET)
        os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
        os.write(fd, pid)
        self._fd = fd

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def read_holder(path: Path) -> int | None:
    """The pid recorded by the process that holds (or last held) the lock, if readable."""
    try:
        with open(path, "rb") as f:
            f.seek(_PID_OFFSET)
            return int(f.read(32).strip() or b"0") or None
    except (OSError, ValueError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (a check mypy understands)
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
