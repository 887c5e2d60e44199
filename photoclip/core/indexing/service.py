"""The background indexing service: a job queue served by one worker thread that owns the model.

While it runs, :class:`IndexService` is the one place that writes to the
library. The folder watcher feeds it batches of settled changes; the GUI and
the CLI submit jobs (scan, embed, re-embed after a model change, add or
remove a folder) and subscribe to its events. Nothing here imports Qt: the
GUI adapts :class:`ServiceEvent` callbacks to signals, ``photoclip watch``
prints them.

How the pieces fit:
- **One worker.** Jobs run one at a time on one thread, so the model is never
  asked to encode two batches at once and the catalog has a single writer.
  Searches never wait for it: no lock is held while a batch is decoded or
  encoded, only during the short catalog transaction and index update that
  store it.
- **Priorities.** Changes the watcher picked up are scanned first, then the
  photos they brought in are embedded, then periodic rescans, then the
  backlog (a re-embed after a model switch, photos left over from an
  interrupted run), then later kinds of work (applying tag sets,
  personalisation). Filing just-embedded photos into albums is the exception:
  it follows their embedding at once (``PRIORITY_LABEL_NEW``). A
  backlog job is *preemptible*: when something more urgent arrives it stops
  after the current photo and goes back in the queue; whatever it stored
  stays stored, so it continues where it stopped.
- **Coalescing.** A job that arrives while an equal one is queued is merged
  into it (targeted scans take the union of their paths), so a burst of
  changes becomes a few big scans and a few big embedding batches.
- **Jobs are generators** (``jobs.py``) of
  :class:`~photoclip.core.indexing.records.IndexProgress`,
  as the rest of the core's long work is, and check their ``cancel`` event
  between items. A personalisation job's events are
  :class:`~photoclip.core.personalize.records.PersonalizeProgress`: both
  travel in ``ServiceEvent.progress`` (a typed union), and subscribers that
  only know indexing read ``ServiceEvent.index_progress``. Pause, cancel and
  stop act between two progress events. A
  job's ``future`` gives its return value (or error) to whoever submitted it.
- **One indexing path.** ``Library.index`` (``photoclip index``) runs the
  same jobs, with the same start-up list (:func:`~jobs.startup_jobs`), in the
  caller's thread through :func:`~jobs.run_jobs`; only the context differs.
- **The one writer, and its one exception.** Everything that writes the
  library while the service runs is a job here, except the *short writes*
  ``Library`` declares (saving, removing and importing tag sets; setting and
  importing captions; the user's albums and favourites): one catalog transaction each, under the catalog's
  lock, with no model and no vector index, so any thread may make them.
  Routed through the queue they would wait behind a job that cannot be
  preempted while someone waits on an editor, and a stop would drop them
  (see the "short writes" section of ``library.py``).
- **New kinds of job** subclass :class:`Job`: give it a ``kind``, a
  ``priority`` and a ``run(ctx)`` generator (and ``absorb`` if two queued
  ones can merge).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from photoclip.core.explore.records import MapProgress
from photoclip.core.indexing.jobs import (
    DuplicatesJob,
    FolderJob,
    Job,
    JobContext,
    JobProgress,
    MapJob,
    ModelJob,
    PersonalizeJob,
    ProfileJob,
    ScanJob,
    TagFeedback,
    TagFeedbackJob,
    TagJob,
    WordsJob,
    startup_jobs,
)
from photoclip.core.indexing.records import IndexProgress
from photoclip.core.indexing.watcher import ChangeBatch, FolderWatcher
from photoclip.core.personalize.records import PersonalizeProgress
from photoclip.core.query_socket import QueryServer, socket_path
from photoclip.core.search import SearchFilters, SearchResult
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:
    from photoclip.core.duplicates import DuplicateGroup
    from photoclip.core.library import Library
    from photoclip.core.personalize.records import TrainingConfig, TrainingResult

log = logging.getLogger(__name__)

# With pause_on_battery: how often the power supply is looked at.
BATTERY_CHECK_SECONDS = 30.0

# Service states, as reported by "state" events.
ServiceState = Literal["idle", "running", "paused", "stopped"]
IDLE: ServiceState = "idle"
RUNNING: ServiceState = "running"
PAUSED: ServiceState = "paused"
STOPPED: ServiceState = "stopped"

# What a ServiceEvent reports (see ServiceEvent.kind).
ServiceEventKind = Literal["state", "changes", "job-started", "progress", "job-finished", "job-failed", "warning"]


@dataclass(frozen=True)
class ServiceEvent:
    """Something the service reports to its subscribers.

    Attributes:
        kind: ``state`` (``state`` says which, ``message`` why, e.g. on battery),
            ``changes`` (the watcher picked up ``paths``), ``job-started``,
            ``progress`` (``progress`` is the job's event: done/total,
            photos/s, ETA, current file, or a file that failed),
            ``job-finished`` (``progress`` is the job's last event, which
            carries a summary; ``message`` says if it was cancelled or
            preempted), ``job-failed`` (``message`` says why; ``internal``
            tells a bug from a known problem) or ``warning``.
        job: The job's kind, for job events.
        job_id: The job's id, for job events.
        progress: The job's (last) event: an :class:`IndexProgress`, or a
            :class:`~photoclip.core.personalize.records.PersonalizeProgress` of a
            ``personalize`` job, a :class:`~photoclip.core.explore.records.MapProgress` of a ``map`` job. :attr:`index_progress` gives only the former.
        state: The service's state, for ``state`` events.
        paths: The changed files, for ``changes`` events.
        message: What happened, in words.
        internal: A ``job-failed`` that is a bug in photoclip (``message`` then
            ends with the traceback), not a problem the user can fix.
    """

    kind: ServiceEventKind
    job: str | None = None
    job_id: int | None = None
    progress: JobProgress | None = None
    state: ServiceState | None = None
    paths: tuple[str, ...] = ()
    message: str | None = None
    internal: bool = False

    @property
    def index_progress(self) -> IndexProgress | None:
        """``progress`` when it is indexing's (what subscribers that know only indexing read), else None."""
        return self.progress if isinstance(self.progress, IndexProgress) else None

    @property
    def personalize_progress(self) -> PersonalizeProgress | None:
        """``progress`` when it is a personalisation job's, else None."""
        return self.progress if isinstance(self.progress, PersonalizeProgress) else None

    @property
    def map_progress(self) -> MapProgress | None:
        """``progress`` when it is a ``map`` job's, else None."""
        return self.progress if isinstance(self.progress, MapProgress) else None


class IndexService:
    """Keeps a library up to date in the background.

    Args:
        library: A writable library (it holds the write lock). The service
            writes to it from its worker thread; do not write to it from
            elsewhere while the service runs. Searching is fine from any thread.
        watch: Watch the folders for changes (False: only the scans and jobs
            that are submitted, plus the periodic rescan).
        settle_seconds: Override ``settings.settle_seconds``.
        rescan_seconds: Override ``settings.rescan_minutes`` (0: never).
        root_check_seconds: How often the library roots are checked for
            disappearing or coming back.
        on_battery: Tells whether the machine runs on battery (None: unknown);
            default :func:`on_battery_power`. Only asked when
            ``settings.pause_on_battery`` is set.
    """

    def __init__(
        self,
        library: "Library",
        *,
        watch: bool = True,
        settle_seconds: float | None = None,
        rescan_seconds: float | None = None,
        root_check_seconds: float = 2.0,
        on_battery: Callable[[], bool | None] | None = None,
    ) -> None:
        if library.catalog.read_only:
            raise PhotoclipError("The indexing service needs a library opened for writing.")
        self.library = library
        settings = library.settings
        self.settle_seconds = settings.settle_seconds if settle_seconds is None else settle_seconds
        self.rescan_seconds = settings.rescan_minutes * 60 if rescan_seconds is None else rescan_seconds
        self._pause_on_battery = settings.pause_on_battery
        self._battery = on_battery or on_battery_power
        self._battery_checked = -1e9
        self._battery_state: bool | None = None
        self._watcher = FolderWatcher(
            self._on_changes,
            settle_seconds=self.settle_seconds,
            root_check_seconds=root_check_seconds,
            observe=watch,
            on_warning=lambda message: self._emit(ServiceEvent("warning", message=message)),
        )
        self._cond = threading.Condition()
        self._queue: list[Job] = []
        self._current: Job | None = None
        self._ids = itertools.count(1)
        self._subscribers: list[Callable[[ServiceEvent], None]] = []
        self._state: ServiceState = STOPPED
        self._paused = False
        self._stopping = False
        self._finished = False
        self._thread: threading.Thread | None = None
        self._next_rescan = float("inf")
        self._last_save = time.monotonic()
        self._queries: QueryServer | None = None

    # ------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Start watching and working: a full scan first (what changed while nobody watched), then the backlog."""
        if self._thread is not None:
            return
        self._watcher.start(self._roots())
        for job in startup_jobs(self.library):
            self.submit(job)
        self._schedule_rescan()
        self._thread = threading.Thread(target=self._work, name="photoclip-indexer", daemon=True)
        self._thread.start()

    def serve_queries(self) -> bool:
        """Answer ``photoclip search`` from other processes of this user, through this process's loaded model.

        Listens on the library's local socket (see ``core/query_socket.py``)
        until :meth:`stop`.

        Returns:
            Whether it listens (not on Windows, nor when the home's path is too long for a socket).
        """
        if self._queries is None:
            self._queries = QueryServer(socket_path(self.library.paths.home), self._answer_query)
        return self._queries.start()

    def _answer_query(self, text: str, k: int, filters: SearchFilters, cut: bool) -> SearchResult:
        return self.library.query(text, k, filters, cut=cut)

    def stop(self, timeout: float | None = 60) -> None:
        """Stop cleanly: stop answering searches and watching, stop the current job after its current item, save the indexes.

        Jobs still queued are cancelled; everything already stored stays, and
        the next start's scan picks up the rest.
        """
        if self._queries is not None:
            self._queries.stop()
        self._watcher.stop()
        with self._cond:
            self._stopping = True
            if self._current is not None:
                self._current.cancel_event.set()
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
        with self._cond:
            dropped, self._queue = self._queue, []
        for job in dropped:
            job.cancel_futures()

    def pause(self) -> None:
        """Pause after the current item (a paused job keeps its place); the watcher keeps collecting changes."""
        with self._cond:
            self._paused = True
            self._cond.notify_all()
        self._update_state()

    def resume(self) -> None:
        """Resume after :meth:`pause`."""
        with self._cond:
            self._paused = False
            self._cond.notify_all()
        self._update_state()

    def cancel(self) -> None:
        """Cancel the running job (after its current item) and every queued one. Watching goes on.

        A pause ends with it: nothing is left to hold, and changes picked up
        later are indexed as they come (a pause for the battery stays).
        """
        with self._cond:
            dropped, self._queue = self._queue, []
            self._paused = False
            if self._current is not None:
                self._current._cancelled = True
                self._current.cancel_event.set()
            self._cond.notify_all()
        for job in dropped:
            job.cancel_futures()
        self._update_state()

    @property
    def state(self) -> ServiceState:
        """``idle``, ``running``, ``paused`` or ``stopped``."""
        return self._state

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no change is settling, no job is queued and none runs. Returns False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._cond:
                busy = self._queue or self._current is not None
                if not busy and self._watcher.idle and not self._finished:
                    return True
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(timeout=0.05 if left is None else min(0.05, left))

    # ----------------------------------------------------------------- jobs
    def submit(self, job: Job) -> Job:
        """Queue a job (merged into an equal queued one when possible). Returns the job that will run it."""
        with self._cond:
            for queued in self._queue:
                if queued.absorb(job):
                    queued._followers.append(job.future)
                    self._cond.notify_all()
                    return queued
            job.id = next(self._ids)
            self._queue.append(job)
            current = self._current
            if current is not None and current.preemptible and job.priority < current.priority:
                current._preempted = True
                current.cancel_event.set()
            self._cond.notify_all()
        return job

    def rescan(self) -> Job:
        """Scan every folder now."""
        return self.submit(ScanJob())

    def add_folder(self, path: str | Path) -> Future[Any]:
        """Add a library folder: watched and scanned at once. The future gives ``{"added": [root], ...}``."""
        return self.submit(FolderJob(add=[path])).future

    def remove_folder(self, path: str | Path) -> Future[Any]:
        """Remove a library folder (its photos leave search). The future gives ``{"removed": {path: n}, ...}``."""
        return self.submit(FolderJob(remove=[path])).future

    def use_model(self, name: str) -> Future[Any]:
        """Choose the model; the library is re-embedded in the background. The future gives its spec."""
        return self.submit(ModelJob(name)).future

    def apply_tags(self, names: Iterable[str] | None = None, *, refresh_prompts: bool = False) -> Future[Any]:
        """Label the whole library with tag sets (default: all). The future gives the ``TagApplySummary``."""
        return self.submit(TagJob(names, refresh_prompts=refresh_prompts)).future

    def tag_feedback(self, tag: int | str, photo_ids: Iterable[int], action: TagFeedback) -> Future[Any]:
        """Confirm, reject or clear a tag on photos (see :class:`TagFeedbackJob`). The future gives the ``ManualChange``."""
        return self.submit(TagFeedbackJob(tag, photo_ids, action)).future

    def prepare_words(self) -> Future[Any]:
        """Encode the words photos are described with (see :class:`WordsJob`); the future resolves when ``Library.words`` is ready."""
        return self.submit(WordsJob()).future

    def personalize(self, config: "TrainingConfig | None" = None) -> Job:
        """Train on the library's captions (see :class:`PersonalizeJob`).

        Returns the job: its ``id`` marks its events, its ``future`` gives the
        ``TrainingResult``, and :meth:`cancel_job` stops it.
        """
        return self.submit(PersonalizeJob(config))

    def apply_personalization(self, result: "TrainingResult") -> Future[Any]:
        """Save a training result as a profile and search with it. The future gives its ``ProfileInfo``."""
        return self.submit(ProfileJob("apply", result=result)).future

    def preview_personalization(self, result: "TrainingResult") -> Future[Any]:
        """How applying ``result`` would refile the photos into albums; changes nothing. The future gives the ``AlbumRefiling``."""
        return self.submit(ProfileJob("preview", result=result)).future

    def use_profile(self, name: str | None) -> Future[Any]:
        """Search through a saved profile (None: the original heads). The future gives its ``ProfileInfo`` (or None)."""
        return self.submit(ProfileJob("use", name=name)).future

    def revert_personalization(self) -> Future[Any]:
        """Search with the model's original heads again (exactly the original rankings)."""
        return self.submit(ProfileJob("revert")).future

    def trash_duplicates(self, groups: Iterable["DuplicateGroup"]) -> Future[Any]:
        """Set every group's others aside in the holding folder (see :class:`DuplicatesJob`). The future gives the ``TrashResult``."""
        return self.submit(DuplicatesJob("trash", groups)).future

    def undo_duplicates(self, batch: str | None = None) -> Future[Any]:
        """Put a batch set aside back (None: the latest). The future gives the ``UndoResult``."""
        return self.submit(DuplicatesJob("undo", batch=batch)).future

    def compute_map(self) -> Job:
        """Compute the map of the library (see :class:`MapJob`); its ``map_progress`` events say how far it is."""
        return self.submit(MapJob())

    def cancel_job(self, job: Job) -> None:
        """Cancel one job: taken out of the queue, or stopped after its current item if it runs. Others go on."""
        with self._cond:
            if job in self._queue:
                self._queue.remove(job)
                dropped = True
            else:
                dropped = False
                if self._current is job:
                    job._cancelled = True
                    job.cancel_event.set()
            self._cond.notify_all()
        if dropped:
            job.cancel_futures()

    # ------------------------------------------------------------- events
    def subscribe(self, callback: Callable[[ServiceEvent], None]) -> Callable[[], None]:
        """Call ``callback`` with every event; returns a function that unsubscribes.

        Callbacks run on the service's threads (the worker, or the watcher for
        ``changes``): keep them quick and thread-safe, e.g. put the event in a
        queue or emit a Qt signal.
        """
        with self._cond:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._cond:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def _emit(self, event: ServiceEvent) -> None:
        with self._cond:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(event)
            except Exception:  # a subscriber's bug must not stop indexing
                log.exception("photoclip: a service subscriber failed")

    def _update_state(self) -> None:
        message = None
        state: ServiceState
        with self._cond:
            if self._thread is None or self._finished:
                state = STOPPED
            elif self._paused or self._battery_pause():
                state = PAUSED
                message = None if self._paused else "on battery"
            elif self._current is not None or self._queue:
                state = RUNNING
            else:
                state = IDLE
            changed = state != self._state
            self._state = state
        if changed:
            self._emit(ServiceEvent("state", state=state, message=message))

    # ------------------------------------------------------------- worker
    def _work(self) -> None:
        try:
            while True:
                job = self._next_job()
                if job is None:
                    break
                self._run(job)
        finally:
            try:
                self.library.save_indexes()
            finally:
                with self._cond:
                    self._current = None
                    self._finished = True
                    self._cond.notify_all()
                self._update_state()

    def _next_job(self) -> Job | None:
        """The most urgent queued job, waiting (and doing idle chores) until there is one; None when stopping."""
        job: Job | None = None
        while True:
            self._update_state()
            save_now = False
            with self._cond:
                if self._stopping:
                    return None
                now = time.monotonic()
                if now >= self._next_rescan:
                    self._schedule_rescan()
                    self._queue.append(_with_id(ScanJob(), self._ids))
                paused = self._paused or self._battery_pause()
                if self._queue and not paused:
                    job = min(self._queue, key=lambda j: (j.priority, j.id))
                    self._queue.remove(job)
                    self._current = job
                    break
                # Idle: save what the last jobs changed once in a while (so
                # another process's search catches up cheaply), rescan when
                # due, otherwise sleep until then.
                save_due = self._last_save + self.library.settings.index_save_seconds
                if now >= save_due:
                    save_now = True
                else:
                    wake = min(self._next_rescan, save_due, now + min(5.0, BATTERY_CHECK_SECONDS) if paused else float("inf"))
                    self._cond.wait(timeout=max(0.01, wake - now))
            if save_now:
                self._save()
        self._update_state()
        return job

    def _run(self, job: Job) -> None:
        self._emit(ServiceEvent("job-started", job.kind, job.id))
        generator = job.run(_ServiceContext(self, job))
        last: JobProgress | None = None
        result: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    progress = next(generator)
                except StopIteration as stop:
                    result = stop.value
                    break
                last = progress
                self._emit(_progress_event("progress", job, progress))
                self._between_items(job)
        except PhotoclipError as exc:
            error = exc
            self._emit(_progress_event("job-failed", job, last, message=str(exc)))
        except Exception as exc:  # a bug: report it and keep serving
            error = exc
            log.exception("photoclip: job %r failed", job)
            self._emit(
                _progress_event("job-failed", job, last, message=f"{exc!r}\n{traceback.format_exc()}", internal=True)
            )
        finally:
            generator.close()
        requeue = False
        with self._cond:
            self._current = None
            if job._preempted and not job._cancelled and not self._stopping and error is None:
                # Preempted, not cancelled: back in the queue, to continue later.
                job._preempted = False
                job.cancel_event = threading.Event()
                self._queue.append(job)
                requeue = True
            self._cond.notify_all()
        if error is None:
            message = "preempted" if requeue else ("cancelled" if job.cancel_event.is_set() else None)
            self._emit(_progress_event("job-finished", job, last, message=message))
        if requeue:
            return
        if job.cancel_event.is_set() and error is None:
            job.cancel_futures()
        else:
            job.resolve(result, error)
        if time.monotonic() - self._last_save >= self.library.settings.index_save_seconds:
            self._save()

    def _between_items(self, job: Job) -> None:
        """Pause, stop and rescan checks between two progress events of a running job."""
        if time.monotonic() >= self._next_rescan:
            self._schedule_rescan()
            self.submit(ScanJob())  # preempts a backlog job
        if not (self._paused or self._battery_pause()):
            return
        self._update_state()
        with self._cond:
            while (self._paused or self._battery_pause()) and not self._stopping and not job.cancel_event.is_set():
                self._cond.wait(timeout=min(5.0, BATTERY_CHECK_SECONDS))
        self._update_state()

    # -------------------------------------------------------------- chores
    def _on_changes(self, batch: ChangeBatch) -> None:
        paths = tuple(sorted(p for paths in batch.values() for p in paths))
        self._emit(ServiceEvent("changes", paths=paths))
        self.submit(ScanJob(batch))

    def _roots(self) -> list[str]:
        return [folder.path for folder in self.library.folders()]

    def _sync_roots(self) -> None:
        self._watcher.set_roots(self._roots())

    def _schedule_rescan(self) -> None:
        self._next_rescan = time.monotonic() + self.rescan_seconds if self.rescan_seconds > 0 else float("inf")

    def _save(self) -> None:
        self.library.save_indexes()  # only the indexes with unsaved changes
        self._last_save = time.monotonic()

    def _battery_pause(self) -> bool:
        if not self._pause_on_battery:
            return False
        now = time.monotonic()
        if now - self._battery_checked >= BATTERY_CHECK_SECONDS:
            self._battery_checked = now
            try:
                self._battery_state = self._battery()
            except Exception:
                self._battery_state = None
        return bool(self._battery_state)


class _ServiceContext(JobContext):
    """A job's context in the service: follow-ups join the service's queue, young files go back to the watcher."""

    def __init__(self, service: IndexService, job: Job) -> None:
        super().__init__(service.library, job.cancel_event, service.settle_seconds)
        self._service = service

    def submit(self, job: Job) -> Job:
        return self._service.submit(job)

    def recheck(self, paths: Iterable[str]) -> None:
        self._service._watcher.recheck(paths)

    def folders_changed(self) -> None:
        self._service._sync_roots()


def _progress_event(
    kind: ServiceEventKind, job: Job, progress: JobProgress | None, message: str | None = None, *, internal: bool = False
) -> ServiceEvent:
    """A job event carrying the job's (last) progress event."""
    return ServiceEvent(kind, job.kind, job.id, progress, message=message, internal=internal)


def _with_id(job: Job, ids: Iterator[int]) -> Job:
    job.id = next(ids)
    return job


def on_battery_power(base: Path = Path("/sys/class/power_supply")) -> bool | None:
    """Whether the computer runs on battery: True, False, or None when the platform does not say.

    Linux: read ``/sys/class/power_supply`` (``base``; no dependency).
    Elsewhere psutil is used when it happens to be installed; photoclip does
    not require it for this one flag.
    """
    if base.is_dir():
        system_battery = False
        discharging = False
        for supply in base.iterdir():
            kind = _read(supply / "type")
            if kind == "Battery":
                if _read(supply / "scope") == "Device":
                    continue  # a mouse or a keyboard
                system_battery = True
                discharging = discharging or _read(supply / "status") == "Discharging"
            elif _read(supply / "online") == "1":
                return False  # mains, USB-C, ...
        if system_battery:
            return discharging
        return None
    try:
        import psutil
    except ImportError:
        return None
    battery = psutil.sensors_battery()
    return None if battery is None else not battery.power_plugged


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None
