"""The ``photoclip`` command line: argparse over the core's Library.

This module and ``gui/app.py`` are the only places that print, exit, or turn a
:class:`PhotoclipError` into an exit code. Every command takes ``--home DIR``
(or ``$PHOTOCLIP_HOME``) and ``--json``.

Exit codes: 0 success (bad photo files are reported, not failures), 1 a
problem the message explains, 2 bad usage, 130 interrupted (the library stays
consistent and the next ``index`` continues).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import queue
import signal
import sys
import threading
import time
from collections.abc import Sequence
from datetime import datetime
from datetime import time as dtime
from pathlib import Path
from types import ModuleType
from typing import Any

from photoclip import __version__
from photoclip.errors import ModelUnavailableError, PhotoclipError
from photoclip.paths import LibraryPaths


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--home", metavar="DIR", default=default, help="library folder (default: $PHOTOCLIP_HOME or the per-user data folder)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False, help="machine-readable output")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-k", type=int, default=20, help="how many results (default 20)")
    parser.add_argument("--min-score", type=float, default=None, help="drop results below this cosine similarity")
    parser.add_argument("--folder", default=None, help="only photos below this folder")
    parser.add_argument("--from", dest="date_from", default=None, metavar="DATE", help="taken on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", default=None, metavar="DATE", help="taken on or before DATE (YYYY-MM-DD)")
    parser.add_argument("--album", default=None, metavar="TAG", help="only photos in this album (a tag: LABEL or SET|LABEL)")


def _model_options(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that run the image model (saved settings apply when left out)."""
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default=None, help="where the model runs (default: auto)")
    parser.add_argument("--batch-size", type=int, default=None, help="images per forward pass")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads for the model (fewer keeps a laptop responsive)")
    parser.add_argument(
        "--precision", choices=("auto", "fp32", "bf16"), default=None,
        help="model arithmetic (default auto: bf16 on CPUs with native bf16, checked against fp32 at load; else fp32)",
    )


_MODEL_OPTION_NAMES = ("device", "batch_size", "threads", "precision")


def _model_overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {name: getattr(args, name) for name in _MODEL_OPTION_NAMES}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and shell completion)."""
    parser = argparse.ArgumentParser(prog="photoclip", description="Offline photo search that understands what is in a picture.")
    parser.add_argument("--version", action="version", version=f"photoclip {__version__}")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        return p

    folders = command("folders", "manage the library folders")
    fsub = folders.add_subparsers(dest="folders_command", metavar="ACTION", required=True)
    for name, text in (("add", "add folders to the library"), ("remove", "remove folders (their photos leave search)")):
        p = fsub.add_parser(name, help=text)
        _common(p, suppress=True)
        p.add_argument("paths", nargs="+", metavar="DIR")
    p = fsub.add_parser("list", help="list the library folders")
    _common(p, suppress=True)

    p = command("index", "scan the folders and embed new or changed photos")
    _model_options(p)
    p.add_argument("--no-draft", action="store_true", help="decode JPEGs at full size (slower; see README)")

    p = command("search", "find photos that match a description")
    p.add_argument("query", help='what to look for, e.g. "a dog running on the beach"')
    _filters(p)

    p = command("similar", "find photos similar to a photo")
    p.add_argument("photo", help="a photo file (in the library or not)")
    _filters(p)

    p = command("gui", "open the desktop app (the default with no command)")
    p.add_argument("--report-startup", action="store_true", help="print the time to the first paint")
    p.add_argument("--quit-after-show", action="store_true", help="quit once the window has painted")

    p = command("watch", "keep the library up to date: watch the folders and index changes as they happen")
    _model_options(p)
    p.add_argument("--settle", type=float, default=None, metavar="SECONDS", help="wait until a file has not changed for this long before reading it (default 2)")
    p.add_argument("--rescan-minutes", type=float, default=None, metavar="MIN", help="full rescan as a fallback every MIN minutes; 0: never (default 15)")
    p.add_argument("--pause-on-battery", action="store_true", default=None, help="pause indexing while on battery")

    p = command("status", "photos, folders, model and index health")
    p.add_argument("--errors", action="store_true", help="list the files that could not be read")

    models = command("models", "list, download, import and choose models")
    msub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    p = msub.add_parser("list", help="the models photoclip can use")
    _common(p, suppress=True)
    p = msub.add_parser("download", help="download a model's weights into the Hugging Face cache")
    _common(p, suppress=True)
    p.add_argument("name")
    p = msub.add_parser("export", help="write a model to one file, to set it up on a machine without network")
    _common(p, suppress=True)
    p.add_argument("name")
    p.add_argument("file")
    p = msub.add_parser("import", help="import a model file from `models export`, or a plain weights file with --arch")
    _common(p, suppress=True)
    p.add_argument("file")
    p.add_argument("--arch", default=None, help="open_clip architecture of a plain weights file, e.g. ViT-B-32")
    p.add_argument("--name", default=None, help="the name to use it by (default: the archive's, or ARCH-local)")
    p = msub.add_parser("use", help="choose the model of this library (photos are embedded again)")
    _common(p, suppress=True)
    p.add_argument("name")

    _tags_parser(command("tags", "tag sets that file photos into albums automatically"))
    _captions_parser(command("captions", "your own descriptions of photos (what personalisation learns from)"))
    _personalize_parser(command("personalize", "teach the model your words: train its projection heads on your captions"))

    p = command("demo", "a library of generated photos and a small model that knows them: try photoclip with no download")
    p.add_argument("--folder", default=None, metavar="DIR", help="where to write the photos (default: photos/ in the demo library)")
    p.add_argument("--count", type=int, default=300, help="how many photos (default 300)")
    p.add_argument("--no-gui", action="store_true", help="only build the library, do not open the app")

    # Not command(): bench works in temporary homes, and its --json takes a file.
    p = sub.add_parser("bench", help="measure speed and scale (see README, Performance)", description="measure speed and scale (see README, Performance)")
    p.add_argument("--quick", action="store_true", help="smaller sizes, under 3 minutes on a 2-core laptop")
    p.add_argument("--json", dest="json_file", metavar="FILE", default=None, help="also write the results as one JSON object to FILE")
    p.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default="cpu", help="where the model runs (default: cpu)")
    p.add_argument("--model", choices=("ViT-B-32", "test-tiny"), default=None, help="architecture (random weights; default ViT-B-32)")
    p.add_argument("--data", metavar="DIR", default=None, help="real photos to upscale (default: ../shared/data beside the project)")
    p.add_argument("--preset", choices=("full", "quick", "smoke"), default=None, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None or args.command == "gui":
        from photoclip.gui.app import run

        return run(
            args.home,
            report_startup=getattr(args, "report_startup", False),
            quit_after_show=getattr(args, "quit_after_show", False),
        )
    try:
        return _dispatch(args)
    except PhotoclipError as exc:
        print(f"photoclip: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(exc.hint, file=sys.stderr)
        if isinstance(exc, ModelUnavailableError) and exc.model:
            print(_offline_setup(exc.model), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted. Everything stored so far is kept; run the command again to continue.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _open_library(args: argparse.Namespace, *, read_only_ok: bool = False, **overrides: Any) -> Any:
    """Open the library for writing (taking its write lock).

    With ``read_only_ok`` (commands that only read), a library another process
    is writing to (a running `photoclip watch`) is opened read-only instead,
    with a note on stderr.
    """
    # Imported here so `photoclip --help` stays instant.
    from photoclip.core.library import Library
    from photoclip.errors import LibraryLockedError
    from photoclip.settings import Settings

    paths = LibraryPaths.at(args.home)
    settings = Settings.load(paths.settings_file)
    changes = {k: v for k, v in overrides.items() if v is not None}
    if changes:
        settings = dataclasses.replace(settings, **changes)
    try:
        return Library(paths, settings, download_progress=_model_bar())
    except LibraryLockedError as exc:
        if not read_only_ok:
            raise
        print(f"photoclip: note: {exc.message} Reading it without changing anything.", file=sys.stderr)
        return Library(paths, settings, read_only=True, download_progress=_model_bar())


def _dispatch(args: argparse.Namespace) -> int:
    handler = {
        "folders": _cmd_folders,
        "index": _cmd_index,
        "search": _cmd_search,
        "similar": _cmd_similar,
        "status": _cmd_status,
        "watch": _cmd_watch,
        "models": _cmd_models,
        "bench": _cmd_bench,
        "tags": _cmd_tags,
        "captions": _cmd_captions,
        "personalize": _cmd_personalize,
        "demo": _cmd_demo,
    }[args.command]
    return handler(args)


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    elif text:
        print(text)


# ------------------------------------------------------------------- folders
def _cmd_folders(args: argparse.Namespace) -> int:
    with _open_library(args, read_only_ok=args.folders_command == "list") as lib:
        action = args.folders_command
        if action == "add":
            added = [lib.add_folder(p) for p in args.paths]
            _emit(args, {"added": added}, "\n".join(f"Added {p}" for p in added) + "\nRun `photoclip index` to index them.")
        elif action == "remove":
            removed = {str(p): lib.remove_folder(p) for p in args.paths}
            _emit(args, {"removed": removed}, "\n".join(f"Removed {p} ({n} photos left search)" for p, n in removed.items()))
        else:
            folders = lib.folders()
            _emit(
                args,
                [{"path": f.path, "photos": f.photo_count} for f in folders],
                "\n".join(f"{f.photo_count:>8}  {f.path}" for f in folders) or "No folders yet. Add one with `photoclip folders add DIR`.",
            )
    return 0


# --------------------------------------------------------------------- index
def _cmd_index(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    overrides: dict[str, Any] = _model_overrides(args)
    if args.no_draft:
        overrides["draft_decode"] = False
    cancel = threading.Event()
    quiet = bool(args.json)
    with _open_library(args, **overrides) as lib:
        if not lib.folders():
            raise PhotoclipError("The library has no folders.", hint="Add one with `photoclip folders add DIR`.")
        bar: Any = None
        summary = None
        events = lib.index(cancel)
        try:
            for event in events:
                if event.phase == "scan" and not quiet:
                    if bar is None:
                        bar = tqdm(desc="Scanning", unit=" files", file=sys.stderr, leave=False)
                    bar.update(event.done - bar.n)
                elif event.phase == "load-model":
                    if bar is not None:
                        bar.close()
                    bar = None
                    if not quiet:
                        print(f"Loading model {lib.chosen_model().name} for {event.total} photos...", file=sys.stderr)
                elif event.phase == "embed":
                    if bar is None and not quiet:
                        bar = tqdm(total=event.total, desc="Indexing", unit=" photos", file=sys.stderr, smoothing=0.1)
                    if bar is not None:
                        bar.update(event.done - bar.n)  # update() throttles redraws; n= would not
                    if event.problem and not quiet:
                        tqdm.write(f"skipped {event.problem.path}: {event.problem.reason}", file=sys.stderr)
                elif event.phase == "done":
                    summary = event.summary
        except KeyboardInterrupt:
            cancel.set()
            raise
        finally:
            events.close()  # runs the pipeline's cleanup: stops decoders, saves the index
            if bar is not None:
                bar.close()
        assert summary is not None
        data = _summary_dict(summary)
        _emit(args, data, _summary_text(summary))
    return 0


# ---------------------------------------------------------------------- demo
def _cmd_demo(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from photoclip.core.world.demo import DEMO_MODEL, demo_tagset_files, write_demo_photos
    from photoclip.paths import default_home

    if args.count < 1:
        raise PhotoclipError("--count must be at least 1.")
    if args.home is None:
        # Never the user's own library: the demo has its own, beside it.
        home = default_home()
        args.home = str(home.with_name(home.name + "-demo"))
    folder = Path(args.folder).expanduser() if args.folder else Path(args.home) / "photos"
    with tqdm(total=args.count, desc="Drawing photos", unit=" photos", file=sys.stderr, disable=bool(args.json)) as bar:
        write_demo_photos(folder, args.count, progress=lambda done, _total: bar.update(done - bar.n))
    with _open_library(args) as lib:
        lib.use_model(DEMO_MODEL)
        lib.add_folder(folder)
    for name in _MODEL_OPTION_NAMES:
        setattr(args, name, None)
    args.no_draft = False
    code = _cmd_index(args)
    if code == 0:
        with _open_library(args) as lib:
            names = [lib.tags.import_file(path).name for path in demo_tagset_files()]
            _run_tag_job(args, lib.tags.apply(names))
    if code or args.no_gui:
        if not args.json:
            print(f"The demo library is in {args.home}. Open it with: photoclip gui --home {args.home}", file=sys.stderr)
        return code
    from photoclip.gui.app import run

    return run(args.home)


def _summary_dict(summary: Any) -> dict[str, Any]:
    data = dataclasses.asdict(summary)
    data["failed"] = [{"path": p.path, "reason": p.reason} for p in summary.failed]
    data["non_images"] = list(summary.non_images)
    data["photos_per_second"] = round(summary.photos_per_second, 2)
    return data


def _summary_text(s: Any) -> str:
    lines = [
        f"Indexed {s.embedded} photos with {s.model} in {s.seconds:.1f} s"
        + (f" ({s.photos_per_second:.1f} photos/s)" if s.embedded else "")
        + ".",
        f"Files seen: {s.files_seen}. New {s.new}, changed {s.changed}, moved {s.moved}, deleted {s.deleted}, unchanged {s.unchanged}.",
    ]
    if s.non_images:
        shown = ", ".join(Path(p).name for p in s.non_images[:5])
        more = f" and {len(s.non_images) - 5} more" if len(s.non_images) > 5 else ""
        lines.append(f"Skipped {len(s.non_images)} file(s) that are not images: {shown}{more}.")
    if s.failed:
        lines.append(f"Could not read {len(s.failed)} file(s):")
        lines += [f"  {p.path}: {p.reason}" for p in s.failed[:20]]
        if len(s.failed) > 20:
            lines.append(f"  ... and {len(s.failed) - 20} more (see `photoclip status --errors`).")
    for folder in s.missing_folders:
        lines.append(f"Folder not found, skipped (its photos are offline, kept for when it returns): {folder}")
    if s.back_online:
        lines.append(f"{s.back_online} photo(s) are back from folders that were offline.")
    if s.cancelled or s.remaining:
        lines.append(f"{s.remaining} photo(s) still to index; run `photoclip index` again to continue.")
    return "\n".join(lines)


# -------------------------------------------------------------------- search
def _parse_date(text: str | None, end_of_day: bool) -> float | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise PhotoclipError(f"{text!r} is not a date.", hint="Use YYYY-MM-DD, e.g. --from 2019-06-01.") from None
    if end_of_day and len(text) <= 10:
        value = datetime.combine(value.date(), dtime.max)
    return value.timestamp()


def _search_filters(args: argparse.Namespace) -> Any:
    from photoclip.core.search import SearchFilters

    folder = str(Path(args.folder).expanduser().resolve()) if args.folder else None
    if args.k <= 0:
        raise PhotoclipError("-k must be a positive number.")
    return SearchFilters(
        folder=folder,
        date_from=_parse_date(args.date_from, False),
        date_to=_parse_date(args.date_to, True),
        min_score=args.min_score,
    )


def _print_hits(args: argparse.Namespace, hits: list[Any]) -> None:
    data = [{"path": h.path, "score": round(h.score, 6), "photo_id": h.photo_id} for h in hits]
    text = "\n".join(f"{h.score:.4f}  {h.path}" for h in hits) or "No matching photos."
    _emit(args, data, text)


def _cmd_search(args: argparse.Namespace) -> int:
    filters = _search_filters(args)
    with _open_library(args, read_only_ok=True) as lib:
        filters = _album_filter(lib, args, filters)
        _print_hits(args, lib.search(args.query, args.k, filters))
    return 0


def _cmd_similar(args: argparse.Namespace) -> int:
    filters = _search_filters(args)
    with _open_library(args, read_only_ok=True) as lib:
        filters = _album_filter(lib, args, filters)
        _print_hits(args, lib.similar(args.photo, args.k, filters))
    return 0


# -------------------------------------------------------------------- status
def _cmd_status(args: argparse.Namespace) -> int:
    with _open_library(args, read_only_ok=True) as lib:
        st = lib.status()
        if args.errors:
            errors = lib.errors()
            _emit(args, [{"path": p, "reason": r} for p, r in errors], "\n".join(f"{p}: {r}" for p, r in errors) or "No unreadable files.")
            return 0
        data = dataclasses.asdict(st)
        lines = [
            f"Library:  {st.home}",
            f"Photos:   {st.photos} searchable, {st.pending} waiting to be indexed, {st.errors} unreadable"
            + (f", {st.offline} offline (folder missing)" if st.offline else ""),
            f"Model:    {st.chosen_model}" + (f" (searches use {st.serving_model} until indexing finishes)" if st.serving_model != st.chosen_model else ""),
            f"Index:    {st.index.state}, {st.index.vectors_in_file} vectors"
            + {"ok": "", "stale": " (catches up on next use)", "missing": " (rebuilt from the catalog on next use)"}[st.index.state],
            "Folders:" if st.folders else "Folders:  none (add one with `photoclip folders add DIR`)",
        ]
        lines += [f"  {f.photo_count:>8}  {f.path}" + ("  (offline)" if f.offline_since is not None else "") for f in st.folders]
        _emit(args, data, "\n".join(lines))
    return 0


# --------------------------------------------------------------------- watch
def _cmd_watch(args: argparse.Namespace) -> int:
    from photoclip.core.indexing.service import IndexService

    overrides: dict[str, Any] = {
        **_model_overrides(args),
        "settle_seconds": args.settle,
        "rescan_minutes": args.rescan_minutes,
        "pause_on_battery": args.pause_on_battery,
    }
    stop = threading.Event()
    previous: dict[int, Any] = {}

    def on_signal(signum: int, _frame: Any) -> None:
        stop.set()
        for sig, handler in previous.items():  # a second Ctrl-C stops at once
            signal.signal(sig, handler)

    with _open_library(args, **overrides) as lib:
        if not lib.folders():
            raise PhotoclipError("The library has no folders.", hint="Add one with `photoclip folders add DIR`.")
        events: queue.Queue[Any] = queue.Queue()
        service = IndexService(lib)
        service.subscribe(events.put)
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, on_signal)
        log = _WatchLog(args.json)
        try:
            log.line(
                f"Watching {len(lib.folders())} folder(s) of {lib.paths.home} with {lib.chosen_model().name} "
                f"(settle {service.settle_seconds:g} s, full rescan "
                + (f"every {service.rescan_seconds / 60:g} min" if service.rescan_seconds > 0 else "off")
                + "). Press Ctrl-C to stop."
            )
            service.start()
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


class _WatchLog:
    """Prints the service's events for `photoclip watch`: short lines on stderr, or JSON lines on stdout."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self._last_progress = 0.0

    def line(self, text: str) -> None:
        if self.as_json:
            self._json({"event": "log", "message": text})
        else:
            print(f"{time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)

    def _json(self, data: dict[str, Any]) -> None:
        print(json.dumps(data, ensure_ascii=False), flush=True)

    def show(self, event: Any) -> None:
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


def _watch_summary(job: str | None, s: Any) -> str:
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


def _event_dict(event: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"event": event.kind}
    for key in ("job", "job_id", "state", "message"):
        if getattr(event, key) is not None:
            data[key] = getattr(event, key)
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
            data["summary"] = _summary_dict(progress.summary)
    return data


# -------------------------------------------------------------------- models
def _cmd_models(args: argparse.Namespace) -> int:
    with _open_library(args, read_only_ok=args.models_command == "list") as lib:
        action = args.models_command
        if action == "list":
            chosen = lib.chosen_model().name
            default = lib.registry.default().name
            rows = []
            for spec in lib.models():
                rows.append(
                    {
                        "name": spec.name,
                        "arch": spec.arch,
                        "pretrained": spec.pretrained,
                        "embed_dim": spec.embed_dim,
                        "image_size": spec.image_size,
                        "languages": list(spec.languages),
                        "download_mb": spec.download_mb,
                        "downloaded": lib.registry.is_ready_offline(spec),
                        "path": str(path) if (path := lib.registry.weights_path(spec)) is not None else None,
                        "default": spec.name == default,
                        "in_use": spec.name == chosen,
                        "for_tests": spec.for_tests,
                        "description": spec.description,
                    }
                )
            text = "\n".join(
                f"{'*' if r['in_use'] else ' '} {r['name']:<24} {r['arch']:<28} {r['download_mb']:>7.0f} MB  "
                f"{'cached ' if r['downloaded'] else '       '}{'[default] ' if r['default'] else ''}"
                f"{'[tests only: meaningless results] ' if r['for_tests'] else ''}{', '.join(r['languages'])}"
                f"\n{'':<26}weights: {r['path'] or _not_here(r)}"
                for r in rows
            )
            _emit(args, rows, text + "\n(* = in use)")
        elif action == "download":
            path = lib.download_model(args.name, progress=_model_bar(quiet=bool(args.json)))
            _emit(args, {"name": args.name, "path": str(path)}, f"{args.name} is ready: {path}")
        elif action == "export":
            path = lib.export_model(args.name, args.file, progress=_model_bar(quiet=bool(args.json)))
            _emit(
                args, {"name": args.name, "path": str(path)},
                f"Wrote {args.name} to {path}. On the offline machine run: photoclip models import {path.name}",
            )
        elif action == "import":
            spec = lib.import_model(args.file, args.arch, args.name, progress=_model_bar(quiet=bool(args.json)))
            _emit(args, {"name": spec.name, "arch": spec.arch}, f"Imported {spec.name} ({spec.arch}). Use it with `photoclip models use {spec.name}`.")
        else:
            spec = lib.use_model(args.name)
            _emit(
                args,
                {"model": spec.name},
                f"This library now uses {spec.name}. Run `photoclip index` to embed the photos with it; "
                "searches use the previous model until that finishes.",
            )
    return 0


# --------------------------------------------------------------------- bench
def _benchmarks(module: str, checkout: Path | None = None) -> ModuleType:
    """Import a module of the checkout's ``benchmarks/`` folder, which the wheel does not ship.

    Args:
        module: ``bench`` or ``personalize_bench``.
        checkout: The source tree (default: the folder above this package).

    Returns:
        The imported module.

    Raises:
        PhotoclipError: photoclip runs from an installed wheel, without the benchmarks.
    """
    import importlib

    root = checkout or Path(__file__).resolve().parent.parent
    if not (root / "benchmarks" / f"{module}.py").is_file():
        raise PhotoclipError(
            "The benchmarks are not installed: they live in the benchmarks/ folder of a photoclip source checkout.",
            hint="Clone the repository, `pip install -e .` in it, and run the command there.",
        )
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(f"benchmarks.{module}")


def _cmd_bench(args: argparse.Namespace) -> int:
    bench = _benchmarks("bench")
    format_table, public, run_bench = bench.format_table, bench.public, bench.run_bench

    preset = args.preset or ("quick" if args.quick else "full")
    data = Path(args.data).expanduser() if args.data else None
    result = run_bench(preset, device=args.device, model=args.model, data_dir=data)
    print(format_table(result))
    if args.json_file:
        Path(args.json_file).write_text(json.dumps(public(result), indent=2) + "\n", encoding="utf-8")
    return 0


# ---------------------------------------------------------------------- tags
def _tags_parser(tags: argparse.ArgumentParser) -> None:
    """The ``tags`` sub-commands (tag sets and their albums, ``core/tagsets/``)."""
    tsub = tags.add_subparsers(dest="tags_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = tsub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        return p

    action("list", "the tag sets of the library with their albums, and the built-in sets")
    p = action("import", "add or replace a tag set from a .toml or .json file (or a built-in one), then apply it")
    p.add_argument("file", nargs="?", help="the tag set file")
    p.add_argument("--builtin", metavar="NAME", help="a built-in set instead of a file (see `tags list`)")
    p.add_argument("--no-apply", action="store_true", help="store it without labelling the photos yet")
    p = action("export", "write a tag set to a .toml or .json file")
    p.add_argument("set", metavar="SET")
    p.add_argument("file")
    p = action("apply", "label the whole library with the tag sets (default: all)")
    p.add_argument("sets", nargs="*", metavar="SET")
    p = action("remove", "delete a tag set with its albums and manual labels")
    p.add_argument("set", metavar="SET")
    p = action("show", "the photos of an album")
    p.add_argument("tag", metavar="TAG", help="LABEL or SET|LABEL")
    p.add_argument("--rejected", action="store_true", help="also list photos rejected by hand")
    p = action("photo", "the tags of one photo")
    p.add_argument("photo", help="a library photo (path or id)")
    for name, text in (
        ("confirm", "confirm that photos belong in an album (no later run removes them)"),
        ("reject", "say that photos do not belong in an album (no later run adds them)"),
        ("clear", "forget confirmations and rejections: label the photos automatically again"),
    ):
        p = action(name, text)
        p.add_argument("tag", metavar="TAG", help="LABEL or SET|LABEL")
        p.add_argument("photos", nargs="+", metavar="PHOTO", help="library photos (paths or ids)")
        p.add_argument("--no-apply", action="store_true", help="do not re-label the library when the threshold moves")
    p = action("export-xmp", "write the labels to XMP sidecars (photo.jpg.xmp) for digiKam, darktable and Lightroom")
    p.add_argument("sets", nargs="*", metavar="SET", help="only these sets (default: all)")
    p = action("export-csv", "write the labels to a CSV file (path,tagset,tag,score,source)")
    p.add_argument("file")
    p.add_argument("--set", dest="sets", action="append", metavar="SET", help="only this set (repeatable)")
    p = action("eval", "precision and recall per tag against labelled photos (COCO categories)")
    p.add_argument("--coco", required=True, metavar="DIR", help="a folder with labels.csv (file,categories) and the photos")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--set", metavar="SET", help="a tag set of the library (default: the built-in COCO set)")
    which.add_argument("--file", metavar="FILE", help="a tag set file")


def _album_filter(lib: Any, args: argparse.Namespace, filters: Any) -> Any:
    if not getattr(args, "album", None):
        return filters
    return dataclasses.replace(filters, album=lib.tags.resolve(args.album).tag_id)


_TAGS_READ_ONLY = {"list", "export", "show", "photo", "export-xmp", "export-csv", "eval"}


def _cmd_tags(args: argparse.Namespace) -> int:
    action = args.tags_command
    with _open_library(args, read_only_ok=action in _TAGS_READ_ONLY) as lib:
        tags = lib.tags
        if action == "list":
            _tags_list(args, lib)
        elif action == "import":
            if bool(args.file) == bool(args.builtin):
                raise PhotoclipError("Give a tag set file or --builtin NAME (one of them).", hint="See `photoclip tags list` for the built-in sets.")
            info = tags.add_builtin(args.builtin, replace=True) if args.builtin else tags.import_file(args.file)
            summary = None if args.no_apply else _run_tag_job(args, tags.apply([info.name]))
            data = {"set": dataclasses.asdict(info), "applied": _tag_summary_dict(summary)}
            text = f"Stored tag set {info.name} ({info.mode}, {info.tag_count} tags)."
            text += f"\n{_tag_summary_text(summary)}" if summary else "\nRun `photoclip tags apply` to label the photos."
            _emit(args, data, text)
        elif action == "export":
            path = tags.export_file(args.set, args.file)
            _emit(args, {"set": args.set, "file": str(path)}, f"Wrote {path}")
        elif action == "apply":
            summary = _run_tag_job(args, tags.apply(args.sets or None))
            _emit(args, _tag_summary_dict(summary), _tag_summary_text(summary))
        elif action == "remove":
            name = tags.get(args.set).name
            tags.remove(name)
            _emit(args, {"removed": name}, f"Removed tag set {name}.")
        elif action == "show":
            album = tags.resolve(args.tag)
            photos = tags.album_photos(album.tag_id, include_rejected=args.rejected)
            data = {"album": dataclasses.asdict(album) | {"ref": album.ref}, "photos": [
                {"photo_id": p.photo_id, "path": p.path, "score": p.score, "source": p.source, "assigned": p.assigned} for p in photos
            ]}
            lines = [f"{album.ref}: {album.count} photos (threshold {album.threshold:.4f})"]
            lines += [
                f"{'' if p.score is None else f'{p.score:.4f}':>8}  {_source_text(p.source, p.assigned):<9}  {p.path}" for p in photos
            ]
            _emit(args, data, "\n".join(lines))
        elif action == "photo":
            photo_tags = tags.photo_tags(tags.photo_id(args.photo))
            _emit(
                args,
                [dataclasses.asdict(t) for t in photo_tags],
                "\n".join(f"{t.tagset}|{t.label}  {_source_text(t.source, t.assigned)}" + ("" if t.score is None else f"  {t.score:.4f}") for t in photo_tags)
                or "No tags.",
            )
        elif action in ("confirm", "reject", "clear"):
            ids = [tags.photo_id(p) for p in args.photos]
            change = getattr(tags, action)(args.tag, ids)
            summary = None
            if change.needs_apply and not args.no_apply:
                summary = _run_tag_job(args, tags.apply([change.tagset]))
            verb = {"confirm": "Confirmed", "reject": "Rejected", "clear": "Cleared manual labels of"}[action]
            text = f"{verb} {change.photos} photo(s) for {change.tagset}|{change.label}."
            if change.needs_apply:
                text += f"\nThreshold moved from {change.threshold_before:.4f} to {change.threshold_after:.4f}."
                text += f"\n{_tag_summary_text(summary)}" if summary else " Run `photoclip tags apply` to re-label the library."
            data = dataclasses.asdict(change) | {"needs_apply": change.needs_apply, "applied": _tag_summary_dict(summary)}
            _emit(args, data, text)
        elif action == "export-xmp":
            _tags_export_xmp(args, tags)
        elif action == "export-csv":
            count = tags.export_csv(args.file, args.sets)
            _emit(args, {"file": args.file, "rows": count}, f"Wrote {count} labels to {args.file}")
        else:
            _tags_eval(args, lib)
    return 0


def _source_text(source: str, assigned: bool) -> str:
    if source == "manual":
        return "confirmed" if assigned else "rejected"
    return "auto"


def _tags_list(args: argparse.Namespace, lib: Any) -> None:
    infos = lib.tags.sets()
    albums = lib.tags.albums()
    added = {i.name.casefold() for i in infos}
    builtins = [
        {"key": key, "name": ts.name, "mode": ts.mode, "tags": len(ts.tags), "added": ts.name.casefold() in added}
        for key, ts in lib.tags.builtins().items()
    ]
    sets = []
    lines = []
    for info in infos:
        own = [a for a in albums if a.tagset == info.name]
        sets.append(dataclasses.asdict(info) | {"albums": [dataclasses.asdict(a) | {"ref": a.ref} for a in own]})
        state = "" if info.up_to_date else "  (not applied to the current model yet: `photoclip tags apply`)"
        lines.append(f"{info.name} [{info.mode}, {info.tag_count} tags]{state}")
        for a in own:
            manual = f"  (+{a.confirmed} confirmed, {a.rejected} rejected)" if a.confirmed or a.rejected else ""
            lines.append(f"  {a.count:>7}  {a.label}{manual}")
    if not infos:
        lines.append("No tag sets yet.")
    lines.append("Built-in sets (add one with `photoclip tags import --builtin NAME`):")
    lines += [f"  {b['key']:<10} {b['name']} [{b['mode']}, {b['tags']} tags]{'  (added)' if b['added'] else ''}" for b in builtins]
    _emit(args, {"sets": sets, "builtins": builtins}, "\n".join(lines))


def _run_tag_job(args: argparse.Namespace, events: Any) -> Any:
    """Drive a labelling job with a progress bar on stderr (none with --json)."""
    from tqdm import tqdm

    bar: Any = None
    summary = None
    try:
        for event in events:
            if event.phase == "prompts" and not args.json:
                print(f"Encoding the prompts of {event.tagset}...", file=sys.stderr)
            elif event.phase == "label" and not args.json and event.total:
                if bar is None or bar.desc != event.tagset:
                    if bar is not None:
                        bar.close()
                    bar = tqdm(total=event.total, desc=event.tagset, unit=" photos", file=sys.stderr, leave=False)
                bar.update(event.done - bar.n)
            elif event.summary is not None:
                summary = event.summary
    finally:
        events.close()
        if bar is not None:
            bar.close()
    return summary


def _tag_summary_dict(summary: Any) -> dict[str, Any] | None:
    if summary is None:
        return None
    return dataclasses.asdict(summary) | {"seconds": round(summary.seconds, 3)}


def _tag_summary_text(summary: Any) -> str:
    if not summary.tagsets:
        return "No tag sets to apply."
    return (
        f"Labelled with {', '.join(summary.tagsets)} ({summary.model}): {summary.assigned} labels on "
        f"{summary.photos} photo(s) in {summary.seconds:.1f} s."
    )


def _tags_export_xmp(args: argparse.Namespace, tags: Any) -> None:
    summary = None
    events = tags.export_xmp(args.sets or None)
    for event in events:
        if event.summary is not None:
            summary = event.summary
    assert summary is not None
    lines = [f"XMP sidecars: {summary.written} written, {summary.unchanged} already up to date, {len(summary.failed)} failed."]
    lines += [f"  {path}: {reason}" for path, reason in summary.failed[:20]]
    data = {"written": summary.written, "unchanged": summary.unchanged, "failed": [{"path": p, "reason": r} for p, r in summary.failed]}
    _emit(args, data, "\n".join(lines))


def _tags_eval(args: argparse.Namespace, lib: Any) -> None:
    from photoclip.core.tagsets.files import load_tagset_file

    folder = Path(args.coco).expanduser()
    labels = folder / "labels.csv"
    if not labels.is_file():
        raise PhotoclipError(f"{labels} is missing.", hint="--coco takes a folder with labels.csv (file,categories) beside the photos.")
    tagset = load_tagset_file(args.file) if args.file else args.set
    report = lib.tags.evaluate(labels, folder, tagset)

    def pct(value: float | None) -> str:
        return "    -" if value is None else f"{100 * value:5.1f}"

    lines = [f"{report.tagset} on {report.photos} photos with {report.model}" + (f" ({len(report.missing)} unreadable)" if report.missing else "")]
    lines.append(f"{'tag':<16} {'truth':>5} {'given':>5} {'P%':>5} {'R%':>5} {'AP%':>5}")
    for t in sorted(report.tags, key=lambda t: (-t.support, t.label)):
        if t.support or t.predicted:
            lines.append(f"{t.label:<16} {t.support:>5} {t.predicted:>5} {pct(t.precision)} {pct(t.recall)} {pct(t.average_precision)}")
    lines.append(
        f"micro P {pct(report.micro_precision)}  R {pct(report.micro_recall)}   "
        f"macro P {pct(report.macro_precision)}  R {pct(report.macro_recall)}   mAP {pct(report.mean_average_precision)}"
    )
    _emit(args, dataclasses.asdict(report), "\n".join(lines))


# ------------------------------------------------------ captions, personalize
def _captions_parser(captions: argparse.ArgumentParser) -> None:
    csub = captions.add_subparsers(dest="captions_command", metavar="ACTION", required=True)
    p = csub.add_parser("import", help="add captions from a CSV file of path,caption rows")
    _common(p, suppress=True)
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--base", metavar="DIR", default=None, help="folder that relative paths are relative to (default: the CSV file's folder)")
    p = csub.add_parser("show", help="a photo's captions")
    _common(p, suppress=True)
    p.add_argument("photo", help="a library photo (path or id)")
    p = csub.add_parser("set", help="replace a photo's captions (none: remove them)")
    _common(p, suppress=True)
    p.add_argument("photo", help="a library photo (path or id)")
    p.add_argument("texts", nargs="*", metavar="CAPTION")


def _cmd_captions(args: argparse.Namespace) -> int:
    with _open_library(args, read_only_ok=args.captions_command == "show") as lib:
        if args.captions_command == "import":
            report = lib.import_captions(args.file, args.base)
            data = dataclasses.asdict(report)
            lines = [f"Added {report.added} caption(s) for {report.photos} photo(s)"
                     + (f"; {report.duplicates} were already there" if report.duplicates else "") + "."]
            if report.skipped:
                lines.append(f"Skipped {len(report.skipped)} row(s):")
                lines += [f"  line {p.line}: {p.reason}" for p in report.skipped]
            _emit(args, data, "\n".join(lines))
        elif args.captions_command == "show":
            texts = lib.captions(args.photo)
            _emit(args, texts, "\n".join(texts) or "No captions.")
        else:
            texts = lib.set_captions(args.photo, args.texts)
            _emit(args, texts, f"{len(texts)} caption(s) stored.")
    return 0


def _personalize_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("--epochs", type=int, default=None, help="the most passes over the captions (default 30; stops early)")
    p.add_argument("--dry-run", action="store_true", help="train and show the figures, change nothing")
    psub = p.add_subparsers(dest="personalize_command", metavar="ACTION")
    q = psub.add_parser("revert", help="go back to the model's original heads (the original rankings)")
    _common(q, suppress=True)
    q = psub.add_parser("list", help="saved profiles, with their held-out figures")
    _common(q, suppress=True)
    q = psub.add_parser("use", help="switch to a saved profile")
    _common(q, suppress=True)
    q.add_argument("name", help="p1, p2, ...")
    q = psub.add_parser("bench", help="held-out recall before/after and re-projection cost on captioned photos (a scratch library)")
    _common(q, suppress=True)
    q.add_argument("data", nargs="?", default=None, metavar="DIR", help="images/ + captions.csv (default: ../shared/data/flickr8k-1k)")
    q.add_argument("--model", default="test-tiny", help="model name (default test-tiny)")
    q.add_argument("--random", metavar="ARCH", default=None, help="seeded random weights of an open_clip architecture instead, e.g. ViT-B-32")
    q.add_argument("--epochs", type=int, default=None, help="the most epochs (default 30)")
    q.add_argument("--photos", type=int, default=None, help="only the first N photos")
    q.add_argument("--synthetic", type=int, default=100_000, help="stored photos to re-project for the timing (default 100000; 0 skips)")


def _training_config(args: argparse.Namespace) -> Any:
    from photoclip.core.personalize.records import TrainingConfig

    if args.epochs is not None and args.epochs < 0:
        raise PhotoclipError("--epochs must be 0 or more.")
    return TrainingConfig() if args.epochs is None else TrainingConfig(epochs=args.epochs)


def _cmd_personalize(args: argparse.Namespace) -> int:
    action = args.personalize_command
    if action == "bench":
        return _cmd_personalize_bench(args)
    with _open_library(args, read_only_ok=action == "list") as lib:
        if action == "revert":
            old = lib.revert_personalization()
            _emit(args, {"reverted": old, "model": lib.serving_identity()},
                  f"Searches use {lib.serving_identity()} again (the original heads)." if old else "Already using the original heads.")
        elif action == "list":
            profiles = lib.profiles()
            lines = [f"{'*' if p.active else ' '} {p.name:<5} {datetime.fromtimestamp(p.created):%Y-%m-%d %H:%M}  "
                     f"{p.captions} captions  held-out before {p.before}  after {p.after}" for p in profiles]
            _emit(args, [p.as_dict() for p in profiles], "\n".join(lines) + "\n(* = in use)" if lines else "No profiles yet. Train one with `photoclip personalize`.")
        elif action == "use":
            bar = _reprojection_bar(args)
            try:
                info = lib.use_profile(args.name, bar)
            finally:
                bar.close()
            _emit(args, info.as_dict() if info else None, f"Searches now use {lib.serving_identity()}.")
        else:
            return _train_profile(args, lib)
    return 0


def _train_profile(args: argparse.Namespace, lib: Any) -> int:
    from tqdm import tqdm

    from photoclip.core.personalize.records import PersonalizationRefused

    quiet = bool(args.json)
    cancel = threading.Event()
    bar: Any = None
    result = None
    events = lib.personalize(_training_config(args), cancel)
    try:
        for event in events:
            if event.phase == "text-features" and not quiet and event.total:
                if bar is None:
                    bar = tqdm(total=event.total, desc="Encoding captions", unit=" captions", file=sys.stderr, leave=False)
                bar.update(event.done - bar.n)
            elif event.phase == "train" and not quiet:
                if bar is not None:
                    bar.close()
                    bar = None
                loss = f"loss {event.loss:.4f}  " if event.loss is not None else ""
                print(f"epoch {event.epoch:>3}/{event.epochs}  {loss}held-out {event.recall}  (best epoch {event.best_epoch})", file=sys.stderr)
            result = event.result or result
    except KeyboardInterrupt:
        cancel.set()
        raise
    finally:
        events.close()
        if bar is not None:
            bar.close()
    assert result is not None
    data = result.as_dict()
    text = (f"Trained on {result.train_photos} photos ({result.train_captions} captions), "
            f"held out {result.heldout_photos} ({result.heldout_captions} captions), {result.seconds:.1f} s.\n"
            f"Held-out recall before: {result.before}\nHeld-out recall after:  {result.after}")
    if args.dry_run:
        _emit(args, {**data, "applied": False, "dry_run": True}, text + "\nDry run: nothing applied.")
        return 0
    try:
        bar = _reprojection_bar(args)
        try:
            info = lib.apply_personalization(result, bar)
        finally:
            bar.close()
    except PersonalizationRefused as exc:
        _emit(args, {**data, "applied": False, "refused": True}, text)
        print(f"photoclip: {exc.message}", file=sys.stderr)
        return 1
    _emit(args, {**data, "applied": True, "profile": info.as_dict()},
          text + f"\nApplied as {info.name}: searches now use {info.identity}. `photoclip personalize revert` goes back.")
    return 0


def _cmd_personalize_bench(args: argparse.Namespace) -> int:
    personalize_bench = _benchmarks("personalize_bench")
    report = personalize_bench.run(
        Path(args.data) if args.data else personalize_bench.DEFAULT_DATA,
        home=args.home,
        model=args.model,
        random_arch=args.random,
        config=_training_config(args),
        photos=args.photos,
        synthetic=args.synthetic,
        log=(lambda _m: None) if args.json else personalize_bench.log_to_stderr,
    )
    _emit(args, report, personalize_bench.format_report(report))
    return 0


class _ProgressBar:
    """A tqdm bar on stderr for a ``progress(done, total)`` callback, created on the first call (never when ``quiet``).

    :meth:`model` follows a model's work (a :class:`ModelProgress`): each phase and
    file (download, verify, ...) gets its own bar.
    """

    def __init__(self, desc: str, unit: str, *, quiet: bool = False, **tqdm_options: Any) -> None:
        self._options = {"desc": desc, "unit": unit, **tqdm_options}
        self._quiet = quiet
        self._bar: Any = None

    def __call__(self, done: int, total: int | None) -> None:
        if self._quiet:
            return
        from tqdm import tqdm

        if self._bar is None:
            self._bar = tqdm(total=total, file=sys.stderr, **self._options)
        self._bar.total = total
        self._bar.n = done
        self._bar.refresh()
        if total is not None and done >= total:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def model(self, progress: Any) -> None:
        """The ``ModelProgressCallback`` form: a new bar whenever the phase or the file changes."""
        desc = f"{_MODEL_PHASES[progress.phase]} {progress.filename}"
        if desc != self._options["desc"]:
            self.close()
            self._options["desc"] = desc
        self(progress.done, progress.total)


_MODEL_PHASES = {"download": "Downloading", "verify": "Verifying", "import": "Importing", "export": "Exporting"}


def _model_bar(quiet: bool = False) -> Any:
    """The progress callback for a model's download, verification, import or export."""
    return _ProgressBar("", "B", quiet=quiet, unit_scale=True, unit_divisor=1024).model


def _not_here(row: dict[str, Any]) -> str:
    if row["for_tests"] and not row["download_mb"]:
        return "generated on first use"
    return "not on this machine (photoclip models download NAME)"


def _offline_setup(model: str) -> str:
    """The CLI's ways forward for a model that is not on this machine and cannot be downloaded."""
    return (
        f"On a machine with internet access: photoclip models export {model} {model}.zip\n"
        f"Then here: photoclip models import {model}.zip\n"
        "For an offline smoke run (meaningless results): photoclip models use test-tiny"
    )


def _reprojection_bar(args: argparse.Namespace) -> _ProgressBar:
    """Switching profiles re-projects every photo and builds the index: seconds at 100k."""
    return _ProgressBar("Re-projecting photos and building the index", " steps", quiet=bool(args.json), leave=False)
