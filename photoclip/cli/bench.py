"""``photoclip bench``: the checkout's benchmarks (``benchmarks/``), which the wheel does not ship."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

from photoclip.cli.common import Command
from photoclip.errors import PhotoclipError

#: The source tree this package runs from: the folder above ``photoclip/``.
_CHECKOUT = Path(__file__).resolve().parent.parent.parent


def import_benchmark(module: str, checkout: Path | None = None) -> ModuleType:
    """Import a module of the checkout's ``benchmarks/`` folder, which the wheel does not ship.

    Args:
        module: ``bench`` or ``personalize_bench``.
        checkout: The source tree (default: the folder above this package).

    Returns:
        The imported module.

    Raises:
        PhotoclipError: photoclip runs from an installed wheel, without the benchmarks.
    """
    root = checkout or _CHECKOUT
    if not (root / "benchmarks" / f"{module}.py").is_file():
        raise PhotoclipError(
            "The benchmarks are not installed: they live in the benchmarks/ folder of a photoclip source checkout.",
            hint="Clone the repository, `pip install -e .` in it, and run the command there.",
        )
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(f"benchmarks.{module}")


def _bench_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quick", action="store_true", help="smaller sizes, under 3 minutes on a 2-core laptop")
    p.add_argument("--json", dest="json_file", metavar="FILE", default=None, help="also write the results as one JSON object to FILE")
    p.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default="cpu", help="where the model runs (default: cpu)")
    p.add_argument("--model", choices=("ViT-B-32", "test-tiny"), default=None, help="architecture (random weights; default ViT-B-32)")
    p.add_argument("--data", metavar="DIR", default=None, help="real photos to upscale (default: ../shared/data beside the project)")
    p.add_argument("--preset", choices=("full", "quick", "smoke"), default=None, help=argparse.SUPPRESS)


def run_bench(args: argparse.Namespace) -> int:
    """``photoclip bench``: measure speed and scale, print the table (and write the JSON file with ``--json FILE``)."""
    bench = import_benchmark("bench")
    preset = args.preset or ("quick" if args.quick else "full")
    data = Path(args.data).expanduser() if args.data else None
    result = bench.run_bench(preset, device=args.device, model=args.model, data_dir=data)
    print(bench.format_table(result))
    if args.json_file:
        Path(args.json_file).write_text(json.dumps(bench.public(result), indent=2) + "\n", encoding="utf-8")
    return 0


# Without the common options: bench works in temporary homes, and its --json takes a file.
BENCH = Command("bench", "measure speed and scale (see README, Performance)", _bench_arguments, run_bench, common_options=False)
