"""``photoclip watch``: the background indexing service in the foreground, its events as log lines or JSON lines."""

from __future__ import annotations

import argparse
import json
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from photoclip.cli.common import Command, add_model_options, model_overrides, open_library
from photoclip.cli.library import summary_dict
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:
    from photoclip.core.indexing.records import IndexSummary
    from photoclip.core.indexing.service import ServiceEvent

    # What signal.signal() takes and returns (typeshed's private signal._HANDLER).
    _SignalHandler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def _watch_arguments(p: argparse.ArgumentParser) -> None:
    add_model_options(p)
    p.add_argument("--settle", type=float, default=None, metavar="SECONDS", help="wait until a file has not changed for this long before reading it (default 2)")
    p.add_argument("--rescan-minutes", type=float, default=None, metavar="MIN", help="full rescan as a fallback every MIN minutes; 0: never (default 15)")
    p.add_argument("--pause-on-battery", action="store_true", default=None, help="pause indexing while on battery")


def run_watch(args: argparse.Namespace) -> int:
    """``photoclip watch``: index changes as they happen until Ctrl-C or SIGTERM (a second one stops at once)."""
    from photoclip.core.indexing.service import IndexService

    overrides = {
        **model_overrides(args),
        "settle_seconds": args.settle,
        "rescan_minutes": args.rescan_minutes,
        "pause_on_battery": args.pause_on_battery,
    }
    stop = threading.Event()
    previous: dict[signal.Signals, _SignalHandler] = {}

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        stop.set()
        for sig, handler in previous.items():  # a second Ctrl-C stops at once
            signal.signal(sig, handler)

    with open_library(args, overrides=overrides) as lib:
        if not lib.folders():
            raise PhotoclipError("The library has no folders.", hint="Add one with `photoclip folders add DIR`.")
        events: queue.Queue[ServiceEvent] = queue.Queue()
        service = IndexService(lib)
        service.subscribe(events.put)
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, on_signal)
        log = WatchLog(args.json)
        try:
            log.line(
                f"Watching {len(lib.folders())} folder(s) of {lib.paths.home} with {lib.chosen_model().name} "
                f"(settle {service.settle_seconds:g} s, full rescan "
                + (f"every {service.rescan_seconds / 60:g} min" if service.rescan_seconds > 0 else "off")
                + "). Press Ctrl-C to stop."
            )
            service.start()
            service.serve_queries()  # `photoclip search` asks this process, whose model is warm
            lib.warm_up()
            while not stop.is_set():
                try:
                    log.show(events.get(timeout=0.5))
                except queue.Empty:
                    continue
            log.line("Stopping after the current photo...")
            service.stop()
            while not events.empty():
                log.show(events.get_nowait())
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    log.line("Stopped. Everything indexed so far is saved.")
    return 0


class WatchLog:
    """Prints the service's events for `photoclip watch`: short lines on stderr, or JSON lines on stdout."""

    def __init__(self, as_json: bool) -> None:
        """Args:
        as_json: JSON lines on stdout (``--json``) instead of timestamped lines on stderr.
        """
        self.as_json = as_json
        self._last_progress = 0.0

    def line(self, text: str) -> None:
        """Log one message."""
        if self.as_json:
            self._json({"event": "log", "message": text})
        else:
            print(f"{time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)

    def _json(self, data: dict[str, object]) -> None:
        print(json.dumps(data, ensure_ascii=False), flush=True)

    def show(self, event: ServiceEvent) -> None:
        """Log a service event: every one as JSON; as text only what a person watching wants (embed progress every 2 s)."""
        if self.as_json:
            self._json(_event_dict(event))
            return
        progress = event.index_progress
        if event.kind == "changes":
            names = ", ".join(Path(p).name for p in event.paths[:5])
            more = f" and {len(event.paths) - 5} more" if len(event.paths) > 5 else ""
            self.line(f"Picked up {len(event.paths)} change(s): {names}{more}")
        elif event.kind == "progress" and progress is not None:
            if progress.problem is not None:
                self.line(f"skipped {progress.problem.path}: {progress.problem.reason}")
            elif progress.phase == "embed" and progress.total > 1 and time.monotonic() - self._last_progress >= 2.0:
                self._last_progress = time.monotonic()
                eta = f", ETA {progress.eta_s:.0f} s" if progress.eta_s is not None else ""
                self.line(f"Indexing {progress.done}/{progress.total} ({progress.photos_per_s:.1f} photos/s{eta}) {progress.path or ''}")
        elif event.kind == "job-finished" and progress is not None and progress.summary is not None:
            text = _watch_summary(event.job, progress.summary)
            if text:
                self.line(text + (f" ({event.message})" if event.message else ""))
        elif event.kind == "job-failed":
            self.line(f"{event.job} failed: {'internal error: ' if event.internal else ''}{event.message}")
        elif event.kind == "warning":
            self.line(f"warning: {event.message}")
        elif event.kind == "state" and event.state == "paused":
            self.line("Paused" + (f": {event.message}" if event.message else "") + ".")


def _watch_summary(job: str | None, s: IndexSummary) -> str:
    if job == "scan":
        parts = [f"{n} {label}" for n, label in (
            (s.new, "new"), (s.changed, "changed"), (s.moved, "moved"), (s.deleted, "deleted"),
            (s.offline, "offline"), (s.back_online, "back online"), (len(s.failed), "unreadable"),
        ) if n]
        lines = [f"Scanned: {', '.join(parts)}."] if parts else []
        lines += [f"Folder missing (its photos are offline until it returns): {f}" for f in s.missing_folders]
        return "\n".join(lines)
    if s.embedded or s.failed:
        rate = f" ({s.photos_per_second:.1f} photos/s)" if s.embedded else ""
        failed = f", {len(s.failed)} unreadable" if s.failed else ""
        return f"Indexed {s.embedded} photo(s) with {s.model} in {s.seconds:.1f} s{rate}{failed}."
    return ""


def _event_dict(event: ServiceEvent) -> dict[str, object]:
    data: dict[str, object] = {"event": event.kind}
    fields: tuple[tuple[str, object], ...] = (("job", event.job), ("job_id", event.job_id), ("state", event.state), ("message", event.message))
    data.update((key, value) for key, value in fields if value is not None)
    if event.internal:
        data["internal"] = True
    if event.paths:
        data["paths"] = list(event.paths)
    progress = event.index_progress
    if progress is not None:
        data.update(phase=progress.phase, done=progress.done, total=progress.total, path=progress.path)
        data.update(photos_per_s=round(progress.photos_per_s, 2), eta_s=progress.eta_s)
        if progress.problem is not None:
            data["problem"] = {"path": progress.problem.path, "reason": progress.problem.reason}
        if progress.summary is not None:
            data["summary"] = summary_dict(progress.summary)
    return data


WATCH = Command("watch", "keep the library up to date: watch the folders and index changes as they happen", _watch_arguments, run_watch)
