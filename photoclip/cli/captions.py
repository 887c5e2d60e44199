"""``photoclip captions``: your own descriptions of photos, which personalisation learns from."""

from __future__ import annotations

import argparse
import dataclasses

from photoclip.cli.common import Command, add_common_options, emit, open_library


def _captions_arguments(captions: argparse.ArgumentParser) -> None:
    csub = captions.add_subparsers(dest="captions_command", metavar="ACTION", required=True)
    p = csub.add_parser("import", help="add captions from a CSV file of path,caption rows")
    add_common_options(p, suppress=True)
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--base", metavar="DIR", default=None, help="folder that relative paths are relative to (default: the CSV file's folder)")
    p = csub.add_parser("show", help="a photo's captions")
    add_common_options(p, suppress=True)
    p.add_argument("photo", help="a library photo (path or id)")
    p = csub.add_parser("set", help="replace a photo's captions (none: remove them)")
    add_common_options(p, suppress=True)
    p.add_argument("photo", help="a library photo (path or id)")
    p.add_argument("texts", nargs="*", metavar="CAPTION")


def run_captions(args: argparse.Namespace) -> int:
    """``photoclip captions import|show|set``."""
    with open_library(args, read_only_ok=args.captions_command == "show") as lib:
        if args.captions_command == "import":
            report = lib.import_captions(args.file, args.base)
            data = dataclasses.asdict(report)
            lines = [f"Added {report.added} caption(s) for {report.photos} photo(s)"
                     + (f"; {report.duplicates} were already there" if report.duplicates else "") + "."]
            if report.skipped:
                lines.append(f"Skipped {len(report.skipped)} row(s):")
                lines += [f"  line {p.line}: {p.reason}" for p in report.skipped]
            emit(args, data, "\n".join(lines))
        elif args.captions_command == "show":
            texts = lib.captions(args.photo)
            emit(args, texts, "\n".join(texts) or "No captions.")
        else:
            texts = lib.set_captions(args.photo, args.texts)
            emit(args, texts, f"{len(texts)} caption(s) stored.")
    return 0


CAPTIONS = Command("captions", "your own descriptions of photos (what personalisation learns from)", _captions_arguments, run_captions)
