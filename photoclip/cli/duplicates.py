"""``photoclip duplicates``: exact and near copies among the photos, set aside (with an undo), never deleted."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from photoclip.cli.common import Command, add_action, close_job, emit, open_library
from photoclip.cli.progress import ProgressBar

if TYPE_CHECKING:
    from photoclip.core.duplicates import DuplicateGroup, DuplicateSummary, FileProblem
    from photoclip.core.library import Library

_PHASES = {"hash": "Comparing file contents", "compare": "Comparing photos"}


def _find_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """``--threshold`` and ``--exact-only``, on the command and on ``trash`` (an action's own stay out unless given)."""
    from photoclip.core.duplicates.finding import DEFAULT_THRESHOLD

    parser.add_argument(
        "--threshold", type=float, metavar="X", default=argparse.SUPPRESS if suppress else DEFAULT_THRESHOLD,
        help=f"cosine at or above which two photos are near copies, up to 1 (default {DEFAULT_THRESHOLD}; lower finds looser matches)",
    )
    parser.add_argument(
        "--exact-only", action="store_true", default=argparse.SUPPRESS if suppress else False,
        help="only files with the very same bytes (no model needed)",
    )


def _duplicates_arguments(parser: argparse.ArgumentParser) -> None:
    _find_options(parser, suppress=False)
    actions = parser.add_subparsers(dest="duplicates_command", metavar="[ACTION]")  # none: list the groups
    p = add_action(actions, "trash", "move every copy but the one to keep into the library's holding folder (undo puts them back)")
    _find_options(p, suppress=True)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_action(actions, "undo", "put back the photos the last `duplicates trash` moved")
    p = add_action(actions, "empty", "send the held photos to the system trash (restore them from there afterwards)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"  # unreachable: the loop returns at GB


def _find(lib: Library, args: argparse.Namespace) -> DuplicateSummary:
    bar = ProgressBar("", " photos", quiet=True)
    phase = ""
    events = lib.duplicates.find(args.threshold, exact_only=args.exact_only)
    try:
        for event in events:
            if event.summary is not None:
                bar.close()
                return event.summary
            if event.phase != phase:  # a bar per phase
                bar.close()
                phase = event.phase
                bar = ProgressBar(_PHASES.get(phase, phase), " photos", quiet=bool(args.json), leave=False)
            bar(event.done, event.total)
    finally:
        bar.close()
        close_job(events)
    raise AssertionError("find() always ends with a summary")  # pragma: no cover


def _group_json(group: DuplicateGroup) -> dict[str, object]:
    return {
        "kind": group.kind,
        "similarity": group.similarity,
        "keep": group.keep.path,
        "reclaimable": group.reclaimable,
        "photos": [
            {"photo_id": p.photo_id, "path": p.path, "size": p.size, "width": p.width, "height": p.height, "date": p.date, "keep": p is group.keep}
            for p in group.photos
        ],
    }


def _group_text(number: int, group: DuplicateGroup) -> str:
    how = "same bytes" if group.kind == "exact" else f"similar, cosine >= {group.similarity:.3f}"
    lines = [f"Group {number} ({how}, {len(group.photos)} photos, {_size(group.reclaimable)} to free):"]
    for photo in group.photos:
        pixels = f"{photo.width}x{photo.height}" if photo.width and photo.height else "?x?"
        day = time.strftime("%Y-%m-%d", time.localtime(photo.date))
        lines.append(f"  {'keep' if photo is group.keep else '    '}  {pixels:>11}  {_size(photo.size):>9}  {day}  {photo.path}")
    return "\n".join(lines)


def _problems_text(problems: tuple[FileProblem, ...] | list[FileProblem], what: str) -> str:
    if not problems:
        return ""
    return f"\n{len(problems)} file(s) {what}:\n" + "\n".join(f"  {p.path}: {p.reason}" for p in problems)


def _summary_text(summary: DuplicateSummary, pending: int) -> str:
    how = "exact copies only" if summary.threshold is None else f"near copies at cosine >= {summary.threshold:g}"
    lines = [_group_text(i, g) for i, g in enumerate(summary.groups, 1)]
    if summary.groups:
        lines.append(
            f"\n{len(summary.groups)} group(s) among {summary.photos} photos ({how}): "
            f"{summary.duplicates} photo(s) could go, {_size(summary.reclaimable)}."
        )
    else:
        lines.append(f"No duplicates among {summary.photos} photos ({how}).")
    if pending and summary.threshold is not None:
        lines.append(f"{pending} photo(s) are not embedded yet and were only compared by content: run `photoclip index`.")
    if summary.cancelled:
        lines.append("Stopped before the end: these are the groups found so far.")
    return "\n".join(lines) + _problems_text(summary.problems, "could not be compared")


def _summary_json(summary: DuplicateSummary) -> dict[str, object]:
    return {
        "threshold": summary.threshold,
        "photos": summary.photos,
        "groups": [_group_json(g) for g in summary.groups],
        "duplicates": summary.duplicates,
        "reclaimable": summary.reclaimable,
        "problems": [{"path": p.path, "reason": p.reason} for p in summary.problems],
    }


def _confirm(args: argparse.Namespace, question: str) -> bool:
    """Ask on the terminal unless ``--yes``; no answer (no terminal) is no."""
    if args.yes:
        return True
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        return input().strip().lower() in ("y", "yes")
    except EOFError:
        print("", file=sys.stderr)
        return False


def run_duplicates(args: argparse.Namespace) -> int:
    """``photoclip duplicates [trash|undo|empty]``."""
    action = args.duplicates_command
    with open_library(args, read_only_ok=action is None) as lib:
        if action is None:
            summary = _find(lib, args)
            emit(args, _summary_json(summary), _summary_text(summary, lib.pending(lib.serving_model())))
        elif action == "trash":
            summary = _find(lib, args)
            if not summary.groups:
                emit(args, {**_summary_json(summary), "moved": []}, _summary_text(summary, 0))
                return 0
            if not args.json:
                print(_summary_text(summary, 0))
            question = f"Move {summary.duplicates} photo(s) ({_size(summary.reclaimable)}) to {lib.paths.trash_dir}?"
            if not _confirm(args, question):
                emit(args, {**_summary_json(summary), "moved": []}, "Nothing was moved.")
                return 1
            result = lib.duplicates.trash(summary.groups)
            text = (
                f"Moved {len(result.moved)} photo(s) ({_size(result.bytes)}) to {lib.paths.trash_dir}."
                + (" Put them back with `photoclip duplicates undo`; send them to the system trash with `photoclip duplicates empty`." if result.moved else "")
                + _problems_text(result.problems, "were not moved")
            )
            moved = [{"photo_id": f.photo_id, "path": f.original, "held": f.held, "size": f.size} for f in result.moved]
            not_moved = [{"path": p.path, "reason": p.reason} for p in result.problems]
            emit(args, {**_summary_json(summary), "batch": result.batch, "moved": moved, "move_problems": not_moved}, text)
        elif action == "undo":
            undone = lib.duplicates.undo()
            if undone.batch is None:
                text = "Nothing to undo: the holding folder is empty."
            else:
                text = f"Put back {len(undone.restored)} photo(s)." + _problems_text(undone.problems, "need attention")
            restored = [{"photo_id": f.photo_id, "path": f.original} for f in undone.restored]
            emit(args, {"batch": undone.batch, "restored": restored, "problems": [{"path": p.path, "reason": p.reason} for p in undone.problems]}, text)
        else:
            held = lib.duplicates.held()
            if not held:
                emit(args, {"sent": [], "problems": []}, "The holding folder is empty.")
                return 0
            size = sum(f.size for f in held)
            if not _confirm(args, f"Send {len(held)} photo(s) ({_size(size)}) to the system trash? `duplicates undo` cannot put them back afterwards."):
                emit(args, {"sent": [], "problems": []}, "Nothing was sent.")
                return 1
            sent, problems = lib.duplicates.empty()
            text = f"Sent {len(sent)} photo(s) to the system trash." + _problems_text(problems, "were not sent")
            emit(args, {"sent": [f.original for f in sent], "problems": [{"path": p.path, "reason": p.reason} for p in problems]}, text)
    return 0


DUPLICATES = Command("duplicates", "exact and near copies of photos; set the extras aside (undoable), never deleted", _duplicates_arguments, run_duplicates)
