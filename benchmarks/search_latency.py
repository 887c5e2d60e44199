"""Section 7 of ``photoclip bench``: how long a search takes to answer, as a user sees it.

Three figures, each a median over repeats, each from fresh processes on one
indexed library (small generated photos; the model is the bench's):

- **app first result** -- ``photoclip gui --first-search QUERY``, headless: the
  query is typed as soon as the window has painted, and the clock runs from
  process start to its results on screen. The model warms up in the
  background from the first paint, so this is start-up plus the model load.
- **warm CLI** -- ``photoclip search QUERY`` while the app runs: answered by
  the app over the library's local socket, without loading torch.
- **cold CLI** -- ``photoclip search QUERY`` with nothing running: the process
  imports torch and loads the model itself.

Every query is new to the library (a cached query embedding would need no
model and measure nothing). Run alone: ``python -m benchmarks.search_latency``.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
PHOTOS = 24
# Distinct queries, one per measured search.
TOPICS = ("a dog on a beach", "a red bicycle", "snow on mountains", "a birthday cake", "a city at night", "a cat asleep", "boats in a harbour", "a forest path")


def _queries() -> Iterator[str]:
    n = 0
    while True:
        for topic in TOPICS:
            n += 1
            yield f"{topic} {n}"


def _env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=path)


def _cli_search(home: Path, query: str) -> float:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "photoclip", "search", query, "-k", "10", "--home", str(home)],
        capture_output=True, text=True, timeout=600, env=_env(), check=False,
    )
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"photoclip search failed: {proc.stderr[-2000:]}")
    return seconds


def _app_first_result(home: Path, query: str) -> float | None:
    proc = subprocess.run(
        [sys.executable, "-m", "photoclip", "gui", "--home", str(home), "--first-search", query],
        capture_output=True, text=True, timeout=600, env=_env(), check=False,
    )
    m = re.search(r"first search result after ([0-9.]+) s", proc.stdout)
    return float(m.group(1)) if proc.returncode == 0 and m else None


def _write_photos(dest: Path, count: int) -> None:
    import numpy as np
    from PIL import Image

    dest.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    for i in range(count):
        pixels = rng.integers(0, 255, (240, 320, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(dest / f"photo_{i:03d}.jpg", quality=85)


def bench_search(home: Path, model: str, repeats: int = 3) -> dict[str, Any]:
    """Start to first result in the app, and warm and cold CLI searches, on a library at ``home``.

    Args:
        home: An empty library home (its ``models`` may link to a shared model cache).
        model: The model to index and search with (ready offline).
        repeats: Measurements of each figure.

    Returns:
        ``app_first_result_s``, ``cli_warm_s`` and ``cli_cold_s`` (medians, in
        seconds; the app figures are None where the desktop app cannot start),
        and ``_detail`` with every run.
    """
    from photoclip.core.library import Library
    from photoclip.core.query_socket import socket_path
    from photoclip.paths import LibraryPaths

    photos = home.parent / f"{home.name}-photos"
    _write_photos(photos, PHOTOS)
    with Library(LibraryPaths.at(home)) as lib:
        lib.use_model(model)
        lib.add_folder(photos)
        for _ in lib.index():
            pass
    queries = _queries()
    app_runs = [s for s in (_app_first_result(home, next(queries)) for _ in range(repeats)) if s is not None]

    warm_runs: list[float] = []
    app = subprocess.Popen(
        [sys.executable, "-m", "photoclip", "gui", "--home", str(home)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(),
    )
    try:
        deadline = time.monotonic() + 120
        while not socket_path(LibraryPaths.at(home).home).exists() and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)
        if socket_path(LibraryPaths.at(home).home).exists():
            _cli_search(home, next(queries))  # waits for the app's warm-up, if it is still under way
            warm_runs = [_cli_search(home, next(queries)) for _ in range(repeats)]
    finally:
        app.terminate()
        app.wait(60)
    cold_runs = [_cli_search(home, next(queries)) for _ in range(repeats)]

    def median(runs: list[float]) -> float | None:
        return round(statistics.median(runs), 3) if runs else None

    return {
        "app_first_result_s": median(app_runs),
        "cli_warm_s": median(warm_runs),
        "cli_cold_s": median(cold_runs),
        "_detail": {"photos": PHOTOS, "app_runs": app_runs, "warm_runs": warm_runs, "cold_runs": cold_runs},
    }


def format_line(result: dict[str, Any]) -> str:
    """The section's line in the bench report."""

    def fmt(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.2f} s"

    return (
        f"7. Search as a user sees it (medians of {len(result['_detail']['cold_runs'])}): app start to first result {fmt(result['app_first_result_s'])}; "
        f"photoclip search through the running app {fmt(result['cli_warm_s'])}, on its own (cold) {fmt(result['cli_cold_s'])}"
    )


if __name__ == "__main__":
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_latency")
    parser.add_argument("--model", choices=("ViT-B-32", "test-tiny"), default="ViT-B-32")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from benchmarks.bench import PRESETS, _Workspace, machine_description

    with tempfile.TemporaryDirectory(prefix="photoclip-bench-") as tmp:
        ws = _Workspace(Path(tmp), PRESETS["quick"].__class__(**{**PRESETS["quick"].__dict__, "model": args.model}))
        name = ws.prepare_model()
        result = bench_search(ws.new_home("search"), name, args.repeats)
    print(f"{machine_description()}, model {name}")
    print(format_line(result))
    print(result["_detail"])
