"""Warm the search model in the background, so that the first search answers at once.

A cold process loads torch, the model and the vector index on its first
search, which takes seconds. The app and ``photoclip watch`` start a
:class:`WarmUp` right after they start (:meth:`Library.warm_up`): a thread of
its own runs one search, which loads the serving model, its vector index and
its text tower. A search that arrives while that runs waits on the model's
load lock (the model is loaded once, whoever asks first) and answers the
moment the load is done; :attr:`WarmUp.elapsed_s` says how long that has been
going on, for a window to show.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Literal

# How far the warm-up is: loading, ready (searches answer at once), or failed
# (no model set up yet, say: the first search reports the problem itself).
WarmState = Literal["loading", "ready", "failed"]


class WarmUp:
    """Runs ``load`` on a daemon thread once, and tells how it went.

    Args:
        load: What warms the model (a first search); its exception, if any, ends up in :attr:`future`.
        clock: Seconds, monotonic (tests pass their own).

    The thread is a daemon: a process that quits while the model loads does not wait for it.
    """

    def __init__(self, load: Callable[[], object], *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()
        self._seconds: float | None = None
        # Resolves with the seconds the warm-up took, or with what it raised.
        self.future: Future[float] = Future()
        self.future.set_running_or_notify_cancel()
        self._thread = threading.Thread(target=self._run, args=(load,), name="photoclip-warm-up", daemon=True)
        self._thread.start()

    def _run(self, load: Callable[[], object]) -> None:
        try:
            load()
        except BaseException as exc:  # reported through the future, never lost
            self._seconds = self._clock() - self._started
            self.future.set_exception(exc)
        else:
            self._seconds = self._clock() - self._started
            self.future.set_result(self._seconds)

    @property
    def state(self) -> WarmState:
        """``loading``, ``ready`` or ``failed``."""
        if not self.future.done():
            return "loading"
        return "failed" if self.future.exception() is not None else "ready"

    @property
    def elapsed_s(self) -> float:
        """Seconds since the warm-up began (while it loads), or how long it took."""
        return self._seconds if self._seconds is not None else self._clock() - self._started

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the warm-up has ended, either way.

        Args:
            timeout: Seconds at most (None: as long as it takes).

        Returns:
            True when it has ended, False on timeout.
        """
        self._thread.join(timeout)
        return not self._thread.is_alive()
