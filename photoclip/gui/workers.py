"""Run core work off the GUI thread and report it through Qt signals.

Two kinds of work leave the GUI thread:
- *Jobs* that own the model for a long time (scanning, embedding, later tag
  sets and personalisation) run on the core's :class:`IndexService`, whose
  one worker thread owns the model; :class:`ServiceBridge` turns its events
  into a Qt signal. :class:`JobRunner` drives a single core progress
  generator on its own thread, for work outside the service.
- *Calls* that are short but may touch the disk or the model (a search, a
  preview decode) run in a small :class:`QThreadPool` through :class:`Call`,
  and their result comes back as a signal. A stale result (the user typed
  on) is recognised by its ticket and dropped by the receiver.

An exception in a worker is never swallowed: it is emitted with its
traceback, and the main window shows it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

from photoclip.errors import PhotoclipError


class JobRunner(QThread):
    """Drives one core progress generator on a worker thread.

    Args:
        make_events: Called on the worker thread with a cancel event; returns
            the generator to drive (e.g. ``lambda c: library.index(c)``).
    """

    # Each progress event of the generator, as it comes.
    progressed = Signal(object)
    # The generator finished (or was cancelled); carries its last event.
    completed = Signal(object)
    # A PhotoclipError: a message for the user (str).
    failed = Signal(str)
    # Any other exception: a bug, with its traceback (str).
    crashed = Signal(str)

    def __init__(self, make_events: Callable[[threading.Event], Iterator[Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_events = make_events
        self.cancel_event = threading.Event()
        self._resume = threading.Event()
        self._resume.set()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    def pause(self) -> None:
        """Hold the job between two events (the model stays loaded)."""
        self._resume.clear()

    def resume(self) -> None:
        """Continue a paused job."""
        self._resume.set()

    def cancel(self) -> None:
        """Stop after the current item; what was stored stays stored."""
        self.cancel_event.set()
        self._resume.set()

    def run(self) -> None:  # noqa: D401 - QThread entry point
        last = None
        try:
            events = self._make_events(self.cancel_event)
            try:
                for event in events:
                    last = event
                    self.progressed.emit(event)
                    while not self._resume.wait(0.1):
                        if self.cancel_event.is_set():
                            break
            finally:
                close = getattr(events, "close", None)
                if close:
                    close()
        except PhotoclipError as exc:
            self.failed.emit(str(exc))
            return
        except Exception:  # a bug: report it, never swallow it
            self.crashed.emit(traceback.format_exc())
            return
        self.completed.emit(last)


class ServiceBridge(QObject):
    """Re-emits the core service's events as a Qt signal on the GUI thread.

    The service calls subscribers on its own threads; emitting a signal of a
    QObject that lives on the GUI thread queues the call there.
    """

    # Each ServiceEvent of the core's IndexService.
    event = Signal(object)

    def __init__(self, service: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._unsubscribe = service.subscribe(self.event.emit)

    def detach(self) -> None:
        """Stop receiving events (before the service or the window goes away)."""
        self._unsubscribe()


class _CallSignals(QObject):
    # (ticket, result) when the call returned.
    done = Signal(int, object)
    # (ticket, message) for a PhotoclipError.
    failed = Signal(int, str)
    # (ticket, traceback) for any other exception.
    crashed = Signal(int, str)


class Call(QRunnable):
    """A function run on a pool thread; its result comes back as a signal."""

    def __init__(self, ticket: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.ticket = ticket
        self.fn = fn
        self.signals = _CallSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except PhotoclipError as exc:
            self.signals.failed.emit(self.ticket, str(exc))
        except Exception:
            self.signals.crashed.emit(self.ticket, traceback.format_exc())
        else:
            self.signals.done.emit(self.ticket, result)


class _FutureSignals(QObject):
    # The future's result.
    done = Signal(object)
    # A PhotoclipError's message, or "" when the job was cancelled.
    failed = Signal(str)
    # Any other exception: a bug, with its traceback (str).
    crashed = Signal(str)


def watch_future(
    future: Future[Any],
    parent: QObject,
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_crashed: Callable[[str], None],
) -> None:
    """Report a service job's future on the GUI thread.

    The future resolves on the service's worker thread; the signals of a
    QObject that lives on the GUI thread carry the outcome there. A cancelled
    job (the user pressed Cancel, or the service stopped) reports ``on_failed("")``.
    """
    signals = _FutureSignals(parent)
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.crashed.connect(on_crashed)
    for sig in (signals.done, signals.failed, signals.crashed):
        sig.connect(signals.deleteLater)

    def report(f: Future[Any]) -> None:
        try:
            if f.cancelled():
                signals.failed.emit("")
                return
            error = f.exception()
            if error is None:
                signals.done.emit(f.result())
            elif isinstance(error, PhotoclipError):
                signals.failed.emit(str(error))
            else:
                signals.crashed.emit("".join(traceback.format_exception(type(error), error, error.__traceback__)))
        except RuntimeError:
            pass  # the window closed before the job ended: nobody to tell

    future.add_done_callback(report)


def call_pool(threads: int = 2) -> QThreadPool:
    """A thread pool for short calls (searches, previews)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(threads)
    return pool
