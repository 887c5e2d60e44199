"""The library's own commands: ``folders``, ``index``, ``status``, ``demo`` and ``gui``."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip.cli.common import (
    MODEL_OPTION_NAMES,
    Command,
    add_common_options,
    add_model_options,
    close_job,
    emit,
    model_overrides,
    open_library,
)
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:
    from tqdm import tqdm

    from photoclip.core.indexing.records import IndexSummary


# ------------------------------------------------------------------- folders
def _folders_arguments(folders: argparse.ArgumentParser) -> None:
    fsub = folders.add_subparsers(dest="folders_command", metavar="ACTION", required=True)
    for name, text in (("add", "add folders to the library"), ("remove", "remove folders (their photos leave search)")):
        p = fsub.add_parser(name, help=text)
        add_common_options(p, suppress=True)
        p.add_argument("paths", nargs="+", metavar="DIR")
    p = fsub.add_parser("list", help="list the library folders")
    add_common_options(p, suppress=True)


def run_folders(args: argparse.Namespace) -> int:
    """``photoclip folders add|remove|list``."""
    with open_library(args, read_only_ok=args.folders_command == "list") as lib:
        action = args.folders_command
        if action == "add":
            added = [lib.add_folder(p) for p in args.paths]
            emit(args, {"added": added}, "\n".join(f"Added {p}" for p in added) + "\nRun `photoclip index` to index them.")
        elif action == "remove":
            removed = {str(p): lib.remove_folder(p) for p in args.paths}
            emit(args, {"removed": removed}, "\n".join(f"Removed {p} ({n} photos left search)" for p, n in removed.items()))
        else:
            folders = lib.folders()
            emit(
                args,
                [{"path": f.path, "photos": f.photo_count} for f in folders],
                "\n".join(f"{f.photo_count:>8}  {f.path}" for f in folders) or "No folders yet. Add one with `photoclip folders add DIR`.",
            )
    return 0


# --------------------------------------------------------------------- index
def _index_arguments(p: argparse.ArgumentParser) -> None:
    add_model_options(p)
    p.add_argument("--no-draft", action="store_true", help="decode JPEGs at full size (slower; see README)")


def run_index(args: argparse.Namespace) -> int:
    """``photoclip index``: scan the folders and embed, with progress bars on stderr (none with ``--json``)."""
    from tqdm import tqdm

    overrides = model_overrides(args)
    if args.no_draft:
        overrides["draft_decode"] = False
    cancel = threading.Event()
    quiet = bool(args.json)
    with open_library(args, overrides=overrides) as lib:
        if not lib.folders():
            raise PhotoclipError("The library has no folders.", hint="Add one with `photoclip folders add DIR`.")
        bar: tqdm | None = None
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
            close_job(events)  # runs the pipeline's cleanup: stops decoders, saves the index
            if bar is not None:
                bar.close()
        assert summary is not None
        data = summary_dict(summary)
        emit(args, data, _summary_text(summary))
    return 0


def summary_dict(summary: IndexSummary) -> dict[str, object]:
    """An indexing run's summary as JSON-ready data (also what ``watch --json`` reports)."""
    data = dataclasses.asdict(summary)
    data["failed"] = [{"path": p.path, "reason": p.reason} for p in summary.failed]
    data["non_images"] = list(summary.non_images)
    data["photos_per_second"] = round(summary.photos_per_second, 2)
    return data


def _summary_text(s: IndexSummary) -> str:
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


# -------------------------------------------------------------------- status
def _status_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--errors", action="store_true", help="list the files that could not be read")


def run_status(args: argparse.Namespace) -> int:
    """``photoclip status``: photos, folders, model and index health (or, with ``--errors``, the unreadable files)."""
    with open_library(args, read_only_ok=True) as lib:
        st = lib.status()
        if args.errors:
            errors = lib.errors()
            emit(args, [{"path": p, "reason": r} for p, r in errors], "\n".join(f"{p}: {r}" for p, r in errors) or "No unreadable files.")
            return 0
        data = dataclasses.asdict(st)
        # Searchable: what the serving model has embedded (during a model switch the old model still answers).
        served = st.embedded if st.serving_model == st.chosen_model else st.embeddings_by_model.get(st.serving_model, 0)
        searchable = min(st.photos, served)
        data["searchable"] = searchable
        lines = [
            f"Library:  {st.home}",
            f"Photos:   {searchable} searchable, {st.photos - searchable} waiting to be indexed, {st.errors} unreadable"
            + (f", {st.offline} offline (folder missing)" if st.offline else ""),
            f"Model:    {st.chosen_model}" + (f" (searches use {st.serving_model} until indexing finishes)" if st.serving_model != st.chosen_model else ""),
            f"Index:    {st.index.state}, {st.index.vectors_in_file} vectors"
            + {"ok": "", "stale": " (catches up on next use)", "missing": " (rebuilt from the catalog on next use)"}[st.index.state],
            "Folders:" if st.folders else "Folders:  none (add one with `photoclip folders add DIR`)",
        ]
        lines += [f"  {f.photo_count:>8}  {f.path}" + ("  (offline)" if f.offline_since is not None else "") for f in st.folders]
        emit(args, data, "\n".join(lines))
    return 0


# ---------------------------------------------------------------- demo, gui
def _demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--folder", default=None, metavar="DIR", help="where to write the photos (default: photos/ in the demo library)")
    p.add_argument("--count", type=int, default=300, help="how many photos (default 300)")
    p.add_argument("--no-gui", action="store_true", help="only build the library, do not open the app")


def run_demo(args: argparse.Namespace) -> int:
    """``photoclip demo``: draw the demo photos into a library of their own, index and tag them, then open the app."""
    from tqdm import tqdm

    from photoclip.cli.tags import run_tag_job
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
    with open_library(args) as lib:
        lib.use_model(DEMO_MODEL)
        lib.add_folder(folder)
    for name in MODEL_OPTION_NAMES:
        setattr(args, name, None)
    args.no_draft = False
    code = run_index(args)
    if code == 0:
        with open_library(args) as lib:
            names = [lib.tags.import_file(path).name for path in demo_tagset_files()]
            run_tag_job(args, lib.tags.apply(names))
    if code or args.no_gui:
        if not args.json:
            print(f"The demo library is in {args.home}. Open it with: photoclip gui --home {args.home}", file=sys.stderr)
        return code
    from photoclip.gui.app import run

    return run(args.home)


def _gui_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--report-startup", action="store_true", help="print the time to the first paint")
    p.add_argument("--quit-after-show", action="store_true", help="quit once the window has painted")
    p.add_argument("--first-search", metavar="QUERY", default=None, help="type QUERY once the window has painted, print the time to its results, and quit")


def run_gui(args: argparse.Namespace) -> int:
    """``photoclip gui``, and ``photoclip`` with no command: open the desktop app until its window closes."""
    from photoclip.gui.app import run

    return run(
        args.home,
        # Absent with no command: only `gui` has these options.
        report_startup=getattr(args, "report_startup", False),
        quit_after_show=getattr(args, "quit_after_show", False),
        first_search=getattr(args, "first_search", None),
    )


FOLDERS = Command("folders", "manage the library folders", _folders_arguments, run_folders)
INDEX = Command("index", "scan the folders and embed new or changed photos", _index_arguments, run_index)
STATUS = Command("status", "photos, folders, model and index health", _status_arguments, run_status)
DEMO = Command("demo", "a library of generated photos and a small model that knows them: try photoclip with no download", _demo_arguments, run_demo)
GUI = Command("gui", "open the desktop app (the default with no command)", _gui_arguments, run_gui)
