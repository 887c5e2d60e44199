"""``photoclip tags``: tag sets and their albums (``core/tagsets/``), and the labelling jobs other commands run too."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip.cli.common import Command, add_action, close_job, emit, open_library
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image
    from tqdm import tqdm

    from photoclip.core.library import Library
    from photoclip.core.storage.records import PhotoRecord
    from photoclip.core.tagsets.definition import TagSet
    from photoclip.core.tagsets.manager import TagManager
    from photoclip.core.tagsets.records import ManualChange, TagApplySummary, TagProgress


def _tags_arguments(tags: argparse.ArgumentParser) -> None:
    """The ``tags`` sub-commands (tag sets and their albums, ``core/tagsets/``)."""
    tsub = tags.add_subparsers(dest="tags_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return add_action(tsub, name, help_text)

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
    _preview_arguments(action("preview", "the similarity table: chosen photos scored against a tag set, stored or not (nothing is saved)"))


def _preview_arguments(p: argparse.ArgumentParser) -> None:
    """``tags preview``: which set, which photos, and how to show the table."""
    p.add_argument("set", nargs="?", metavar="SET", help="a tag set of the library, or a built-in one (see `tags list`)")
    p.add_argument("--file", metavar="FILE", help="a tag set file instead of SET")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--photos", nargs="+", metavar="PHOTO", help="these library photos (paths or ids)")
    which.add_argument("--folder", metavar="DIR", help="the photos below this folder")
    which.add_argument("--album", metavar="TAG", help="the photos of an album (LABEL or SET|LABEL)")
    p.add_argument("--sample", type=int, metavar="N", help="a random sample of N of those photos (default: 20 of the whole library when none are chosen)")
    p.add_argument("--seed", type=int, default=0, help="the sample's seed (default 0: the same sample every time)")
    p.add_argument("--similarities", action="store_true", help="show cosine similarities of an exclusive set, not its probabilities")
    p.add_argument("--png", metavar="FILE", help="also draw the table as a heat map into this PNG file")


_TAGS_READ_ONLY = {"list", "export", "show", "photo", "export-xmp", "export-csv", "eval", "preview"}


def run_tags(args: argparse.Namespace) -> int:
    """``photoclip tags ACTION``."""
    action = args.tags_command
    with open_library(args, read_only_ok=action in _TAGS_READ_ONLY) as lib:
        tags = lib.tags
        if action == "list":
            _tags_list(args, lib)
        elif action == "import":
            if bool(args.file) == bool(args.builtin):
                raise PhotoclipError("Give a tag set file or --builtin NAME (one of them).", hint="See `photoclip tags list` for the built-in sets.")
            info = tags.add_builtin(args.builtin, replace=True) if args.builtin else tags.import_file(args.file)
            summary = None if args.no_apply else run_tag_job(args, tags.apply([info.name]))
            stored = {"set": dataclasses.asdict(info), "applied": _tag_summary_dict(summary)}
            text = f"Stored tag set {info.name} ({info.mode}, {info.tag_count} tags)."
            text += f"\n{_tag_summary_text(summary)}" if summary else "\nRun `photoclip tags apply` to label the photos."
            emit(args, stored, text)
        elif action == "export":
            path = tags.export_file(args.set, args.file)
            emit(args, {"set": args.set, "file": str(path)}, f"Wrote {path}")
        elif action == "apply":
            summary = run_tag_job(args, tags.apply(args.sets or None))
            assert summary is not None  # the job ran to its end
            emit(args, _tag_summary_dict(summary), _tag_summary_text(summary))
        elif action == "remove":
            name = tags.get(args.set).name
            tags.remove(name)
            emit(args, {"removed": name}, f"Removed tag set {name}.")
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
            emit(args, data, "\n".join(lines))
        elif action == "photo":
            photo_tags = tags.photo_tags(tags.photo_id(args.photo))
            emit(
                args,
                [dataclasses.asdict(t) for t in photo_tags],
                "\n".join(f"{t.tagset}|{t.label}  {_source_text(t.source, t.assigned)}" + ("" if t.score is None else f"  {t.score:.4f}") for t in photo_tags)
                or "No tags.",
            )
        elif action in ("confirm", "reject", "clear"):
            ids = [tags.photo_id(p) for p in args.photos]
            change = _manual_labelling(tags)[action](args.tag, ids)
            summary = None
            if change.needs_apply and not args.no_apply:
                summary = run_tag_job(args, tags.apply([change.tagset]))
            verb = {"confirm": "Confirmed", "reject": "Rejected", "clear": "Cleared manual labels of"}[action]
            text = f"{verb} {change.photos} photo(s) for {change.tagset}|{change.label}."
            if change.needs_apply:
                text += f"\nThreshold moved from {change.threshold_before:.4f} to {change.threshold_after:.4f}."
                text += f"\n{_tag_summary_text(summary)}" if summary else " Run `photoclip tags apply` to re-label the library."
            data = dataclasses.asdict(change) | {"needs_apply": change.needs_apply, "applied": _tag_summary_dict(summary)}
            emit(args, data, text)
        elif action == "export-xmp":
            _tags_export_xmp(args, tags)
        elif action == "preview":
            _tags_preview(args, lib)
        elif action == "export-csv":
            count = tags.export_csv(args.file, args.sets)
            emit(args, {"file": args.file, "rows": count}, f"Wrote {count} labels to {args.file}")
        else:
            _tags_eval(args, lib)
    return 0


def _manual_labelling(tags: TagManager) -> dict[str, Callable[[str, Sequence[int]], ManualChange]]:
    """The manual-label actions, by their command word."""
    return {"confirm": tags.confirm, "reject": tags.reject, "clear": tags.clear}


def _source_text(source: str, assigned: bool) -> str:
    if source == "manual":
        return "confirmed" if assigned else "rejected"
    return "auto"


def _tags_list(args: argparse.Namespace, lib: Library) -> None:
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
    emit(args, {"sets": sets, "builtins": builtins}, "\n".join(lines))


def run_tag_job(args: argparse.Namespace, events: Iterator[TagProgress]) -> TagApplySummary | None:
    """Drive a labelling job with a progress bar on stderr (none with --json).

    Args:
        args: The parsed arguments (``--json``).
        events: The job (``TagManager.apply``), run here to its end.

    Returns:
        The job's summary, if it got that far.
    """
    from tqdm import tqdm

    bar: tqdm | None = None
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
        close_job(events)
        if bar is not None:
            bar.close()
    return summary


def _tag_summary_dict(summary: TagApplySummary | None) -> dict[str, object] | None:
    if summary is None:
        return None
    return dataclasses.asdict(summary) | {"seconds": round(summary.seconds, 3)}


def _tag_summary_text(summary: TagApplySummary) -> str:
    if not summary.tagsets:
        return "No tag sets to apply."
    return (
        f"Labelled with {', '.join(summary.tagsets)} ({summary.model}): {summary.assigned} labels on "
        f"{summary.photos} photo(s) in {summary.seconds:.1f} s."
    )


def _tags_export_xmp(args: argparse.Namespace, tags: TagManager) -> None:
    summary = None
    events = tags.export_xmp(args.sets or None)
    for event in events:
        if event.summary is not None:
            summary = event.summary
    assert summary is not None
    lines = [f"XMP sidecars: {summary.written} written, {summary.unchanged} already up to date, {len(summary.failed)} failed."]
    lines += [f"  {path}: {reason}" for path, reason in summary.failed[:20]]
    data = {"written": summary.written, "unchanged": summary.unchanged, "failed": [{"path": p, "reason": r} for p, r in summary.failed]}
    emit(args, data, "\n".join(lines))


def _tags_eval(args: argparse.Namespace, lib: Library) -> None:
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
    emit(args, dataclasses.asdict(report), "\n".join(lines))


def _preview_photos(args: argparse.Namespace, lib: Library) -> list[PhotoRecord]:
    """The photos ``tags preview`` scores: those named, below a folder or in an album, or a sample (see its options)."""
    from photoclip.core.search import SearchFilters
    from photoclip.core.tagsets.heatmap import sample_photos

    if args.photos:
        records = [lib.photo(lib.tags.photo_id(p)) for p in args.photos]
        chosen = [r for r in records if r is not None]
    elif args.folder:
        chosen = lib.browse(SearchFilters(folder=str(Path(args.folder).expanduser().resolve())))
    elif args.album:
        chosen = lib.browse(SearchFilters(album=lib.tags.resolve(args.album).tag_id))
    else:
        return sample_photos(lib.browse(), 20 if args.sample is None else args.sample, args.seed)
    return chosen if args.sample is None else sample_photos(chosen, args.sample, args.seed)


def _preview_tagset(args: argparse.Namespace, lib: Library) -> TagSet:
    """The set ``tags preview`` scores: a file, a stored set, or a built-in one."""
    from photoclip.core.tagsets.files import load_tagset_file

    if bool(args.file) == bool(args.set):
        raise PhotoclipError("Give a tag set (SET) or --file FILE (one of them).", hint="See `photoclip tags list` for the sets.")
    if args.file:
        return load_tagset_file(args.file)
    try:
        return lib.tags.get(args.set)
    except PhotoclipError:
        builtin = lib.tags.builtins().get(args.set.lower())
        if builtin is None:
            raise
        return builtin


def _tags_preview(args: argparse.Namespace, lib: Library) -> None:
    from photoclip.core.tagsets.heatmap import render_png, shown_values

    tagset = _preview_tagset(args, lib)
    records = _preview_photos(args, lib)
    preview = lib.tags.preview(tagset, [r.id for r in records])
    by_id = {r.id: r for r in records}
    rows = [by_id[int(pid)] for pid in preview.photo_ids]
    missing = sorted(r.path for r in records if r.id not in {int(p) for p in preview.photo_ids})
    values = shown_values(preview, args.similarities)
    shown = "cosine" if values is preview.cosines else "probability"
    labels = list(preview.labels)
    png = None
    if args.png:
        png = render_png(preview, [Path(r.path).name for r in rows], labels, args.png, show_cosine=args.similarities, thumbnails=_thumbnails(lib, rows))
    data = {
        "tagset": tagset.name,
        "mode": tagset.mode,
        "shown": shown,
        "labels": labels,
        "thresholds": [float(t) for t in preview.thresholds],
        "photos": [
            {
                "photo_id": r.id,
                "path": r.path,
                "cosines": [round(float(v), 6) for v in preview.cosines[i]],
                "scores": [round(float(v), 6) for v in preview.scores[i]],
                "tags": [label for label, given in zip(labels, preview.assigned[i]) if given],
            }
            for i, r in enumerate(rows)
        ],
        "missing": missing,
        "png": str(png) if png else None,
    }
    emit(args, data, _preview_text(tagset, rows, labels, values, preview.assigned, preview.thresholds, shown, missing, png))


def _preview_text(
    tagset: TagSet, rows: list[PhotoRecord], labels: list[str], values: np.ndarray, assigned: np.ndarray, thresholds: np.ndarray,
    shown: str, missing: list[str], png: Path | None,
) -> str:
    """The similarity table as text: a row per photo, a column per tag, ``*`` on the tags an apply gives."""
    names = [Path(r.path).name for r in rows]
    first = max([len(n) for n in names] + [len("threshold")])
    widths = [max(len(label), 6) for label in labels]
    lines = [f"{tagset.name} ({tagset.mode}): {shown} of {len(rows)} photo(s); * marks the tags an apply would give."]
    lines.append(f"{'photo':<{first}}  " + "  ".join(f"{label:>{w}}" for label, w in zip(labels, widths)) + "  tags")
    for i, name in enumerate(names):
        cells = "  ".join(f"{f'{values[i, k]:.2f}' + ('*' if assigned[i, k] else ' '):>{w}}" for k, w in enumerate(widths))
        given = ", ".join(label for label, on in zip(labels, assigned[i]) if on) or "-"
        lines.append(f"{name:<{first}}  {cells}  {given}")
    lines.append(f"{'threshold':<{first}}  " + "  ".join(f"{f'{t:.2f}':>{w - 1}} " for t, w in zip(thresholds, widths)))
    if missing:
        lines.append(f"{len(missing)} photo(s) are not indexed yet and were left out: run `photoclip index`.")
    if png is not None:
        lines.append(f"Wrote the heat map to {png}")
    return "\n".join(lines)


def _thumbnails(lib: Library, rows: list[PhotoRecord]) -> list[Image.Image | None]:
    """The photos' thumbnails from the library's cache (made when missing); None for one that cannot be read."""
    from PIL import Image

    from photoclip.core.imaging import ImageDecodeError

    images: list[Image.Image | None] = []
    for record in rows:
        try:
            with Image.open(lib.thumbnails.ensure(record)) as image:
                images.append(image.convert("RGB"))
        except (ImageDecodeError, OSError):
            images.append(None)
    return images


TAGS = Command("tags", "tag sets that file photos into albums automatically", _tags_arguments, run_tags)
