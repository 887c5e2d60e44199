"""Folder watching with a settle delay, and a watch on the library roots themselves.

:class:`FolderWatcher` turns file-system notifications (watchdog: inotify,
FSEvents, ReadDirectoryChangesW) into *batches of settled paths*, one dict
``{root: {paths}}`` at a time, for the background service to scan. It never
touches the catalog.

Why it is shaped this way:
- **Settle delay.** A photo being copied in arrives as a create and a stream
  of writes. A path is released only once nothing has happened to it for
  ``settle_seconds``: no event, and no change in its size, modification time
  or inode change time between two looks. So it is read once, complete.
- **Coalescing.** Everything that settles in one tick goes out as one batch,
  and a folder that was created or moved in is released as one path (the
  service walks it) once nothing below it has moved for the settle delay. An
  import of 2,000 photos becomes a handful of batches, not 2,000 jobs.
- **Roots are polled, not trusted to events.** An unplugged drive, an
  unmounted share or a renamed root sends at best a "deleted self" event and
  then silence, and its return sends nothing at all. So the roots are
  stat'ed every ``root_check_seconds``; a root that disappears, comes back, or
  is replaced by another folder (a mount point left behind) is released as a
  path of its own, and the service scans it whole. Its watch is dropped and
  set up again as needed.
- Only image files and folders count; hidden folders are ignored like the
  scanner ignores them; our own reads (open / close-without-write events)
  are not changes.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from photoclip.core.indexing.scanner import is_below, is_hidden_below, is_image_name

log = logging.getLogger(__name__)

ChangeBatch = dict[str, set[str]]  # library root -> settled paths below it (files or folders)

# Events that are not changes: our own reads open and close files.
_IGNORED_EVENTS = frozenset({"opened", "closed_no_write"})
# A folder matters when it appears or goes; every change inside one also
# "modifies" it, and that change is reported on its own.
_FOLDER_EVENTS = frozenset({"created", "deleted", "moved"})


@dataclass
class _Pending:
    root: str
    is_dir: bool
    last_event: float
    signature: tuple[int, int, int] | None = None  # as last seen; None for folders and vanished files
    signature_since: float = 0.0


def _signature(path: str) -> tuple[int, int, int] | None:
    """What changes while a file is written: size, modification and inode-change times (None: gone)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _root_identity(root: str) -> tuple[int, int] | None:
    """(device, inode) of a root folder, or None when it is not there."""
    try:
        st = os.stat(root)
    except OSError:
        return None
    if not os.path.isdir(root):
        return None
    return (st.st_dev, st.st_ino)


class SettleTracker:
    """Paths that changed, held until they have settled.

    Thread-safe: :meth:`note` is called from the notification thread,
    :meth:`take_settled` from the watcher's own.

    Args:
        settle_seconds: How long a path must stay quiet.
        clock: A monotonic clock (tests pass their own).
    """

    def __init__(self, settle_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.settle_seconds = max(0.0, settle_seconds)
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: dict[str, _Pending] = {}

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending)

    def note(self, root: str, path: str, is_dir: bool = False) -> bool:
        """Record that ``path`` (below ``root``) changed just now. Returns True when nothing was pending before."""
        # The first look is taken now, so a file that stops changing at once
        # is released one settle delay after its last event, not a tick later.
        signature = None if is_dir else _signature(path)
        now = self._clock()
        with self._lock:
            was_empty = not self._pending
            entry = self._pending.get(path)
            if entry is None:
                self._pending[path] = _Pending(root, is_dir, now, signature, now)
            else:
                entry.last_event = now
                entry.is_dir = entry.is_dir or is_dir
            # Something moved below a folder that is waiting to be walked:
            # the folder is not quiet yet either.
            child, parent = path, os.path.dirname(path)
            while parent != child and is_below(root, parent):
                waiting = self._pending.get(parent)
                if waiting is not None and waiting.is_dir:
                    waiting.last_event = now
                child, parent = parent, os.path.dirname(parent)
        return was_empty

    def take_settled(self) -> ChangeBatch:
        """Remove and return the paths that have been quiet for the settle delay, by root.

        A file is quiet when it had no event and its size and times did not
        change for ``settle_seconds``; a folder, when nothing below it had an
        event for that long.
        """
        now = self._clock()
        with self._lock:
            entries = list(self._pending.items())
        # Outside the lock: a stat can be slow on a network share. Folders
        # are not stat'ed (their times change with every file inside); they
        # are quiet when no event below them arrives.
        looks = {path: None if entry.is_dir else _signature(path) for path, entry in entries}
        batch: ChangeBatch = {}
        with self._lock:
            for path, entry in entries:
                if self._pending.get(path) is not entry:
                    continue
                signature = looks[path]
                if signature != entry.signature:
                    entry.signature, entry.signature_since = signature, now
                    continue
                quiet_since = max(entry.last_event, entry.signature_since)
                if now - quiet_since >= self.settle_seconds:
                    del self._pending[path]
                    batch.setdefault(entry.root, set()).add(path)
        return batch

    def forget_root(self, root: str) -> None:
        """Drop everything pending below a root (it left the library)."""
        with self._lock:
            for path in [p for p, e in self._pending.items() if e.root == root]:
                del self._pending[path]


class FolderWatcher:
    """Watches library roots recursively and hands over settled changes in batches.

    Args:
        on_changes: Called (on the watcher's thread) with each batch. Keep it
            quick: hand the batch to a queue.
        settle_seconds: See :class:`SettleTracker`.
        root_check_seconds: How often the roots themselves are stat'ed.
        observe: Use file-system notifications. Without them (False) the
            watcher still settles the paths given to :meth:`recheck` and
            watches the roots, and the service's periodic rescan finds the rest.
        on_warning: Called with a message when notifications cannot be set
            up for a root (for example the inotify watch limit).
    """

    def __init__(
        self,
        on_changes: Callable[[ChangeBatch], None],
        *,
        settle_seconds: float = 2.0,
        root_check_seconds: float = 2.0,
        observe: bool = True,
        on_warning: Callable[[str], None] | None = None,
    ) -> None:
        self._on_changes = on_changes
        self._on_warning = on_warning or (lambda message: log.warning("%s", message))
        self.tracker = SettleTracker(settle_seconds)
        self._poll = min(0.25, max(0.05, settle_seconds / 8))
        self._root_check = max(0.05, root_check_seconds)
        self._observe = observe
        self._cond = threading.Condition()
        self._roots: dict[str, tuple[int, int] | None] = {}
        self._watches: dict[str, Any] = {}
        self._observer: Any = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._handing_over = False

    # ------------------------------------------------------------ lifecycle
    def start(self, roots: Iterable[str]) -> None:
        """Start watching ``roots`` (library root folders, normalised)."""
        if self._observe:
            from watchdog.observers import Observer  # imported here: only watching needs it

            self._observer = Observer()
            self._observer.daemon = True
            self._observer.start()
        self.set_roots(roots)
        self._thread = threading.Thread(target=self._run, name="photoclip-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching (pending paths are dropped; the next start's rescan finds them)."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=10)
            self._observer = None

    @property
    def idle(self) -> bool:
        """True when no change is waiting to settle or being handed over."""
        return not self._handing_over and len(self.tracker) == 0

    def set_roots(self, roots: Iterable[str]) -> None:
        """Watch exactly these roots (after a folder was added or removed)."""
        wanted = set(roots)
        with self._cond:
            gone = [r for r in self._roots if r not in wanted]
            added = [r for r in wanted if r not in self._roots]
            for root in gone:
                del self._roots[root]
            for root in added:
                self._roots[root] = _root_identity(root)
        for root in gone:
            self._unwatch(root)
            self.tracker.forget_root(root)
        for root in added:
            if self._roots.get(root) is not None:
                self._watch(root)

    def recheck(self, paths: Iterable[str]) -> None:
        """Look at these files again once they have settled (files a scan found still being written)."""
        with self._cond:
            roots = sorted(self._roots, key=len, reverse=True)  # the innermost root first
        for path in paths:
            root = next((r for r in roots if is_below(r, path)), None)
            if root is not None:
                self.tracker.note(root, path)
        with self._cond:
            self._cond.notify_all()

    # ---------------------------------------------------------- the thread
    def _stop_requested(self) -> bool:
        return self._stopping

    def _run(self) -> None:
        next_root_check = time.monotonic() + self._root_check
        while True:
            with self._cond:
                if self._stopping:
                    return
                wait = self._poll if len(self.tracker) else self._root_check
                self._cond.wait(timeout=max(0.01, min(wait, next_root_check - time.monotonic())))
                # stop() may have set the flag while this waited; read through a
                # call, or mypy takes it for the False it was before the wait.
                if self._stop_requested():
                    return
            if time.monotonic() >= next_root_check:
                self._check_roots()
                next_root_check = time.monotonic() + self._root_check
            self._handing_over = True
            try:
                batch = self.tracker.take_settled()
                if batch:
                    self._on_changes(batch)
            except Exception:  # a bug downstream must not stop the watching
                log.exception("photoclip: handing over changes failed")
            finally:
                self._handing_over = False

    def _check_roots(self) -> None:
        with self._cond:
            roots = list(self._roots.items())
        for root, before in roots:
            now = _root_identity(root)
            if now == before:
                continue
            with self._cond:
                if root not in self._roots:
                    continue
                self._roots[root] = now
            # Gone, back, or another folder in its place (a mount point left
            # behind): the old watch is useless either way.
            self._unwatch(root)
            if now is not None:
                self._watch(root)
            self.tracker.note(root, root, is_dir=True)

    # ------------------------------------------------------------ watchdog
    def _watch(self, root: str) -> None:
        if self._observer is None:
            return
        try:
            self._watches[root] = self._observer.schedule(_Handler(self, root), root, recursive=True)
        except OSError as exc:
            self._on_warning(
                f"Cannot watch {root} for changes ({exc.strerror or exc}); it is still rescanned every few minutes."
                + (" On Linux, raise fs.inotify.max_user_watches." if exc.errno == 28 else "")
            )

    def _unwatch(self, root: str) -> None:
        watch = self._watches.pop(root, None)
        if watch is not None and self._observer is not None:
            try:
                self._observer.unschedule(watch)
            except (KeyError, OSError):
                pass  # already gone with its folder

    def _event(self, root: str, path: str, is_dir: bool) -> None:
        if not is_below(root, path) or is_hidden_below(root, path):
            return
        if is_dir:
            if os.path.basename(path).startswith(".") and path != root:
                return
        elif not is_image_name(os.path.basename(path)):
            return
        if self.tracker.note(root, path, is_dir):
            with self._cond:
                self._cond.notify_all()  # asleep until the next root check: start ticking now


class _Handler:
    """Feeds one root's watchdog events into the watcher."""

    def __init__(self, watcher: FolderWatcher, root: str) -> None:
        self._watcher = watcher
        self._root = root

    def dispatch(self, event: Any) -> None:
        if event.event_type in _IGNORED_EVENTS:
            return
        if event.is_directory and event.event_type not in _FOLDER_EVENTS:
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self._watcher._event(self._root, os.fsdecode(raw), bool(event.is_directory))
