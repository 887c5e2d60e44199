"""The GUI's one worker: progress, result, errors and cancellation come back as signals, in order."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest

pytest.importorskip("pytestqt")

from photoclip.errors import PhotoclipError
from photoclip.gui.workers import Report, Worker

TIMEOUT = 10_000


@dataclass(frozen=True)
class Step:
    phase: str
    done: int


def run(qtbot, worker: Worker) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
    """Start the worker and wait for it; every signal it sent, in the order received."""
    got: list[tuple[str, object]] = []
    s = worker.signals
    s.started.connect(lambda: got.append(("started", None)))
    s.progressed.connect(lambda e: got.append(("progressed", e)))
    s.returned.connect(lambda v: got.append(("returned", v)))
    s.errored.connect(lambda e: got.append(("errored", e)))
    s.aborted.connect(lambda: got.append(("aborted", None)))
    with qtbot.waitSignal(s.finished, timeout=TIMEOUT):
        worker.start()
    return got


def test_the_result_arrives_after_the_progress_and_a_new_phase_is_never_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(report: Report) -> str:
        for i in range(1000):  # far faster than the throttle: most are dropped
            report(Step("download", i))
        report(Step("verify", 0))  # a new phase always gets through
        return "path"

    got = run(qtbot, Worker(work))
    kinds = [k for k, _ in got]
    assert kinds[0] == "started" and kinds[-1] == "returned"
    steps = [v for k, v in got if k == "progressed"]
    assert steps[0] == Step("download", 0) and steps[-1] == Step("verify", 0)
    assert len(steps) < 100
    assert got[-1] == ("returned", "path")


def test_cancel_raises_from_the_report_and_ends_as_aborted(qtbot) -> None:  # type: ignore[no-untyped-def]
    reached = threading.Event()
    stopped_at: list[int] = []

    def work(report: Report) -> None:
        for i in range(10_000):
            if i == 5:
                reached.set()
                worker.cancel()  # what the Cancel button does (from the GUI thread)
            try:
                report(Step("download", i))
            except BaseException:
                stopped_at.append(i)
                raise

    worker = Worker(work)
    got = run(qtbot, worker)
    assert stopped_at == [5]
    assert [k for k, _ in got][-1] == "aborted"
    assert "returned" not in [k for k, _ in got]


def test_a_cancel_wrapped_by_the_library_that_caught_it_still_ends_as_aborted(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(report: Report) -> None:
        worker.cancel()
        try:
            report(Step("download", 0))
        except Exception as exc:
            raise PhotoclipError("the transfer broke off") from exc

    worker = Worker(work)
    assert [k for k, _ in run(qtbot, worker)][-1] == "aborted"


def test_errors_come_back_as_the_exception_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(_report: Report) -> None:
        raise PhotoclipError("No space left", hint="Free some.")

    got = run(qtbot, Worker(work))
    kind, error = got[-1]
    assert kind == "errored" and isinstance(error, PhotoclipError) and str(error) == "No space left\nFree some."
