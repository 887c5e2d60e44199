"""What every command group shares: the command table's entry, common options, opening the library, output.

Kept apart from ``app`` (which imports every command module) so that the
command modules can use it without an import cycle.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from photoclip.paths import LibraryPaths

if TYPE_CHECKING:
    # Annotations only: the library pulls in the catalog, numpy and hnswlib.
    from photoclip.core.library import Library

#: A command's handler: the parsed arguments in, the exit code out.
Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    """One ``photoclip COMMAND``: how it is parsed and what runs it.

    Attributes:
        name: The command word.
        help: One line for ``photoclip --help`` (also the command's description).
        arguments: Adds the command's own arguments (and sub-commands) to its parser.
        run: The handler.
        common_options: Whether the command takes ``--home`` and ``--json``
            (``bench`` works in temporary homes, and its ``--json`` takes a file).
    """

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler
    common_options: bool = True


def add_common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """Add ``--home`` and ``--json``.

    Args:
        parser: The top-level parser or a (sub-)command's.
        suppress: Leave the options out of the namespace unless given, so that
            a sub-command's parser does not overwrite what the top level parsed.
    """
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--home", metavar="DIR", default=default, help="library folder (default: $PHOTOCLIP_HOME or the per-user data folder)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False, help="machine-readable output")


def add_action(actions: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str) -> argparse.ArgumentParser:
    """Add a sub-command (``tags list``, ``models use`` ...) that takes the common options.

    Args:
        actions: The command's sub-parsers.
        name: The action word.
        help_text: One line for the command's help (also the action's description).

    Returns:
        The action's parser.
    """
    parser = actions.add_parser(name, help=help_text, description=help_text)
    add_common_options(parser, suppress=True)
    return parser


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that run the image model (saved settings apply when left out)."""
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default=None, help="where the model runs (default: auto)")
    parser.add_argument("--batch-size", type=int, default=None, help="images per forward pass")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads for the model (fewer keeps a laptop responsive)")
    parser.add_argument(
        "--precision", choices=("auto", "fp32", "bf16"), default=None,
        help="model arithmetic (default auto: bf16 on CPUs with native bf16, checked against fp32 at load; else fp32)",
    )


#: The settings that :func:`add_model_options` overrides, by their ``Settings`` field names.
MODEL_OPTION_NAMES = ("device", "batch_size", "threads", "precision")


def model_overrides(args: argparse.Namespace) -> dict[str, object]:
    """The model options as ``Settings`` overrides (None: keep the saved setting)."""
    return {name: getattr(args, name) for name in MODEL_OPTION_NAMES}


def open_library(args: argparse.Namespace, *, read_only_ok: bool = False, overrides: Mapping[str, object] | None = None) -> Library:
    """Open the library for writing (taking its write lock).

    Args:
        args: The parsed arguments (``--home``).
        read_only_ok: For commands that only read: a library another process
            is writing to (a running `photoclip watch`) is opened read-only
            instead, with a note on stderr.
        overrides: ``Settings`` fields for this run; None keeps the saved value.

    Returns:
        The open library (a context manager that closes it).

    Raises:
        LibraryLockedError: Another process writes to the library and ``read_only_ok`` is false.
    """
    # Imported here so `photoclip --help` stays instant.
    from photoclip.cli.progress import model_bar
    from photoclip.core.library import Library
    from photoclip.errors import LibraryLockedError
    from photoclip.settings import Settings

    paths = LibraryPaths.at(args.home)
    settings = Settings.load(paths.settings_file)
    changes = {k: v for k, v in (overrides or {}).items() if v is not None}
    if changes:
        # argparse's type= and choices= gave each value its field's type; a dict of them cannot say so.
        settings = dataclasses.replace(settings, **changes)  # type: ignore[arg-type]
    try:
        return Library(paths, settings, download_progress=model_bar())
    except LibraryLockedError as exc:
        if not read_only_ok:
            raise
        print(f"photoclip: note: {exc.message} Reading it without changing anything.", file=sys.stderr)
        return Library(paths, settings, read_only=True, download_progress=model_bar())


def emit(args: argparse.Namespace, data: object, text: str) -> None:
    """Print a command's result: ``data`` as JSON with ``--json``, else ``text`` (nothing when empty)."""
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    elif text:
        print(text)


def close_job(events: Iterator[object]) -> None:
    """Run a job's cleanup (stop its decoders, save the index) by closing its generator, finished or not.

    The core's jobs are generators typed as iterators; one that is not a
    generator has no cleanup to run.
    """
    if isinstance(events, Generator):
        events.close()
