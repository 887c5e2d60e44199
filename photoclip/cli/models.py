"""``photoclip models``: list, download, export, import and choose models, and the way forward without a network."""

from __future__ import annotations

import argparse
from typing import TypedDict

from photoclip.cli.common import Command, add_common_options, emit, open_library
from photoclip.cli.progress import model_bar


def _models_arguments(models: argparse.ArgumentParser) -> None:
    msub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    p = msub.add_parser("list", help="the models photoclip can use")
    add_common_options(p, suppress=True)
    p = msub.add_parser("download", help="download a model's weights into the Hugging Face cache")
    add_common_options(p, suppress=True)
    p.add_argument("name")
    p = msub.add_parser("export", help="write a model to one file, to set it up on a machine without network")
    add_common_options(p, suppress=True)
    p.add_argument("name")
    p.add_argument("file")
    p = msub.add_parser("import", help="import a model file from `models export`, or a plain weights file with --arch")
    add_common_options(p, suppress=True)
    p.add_argument("file")
    p.add_argument("--arch", default=None, help="open_clip architecture of a plain weights file, e.g. ViT-B-32")
    p.add_argument("--name", default=None, help="the name to use it by (default: the archive's, or ARCH-local)")
    p = msub.add_parser("use", help="choose the model of this library (photos are embedded again)")
    add_common_options(p, suppress=True)
    p.add_argument("name")


class _ModelRow(TypedDict):
    """One model of ``models list`` (a JSON object with ``--json``)."""

    name: str
    arch: str
    pretrained: str | None
    embed_dim: int
    image_size: int
    languages: list[str]
    download_mb: float
    downloaded: bool
    path: str | None
    default: bool
    in_use: bool
    for_tests: bool
    description: str


def run_models(args: argparse.Namespace) -> int:
    """``photoclip models list|download|export|import|use``."""
    with open_library(args, read_only_ok=args.models_command == "list") as lib:
        action = args.models_command
        if action == "list":
            chosen = lib.chosen_model().name
            default = lib.registry.default().name
            rows: list[_ModelRow] = []
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
            emit(args, rows, text + "\n(* = in use)")
        elif action == "download":
            path = lib.download_model(args.name, progress=model_bar(quiet=bool(args.json)))
            emit(args, {"name": args.name, "path": str(path)}, f"{args.name} is ready: {path}")
        elif action == "export":
            path = lib.export_model(args.name, args.file, progress=model_bar(quiet=bool(args.json)))
            emit(
                args, {"name": args.name, "path": str(path)},
                f"Wrote {args.name} to {path}. On the offline machine run: photoclip models import {path.name}",
            )
        elif action == "import":
            spec = lib.import_model(args.file, args.arch, args.name, progress=model_bar(quiet=bool(args.json)))
            emit(args, {"name": spec.name, "arch": spec.arch}, f"Imported {spec.name} ({spec.arch}). Use it with `photoclip models use {spec.name}`.")
        else:
            spec = lib.use_model(args.name)
            emit(
                args,
                {"model": spec.name},
                f"This library now uses {spec.name}. Run `photoclip index` to embed the photos with it; "
                "searches use the previous model until that finishes.",
            )
    return 0


def _not_here(row: _ModelRow) -> str:
    if row["for_tests"] and not row["download_mb"]:
        return "generated on first use"
    return "not on this machine (photoclip models download NAME)"


def offline_setup(model: str) -> str:
    """The CLI's ways forward for a model that is not on this machine and cannot be downloaded.

    Args:
        model: The model's name.

    Returns:
        The commands to run, one per line.
    """
    return (
        f"On a machine with internet access: photoclip models export {model} {model}.zip\n"
        f"Then here: photoclip models import {model}.zip\n"
        "For an offline smoke run (meaningless results): photoclip models use test-tiny"
    )


MODELS = Command("models", "list, download, import and choose models", _models_arguments, run_models)
