"""The parser assembled from every command group's :class:`Command` values, and ``main``: dispatch and exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from photoclip import __version__
from photoclip.cli import albums, bench, captions, duplicates, library, models, personalize, search, tags, watch
from photoclip.cli.common import Command, Handler, add_common_options
from photoclip.cli.describe import DESCRIBE
from photoclip.errors import ModelUnavailableError, PhotoclipError

#: Every command, in the order ``photoclip --help`` lists them.
COMMANDS: tuple[Command, ...] = (
    library.FOLDERS,
    library.INDEX,
    search.SEARCH,
    search.SIMILAR,
    DESCRIBE,
    library.GUI,
    watch.WATCH,
    library.STATUS,
    models.MODELS,
    tags.TAGS,
    albums.ALBUMS,
    duplicates.DUPLICATES,
    captions.CAPTIONS,
    personalize.PERSONALIZE,
    library.DEMO,
    bench.BENCH,
)

#: The dispatch table: a command's name to its handler.
HANDLERS: dict[str, Handler] = {command.name: command.run for command in COMMANDS}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and shell completion)."""
    parser = argparse.ArgumentParser(prog="photoclip", description="Offline photo search that understands what is in a picture.")
    parser.add_argument("--version", action="version", version=f"photoclip {__version__}")
    add_common_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        p = sub.add_parser(command.name, help=command.help, description=command.help)
        if command.common_options:
            add_common_options(p, suppress=True)
        command.arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code: 0 success, 1 a problem the message on stderr explains,
        130 interrupted. Bad usage exits with 2 (``SystemExit`` from argparse).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None or args.command == "gui":
        # Outside the handling below: the app shows its own errors.
        return library.run_gui(args)
    try:
        return HANDLERS[args.command](args)
    except PhotoclipError as exc:
        print(f"photoclip: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(exc.hint, file=sys.stderr)
        if isinstance(exc, ModelUnavailableError) and exc.model:
            print(models.offline_setup(exc.model), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted. Everything stored so far is kept; run the command again to continue.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
