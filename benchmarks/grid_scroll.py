"""The photo grid at library scale: time until a 40,000-photo window is shown, and per-frame times while scrolling it.

Run from the repository root (headless by default)::

    python benchmarks/grid_scroll.py [--photos 40000] [--thumbs 300] [--json FILE]

It builds a scratch library whose catalog holds ``--photos`` synthetic photo
rows (through ``Catalog.add_new_photos``, dates spread over five years so the
timeline has some sixty month headers) and gives every row a real thumbnail
file in the library's thumbnail cache: ``--thumbs`` thumbnails are made from
the real photos in ``../shared/data`` (Pillow-generated ones without them) and
hard-linked (or copied) under each row's cache name, so the grid's loader reads
and decodes real JPEGs as it would in use.

Then it opens the real ``MainWindow`` offscreen and measures:

1. **shown**: from creating the window to the grid holding every photo and
   its first paint done.
2. **scroll**: from top to bottom in steps of a third of the viewport (a quick
   flick of the wheel), each step one frame: moving the scroll bar and the
   events that follow (*frame*: Qt moves the pixels already drawn and paints
   the uncovered strip and the cells whose thumbnails arrived), and a repaint
   of the whole viewport there (*full repaint*, what a jump or a resize costs).
   Median, p95 and max for each, in ms.
3. The same scroll in "whole photo" mode and without date headers, for comparison.

Nothing here is imported by the app itself.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
FIVE_YEARS_S = 5 * 365 * 86400
FRAME_BUDGET_MS = 16


def _log(message: str) -> None:
    print(f"[grid {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _source_photos(data: Path, count: int) -> list[Path]:
    """Up to ``count`` real photos from the shared data (empty when it is absent)."""
    found: list[Path] = []
    for sub in ("coco-mini", "flickr8k-1k"):
        folder = data / sub
        if folder.is_dir():
            found += sorted(p for p in folder.rglob("*.jpg"))
    return found[:count]


def make_thumbnails(data: Path, count: int, folder: Path) -> list[Path]:
    """``count`` thumbnail JPEGs (256 px long side, as the app's cache makes them), from real photos where there are some.

    Args:
        data: The shared data folder.
        count: How many distinct thumbnails.
        folder: Where to write them.

    Returns:
        Their paths.
    """
    import numpy as np
    from PIL import Image

    from photoclip.core.imaging import load_image

    folder.mkdir(parents=True, exist_ok=True)
    sources = _source_photos(data, count)
    if not sources:
        _log(f"{data} has no photos: using Pillow-generated ones")
    out: list[Path] = []
    rng = np.random.default_rng(0)
    for i in range(count):
        if i < len(sources):
            image = load_image(sources[i], max_side=256)
        else:
            w, h = (256, 192) if i % 3 else (192, 256)
            image = Image.fromarray(rng.integers(0, 255, (h, w, 3), dtype=np.uint8))
        path = folder / f"thumb_{i:04d}.jpg"
        image.save(path, format="JPEG", quality=85)
        out.append(path)
    return out


def build_library(home: Path, photos: int, thumbs: list[Path]) -> Any:
    """A library with ``photos`` synthetic rows, each with a thumbnail file in the cache.

    Returns:
        The open ``Library``.
    """
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths

    lib = Library(LibraryPaths.at(home))
    folder = home / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    catalog = lib.catalog
    folder_id = catalog.add_folder(str(folder))
    now = time.time()
    files = [
        (f"{folder}/{i // 1000:04d}/photo_{i:07d}.jpg", 1000 + i, now - FIVE_YEARS_S * i / photos, f"{i:032x}")
        for i in range(photos)
    ]
    for start in range(0, photos, 20_000):
        catalog.add_new_photos(folder_id, files[start : start + 20_000])
    store = lib.thumbnails
    linked = True
    for i, record in enumerate(lib.browse()):
        target = store.path_for(record)
        target.parent.mkdir(parents=True, exist_ok=True)
        source = thumbs[i % len(thumbs)]
        if linked:
            try:
                os.link(source, target)
                continue
            except OSError:
                linked = False  # another file system, or no hard links: copy instead
        shutil.copyfile(source, target)
    return lib


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))],
        "max": ordered[-1],
        "frames": len(ordered),
    }


def scroll(app: Any, window: Any) -> dict[str, Any]:
    """Scroll the grid from top to bottom, a third of a viewport per frame; frame and repaint times in ms.

    *frame*: moving the scroll bar and handling the events that follow (Qt
    scrolls the pixels already drawn and paints only the uncovered strip, plus
    the cells whose thumbnails arrived). *repaint*: painting the whole
    viewport at that position (what a jump or a resize costs). Between frames
    the loop idles to 16 ms so that the loader threads can deliver.
    """
    from PySide6.QtCore import QEventLoop

    grid = window.grid
    bar = grid.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    step = max(1, grid.viewport().height() // 3)
    frames: list[float] = []
    repaints: list[float] = []
    value = 0
    while True:
        start = time.perf_counter()
        bar.setValue(value)
        app.processEvents()
        scrolled = time.perf_counter()
        grid.viewport().repaint()
        painted = time.perf_counter()
        frames.append((scrolled - start) * 1000)
        repaints.append((painted - scrolled) * 1000)
        left = max(0, FRAME_BUDGET_MS - int((time.perf_counter() - start) * 1000))
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, left)
        if value >= bar.maximum():
            break
        value = min(bar.maximum(), value + step)
    return {"frame_ms": _stats(frames), "repaint_ms": _stats(repaints), "scrolled_px": bar.maximum(), "step_px": step}


def run(photos: int, thumbs: int, data: Path) -> dict[str, Any]:
    """Build the library, open the window, measure; returns the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from photoclip.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="photoclip-grid-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        made = make_thumbnails(data, thumbs, root / "thumbs")
        lib = build_library(root / "home", photos, made)
        _log(f"library of {photos:,} photos with thumbnails in {time.perf_counter() - started:.1f} s")

        state = QSettings(str(root / "gui.ini"), QSettings.Format.IniFormat)
        start = time.perf_counter()
        window = MainWindow(lib, state)
        window.resize(1582, 900)
        window.show()
        while window.model.rowCount() < photos and time.perf_counter() - start < 120:
            app.processEvents()
        window.grid.viewport().repaint()
        shown_s = time.perf_counter() - start
        layout = window.grid.grid_layout()
        _log(f"shown after {shown_s:.2f} s: {layout.columns} columns of {layout.cell} px, {len(window.model.sections())} month headers")

        result: dict[str, Any] = {
            "photos": photos,
            "thumbnails": thumbs,
            "shown_s": shown_s,
            "columns": layout.columns,
            "cell_px": layout.cell,
            "headers": len(window.model.sections()),
            "content_px": layout.height,
        }
        result["square_by_month"] = scroll(app, window)
        window.grid_controls.set_mode("whole")
        result["whole_by_month"] = scroll(app, window)
        window.grid_controls.set_mode("square")
        window.grid_controls.set_grouping("none")
        result["square_flat"] = scroll(app, window)
        select_start = time.perf_counter()
        window.grid.selectAll()
        window.grid.viewport().repaint()
        result["select_all_ms"] = (time.perf_counter() - select_start) * 1000
        window.close()
        lib.close()
    return result


def report(result: dict[str, Any]) -> str:
    """The figures as a short table."""
    lines = [
        f"photoclip grid: {result['photos']:,} photos ({result['thumbnails']} distinct thumbnails), offscreen, "
        f"{result['columns']} columns of {result['cell_px']} px, {result['headers']} month headers",
        f"shown after {result['shown_s']:.2f} s (window created -> every photo in the grid, first paint done)",
        "scroll top to bottom, a third of the viewport per frame        frame ms (median / p95 / max)   full repaint ms (median / p95 / max)",
    ]
    for key, name in (("square_by_month", "square, by month"), ("whole_by_month", "whole photo, by month"), ("square_flat", "square, no headers")):
        s = result[key]
        f, p = s["frame_ms"], s["repaint_ms"]
        lines.append(
            f"  {name:<22} {f['frames']:>5} frames               {f['median']:6.2f} / {f['p95']:6.2f} / {f['max']:6.2f}"
            f"         {p['median']:6.2f} / {p['p95']:6.2f} / {p['max']:6.2f}"
        )
    lines.append(f"select all ({result['photos']:,}) and repaint: {result['select_all_ms']:.1f} ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=40_000)
    parser.add_argument("--thumbs", type=int, default=300, help="distinct thumbnail files, reused across the photos")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    result = run(args.photos, args.thumbs, args.data)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
