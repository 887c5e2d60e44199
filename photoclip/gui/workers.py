"""Run core work off the GUI thread and report it through Qt signals.

Two kinds of work leave the GUI thread:
- *Jobs* that own the model for a long time (scanning, embedding, tag sets,
  personalisation) run on the core's :class:`IndexService`, whose one worker
  thread owns the model; :class:`ServiceBridge` turns its events into a Qt
  signal, and :func:`watch_future` reports a job's future.
- Everything else (a search, a preview decode, a model download, its
  verification, an import) is a :class:`Worker`: a function run on a thread
  pool that may report progress and be cancelled, in the spirit of superqt's
  and napari's workers. Its outcome comes back as a signal of
  :class:`WorkerSignals`, the one vocabulary both share: a receiver reads the
  result from ``returned``, never from a variable the thread sets.

An exception in a worker is never swallowed: ``errored`` carries it (a
:class:`PhotoclipError` for the user, anything else a bug with its traceback).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from photoclip.errors import PhotoclipError

# Progress events of one phase closer together than this are dropped: a
# download reports every chunk, and a signal per chunk would flood the event loop.
PROGRESS_INTERVAL_S = 0.05


class WorkCancelled(Exception):
    """Raised by a worker's progress report once :meth:`Worker.cancel` was asked for.

    The work stops where it reports next and the exception propagates out of
    the core call (a model download keeps its partial file to resume).
    """


# What a worker's function is given: call it with each progress event.
Report = Callable[[object], None]


class WorkerSignals(QObject):
    """How work off the GUI thread reports, in this order: started, progressed..., then one of returned,
    errored or aborted, then finished. Created on the GUI thread, so receivers run there."""

    # The work began on its thread.
    started = Signal()
    # A progress event of the work (a core progress value such as ModelProgress).
    progressed = Signal(object)
    # The work's return value.
    returned = Signal(object)
    # The exception the work raised: a PhotoclipError to show, anything else a bug (see traceback_text).
    errored = Signal(object)
    # The work stopped because it was cancelled.
    aborted = Signal()
    # The work has ended, whichever way.
    finished = Signal()


class Submit(Protocol):
    """How a dialog or panel runs a short call off the GUI thread: the main window's ``_submit``."""

    def __call__(self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None = None) -> int:
        """Run ``fn`` on the window's pool; ``on_done(result)``, or ``on_failed(message)`` for a PhotoclipError, on the GUI thread.

        Without ``on_failed`` the window shows a PhotoclipError itself; any other exception is reported as a bug.

        Returns:
            The call's ticket.
        """
        ...


def traceback_text(error: BaseException) -> str:
    """The traceback of an exception that came back from a worker, for the crash report."""
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class Worker(QRunnable):
    """A function run on a pool thread; its progress and outcome come back as :class:`WorkerSignals`.

    The function is called with a :data:`Report`; it passes each progress
    event to it. The report raises :class:`WorkCancelled` once :meth:`cancel`
    was asked for, which is how a core call that takes a progress callback is
    stopped. Keep a reference to the worker until ``finished``.

    Args:
        work: The function to run, given the report.
        progress_interval_s: Drop progress events closer together than this
            (an event whose ``phase`` differs from the last one always goes through).
    """

    def __init__(self, work: Callable[[Report], Any], *, progress_interval_s: float = PROGRESS_INTERVAL_S) -> None:
        super().__init__()
        self._work = work
        self._interval = progress_interval_s
        self._cancel = threading.Event()
        self._last_phase: object = None
        self._last_emit = float("-inf")
        self.signals = WorkerSignals()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was asked for."""
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run on ``pool`` (default: the application's global pool)."""
        (pool or QThreadPool.globalInstance()).start(self)

    def _report(self, event: object) -> None:
        if self._cancel.is_set():
            raise WorkCancelled()
        phase = getattr(event, "phase", None)
        now = time.monotonic()
        if phase == self._last_phase and now - self._last_emit < self._interval:
            return
        self._last_phase, self._last_emit = phase, now
        self.signals.progressed.emit(event)

    def run(self) -> None:
        """The pool thread's entry point."""
        signals = self.signals
        try:
            signals.started.emit()
            try:
                result = self._work(self._report)
            except Exception as exc:  # a PhotoclipError or a bug: reported, never swallowed
                if _caused_by_cancel(exc):
                    signals.aborted.emit()
                else:
                    signals.errored.emit(exc)
            else:
                signals.returned.emit(result)
            signals.finished.emit()
        except RuntimeError:
            pass  # the receivers are gone (the window closed): nobody to tell


def _caused_by_cancel(error: BaseException | None) -> bool:
    """Whether the error is a WorkCancelled, or one a library raised while handling it."""
    seen = 0
    while error is not None and seen < 20:
        if isinstance(error, WorkCancelled):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def watch_future(future: Future[Any], parent: QObject) -> WorkerSignals:
    """Report a service job's future on the GUI thread, as a worker reports.

    The future resolves on the service's worker thread; the returned signals
    (a child of ``parent``, on the GUI thread) carry the outcome there:
    ``returned`` with its result, ``errored`` with its exception, or
    ``aborted`` when the job was cancelled (the user pressed Cancel, or the
    service stopped); then ``finished``. Connect to them before returning to
    the event loop: the future is watched from the loop's next turn, so a job
    that is already done reports to receivers that are connected.
    """
    signals = WorkerSignals(parent)
    signals.finished.connect(signals.deleteLater)

    def report(f: Future[Any]) -> None:
        try:
            if f.cancelled():
                signals.aborted.emit()
            elif (error := f.exception()) is not None:
                signals.errored.emit(error)
            else:
                signals.returned.emit(f.result())
            signals.finished.emit()
        except RuntimeError:
            pass  # the window closed before the job ended: nobody to tell

    QTimer.singleShot(0, signals, lambda: future.add_done_callback(report))
    return signals


class ServiceBridge(QObject):
    """Re-emits the core service's events as a Qt signal on the GUI thread.

    The service calls subscribers on its own threads; emitting a signal of a
    QObject that lives on the GUI thread queues the call there.
    """

    # Each ServiceEvent of the core's IndexService. (Not named ``event``: that is QObject.event(), Qt's event handler.)
    service_event = Signal(object)
    # The service's thread emits this; its queued deliveries reach _relay on the GUI thread.
    _arrived = Signal(object)

    def __init__(self, service: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._attached = True
        self._arrived.connect(self._relay)
        self._unsubscribe = service.subscribe(self._arrived.emit)

    def _relay(self, event: object) -> None:
        # An event the service sent just before detach() is still queued: once
        # detached, the window (and perhaps the library) it was for is gone.
        if self._attached:
            self.service_event.emit(event)

    def detach(self) -> None:
        """Stop receiving events (before the service or the window goes away), queued ones included."""
        self._attached = False
        self._unsubscribe()


class PoolCalls:
    """A window's short calls (searches, previews, short writes) on a small thread pool: what :class:`Submit` runs.

    Args:
        show_error: Shows a PhotoclipError's message when the caller gave no ``on_failed``.
        report_crash: Reports any other exception (a bug) with its traceback.
        threads: The pool's threads.
    """

    def __init__(self, show_error: Callable[[str], None], report_crash: Callable[[str], None], threads: int = 2) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(threads)
        self._show_error = show_error
        self._report_crash = report_crash
        self._workers: dict[int, Worker] = {}
        self._ticket = 0

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None = None) -> int:
        """Run ``fn`` on the pool; ``on_done(result)`` or ``on_failed(message)`` on the GUI thread (see :class:`Submit`)."""
        self._ticket += 1
        ticket = self._ticket
        worker = Worker(lambda _report: fn())
        self._workers[ticket] = worker  # alive until it reports

        def errored(error: BaseException) -> None:
            if not isinstance(error, PhotoclipError):
                self._report_crash(traceback_text(error))
            elif on_failed is not None:
                on_failed(str(error))
            else:
                self._show_error(str(error))

        worker.signals.returned.connect(on_done)
        worker.signals.errored.connect(errored)
        worker.signals.finished.connect(lambda: self._workers.pop(ticket, None))
        worker.start(self.pool)
        return ticket
