"""photoclip side by side with rclip: first index, peak memory, cold and warm command-line search.

``python -m benchmarks.rclip_compare`` (or ``photoclip bench --vs-rclip``):

1. installs rclip from PyPI into a virtualenv of its own (``--rclip-venv``,
   made once and reused), so neither tool sees the other's packages;
2. gives both tools the same random weights of rclip's architecture
   (open_clip ``ViT-B-32-256``, seed 0): rclip gets ``visual.onnx`` and
   ``textual.onnx`` exported to the contract its loader reads (input
   ``input``, output ``output``, fp32, the projection inside, dynamic batch),
   put where it looks (``$RCLIP_DATADIR/<model>/``), with open_clip's
   tokenizer vocabulary; photoclip imports the same state dict
   (``photoclip models import``), which sets it up for ONNX Runtime;
3. makes the photos: 12 MP JPEGs (real photos upscaled, as ``photoclip
   bench`` does) plus small real photos from ``../shared/data``;
4. runs interleaved repeats, each tool as its own command in a fresh process:
   the first index of the folder (whole process, model load included, and its
   peak RSS), then text searches with a new query (cold) and the same query
   again (warm), and prints medians and ratios.

Model hubs are out of reach here, so rclip's weights cannot be its own
pretrained ones; they are random, like photoclip's, and the compute is the
real architecture's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
ARCH = "ViT-B-32-256"
RCLIP_MODEL_DIR = "ViT-B-32-256-datacomp_s34b_b86k"  # where rclip 3.x's loader looks
RCLIP_VERSION = "3.3.0"
MODEL_NAME = "bench-vit-b-32-256"
QUERIES = ["a dog running on the beach", "children playing in the snow", "a red car in a city street", "two people on a mountain"]


@dataclass(frozen=True)
class Run:
    """One command's cost: wall seconds and the peak RSS of its process."""

    seconds: float
    peak_rss_mb: float


def _log(message: str) -> None:
    print(f"[vs-rclip {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


#: Runs a command and reports its wall time and peak RSS. A small fresh process forks it: forked from
#: this one (torch loaded), the child's peak RSS would start at this process's size.
_WRAPPER = """
import json, os, sys, time
cmd, cwd = json.loads(sys.argv[1]), json.loads(sys.argv[2])
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        if cwd:
            os.chdir(cwd)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.execvp(cmd[0], cmd)
    finally:
        os._exit(127)
_pid, status, usage = os.wait4(pid, 0)
print(json.dumps({"code": os.waitstatus_to_exitcode(status), "seconds": time.perf_counter() - started, "kb": usage.ru_maxrss}))
"""


def timed_rss(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run a command to the end (its output discarded); its wall time and its own peak RSS (``wait4``).

    Raises:
        RuntimeError: The command failed.
    """
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, json.dumps(cmd), json.dumps(str(cwd) if cwd else "")],
        env=env, capture_output=True, text=True, check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    if report["code"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed with status {report['code']}")
    return Run(report["seconds"], report["kb"] / 1024.0)


def ensure_rclip(venv: Path) -> Path:
    """rclip from PyPI in its own virtualenv; returns its ``rclip`` executable."""
    exe = venv / "bin" / "rclip"
    if exe.is_file():
        return exe
    _log(f"installing rclip {RCLIP_VERSION} from PyPI into {venv}")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", f"rclip=={RCLIP_VERSION}"], check=True)
    return exe


def make_weights(root: Path) -> tuple[Path, Path]:
    """Random ``ViT-B-32-256`` weights (seed 0) as a safetensors file, and rclip's data folder holding the same model.

    Returns:
        ``(weights file for photoclip, rclip model folder)``.
    """
    import open_clip
    import torch
    from safetensors.torch import save_file

    from photoclip.core.models.tokenizer import open_clip_vocab

    torch.manual_seed(0)
    model = open_clip.create_model(ARCH)
    model.eval()
    weights = root / "random-vit-b-32-256.safetensors"
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(weights))
    rclip_models = root / "rclip-models"
    target = rclip_models / RCLIP_MODEL_DIR
    target.mkdir(parents=True)
    (rclip_models / "tokenizer").mkdir()
    shutil.copy(open_clip_vocab(), rclip_models / "tokenizer" / "bpe_simple_vocab_16e6.txt.gz")

    class Visual(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.model.encode_image(x)

    class Textual(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.model.encode_text(x)

    common: dict[str, Any] = dict(
        input_names=["input"], output_names=["output"], opset_version=17, do_constant_folding=True,
        dynamic_axes={"input": {0: "batch_size"}, "output": {0: "batch_size"}}, dynamo=False,
    )
    size = model.visual.image_size[0] if isinstance(model.visual.image_size, tuple) else model.visual.image_size
    # Not under no_grad: there torch's attention takes a fused path the ONNX exporter cannot write.
    torch.onnx.export(Visual(), (torch.randn(2, 3, size, size),), str(target / "visual.onnx"), **common)
    tokens = open_clip.get_tokenizer(ARCH)(["a photo", "a dog"])
    torch.onnx.export(Textual(), (tokens,), str(target / "textual.onnx"), **common)
    return weights, rclip_models


def make_photos(root: Path, big: int, small: int, data_dir: Path) -> tuple[Path, int]:
    """``big`` 12 MP JPEGs and ``small`` real photos as they are, in one folder; returns it and the count."""
    from benchmarks.bench import PHOTO_SUFFIXES, make_12mp_photos

    folder = root / "photos"
    make_12mp_photos(folder / "12mp", big, data_dir)
    sources = sorted(p for p in data_dir.rglob("*") if p.suffix.lower() in PHOTO_SUFFIXES and p.is_file())
    from PIL import Image

    copied = 0
    for src in sources:
        if copied >= small:
            break
        try:
            with Image.open(src) as im:
                im.verify()
        except Exception:  # a file posing as an image: both tools would skip it
            continue
        dest = folder / "small" / f"{copied:05d}{src.suffix.lower()}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, dest)
        copied += 1
    return folder, big + copied


def set_up_photoclip(root: Path, photos: Path, weights: Path) -> tuple[Path, str]:
    """Import the weights into a library that has scanned the photos, as a user would set a model up.

    Returns:
        The models folder (each timed home links to it) and what will encode.
    """
    from photoclip.core.indexing.pipeline import scan_changes
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths

    with Library(LibraryPaths.at(root / "home-setup")) as lib:
        lib.add_folder(photos)
        for _event in scan_changes(lib.catalog):
            pass
        spec = lib.import_model(weights, ARCH, MODEL_NAME)  # exports, checked on this library's photos
        return lib.paths.models_dir, str(getattr(lib.embedder(spec), "inference_summary", lambda: "?")())


def _photoclip(*args: str) -> list[str]:
    return [sys.executable, "-m", "photoclip", *args]


def compare(args: argparse.Namespace) -> dict[str, Any]:
    """Run the comparison; returns the result (runs, medians, ratios)."""
    data_dir = Path(args.data).expanduser() if args.data else REPO_ROOT.parent / "shared" / "data"
    root = Path(tempfile.mkdtemp(prefix="photoclip-vs-rclip-"))
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        rclip = ensure_rclip(Path(args.rclip_venv).expanduser())
        _log("weights and rclip's ONNX files")
        weights, rclip_models = make_weights(root)
        photos, count = make_photos(root, args.big, args.small, data_dir)
        _log(f"{count} photos ({args.big} of 12 MP) in {photos}")

        t = time.perf_counter()
        models_dir, inference = set_up_photoclip(root, photos, weights)
        setup_s = time.perf_counter() - t
        status = {"inference": inference}
        _log(f"photoclip set-up (import, ONNX export and its checks on the photos) {setup_s:.1f} s; inference: {inference}")

        runs: dict[str, list[Any]] = {k: [] for k in ("pc_index", "rc_index", "pc_cold", "rc_cold", "pc_warm", "rc_warm")}
        for r in range(args.repeats):
            home = root / f"home-{r}"
            home.mkdir()
            (home / "models").symlink_to(models_dir, target_is_directory=True)
            subprocess.run(_photoclip("folders", "add", str(photos), "--home", str(home)), check=True, env=env, capture_output=True)
            subprocess.run(_photoclip("models", "use", MODEL_NAME, "--home", str(home)), check=True, env=env, capture_output=True)
            rdata = root / f"rclip-{r}"
            rdata.mkdir()
            for entry in rclip_models.iterdir():
                (rdata / entry.name).symlink_to(entry, target_is_directory=True)
            renv = dict(os.environ, RCLIP_DATADIR=str(rdata), HF_HUB_OFFLINE="1")
            order = [("pc", lambda home=home: timed_rss(_photoclip("index", "--home", str(home)), env=env)),
                     ("rc", lambda renv=renv: timed_rss([str(rclip), "-f", "-t", "5", "warm-up query"], cwd=photos, env=renv))]
            for name, fn in order if r % 2 == 0 else order[::-1]:
                run = fn()
                runs[f"{name}_index"].append(run)
                _log(f"repeat {r + 1}: {name} first index {run.seconds:.1f} s, peak RSS {run.peak_rss_mb:.0f} MB")
            for q in QUERIES[: args.queries]:
                query = f"{q} {r}"
                for name in ("pc", "rc") if r % 2 == 0 else ("rc", "pc"):
                    cmd = _photoclip("search", query, "-k", "5", "--home", str(home)) if name == "pc" else [str(rclip), "-n", "-f", "-t", "5", query]
                    cwd, e = (None, env) if name == "pc" else (photos, renv)
                    cold = timed_rss(cmd, cwd=cwd, env=e)
                    warm = timed_rss(cmd, cwd=cwd, env=e)
                    runs[f"{name}_cold"].append(cold)
                    runs[f"{name}_warm"].append(warm)
                    _log(f"  {name} search {query!r}: cold {cold.seconds:.2f} s ({cold.peak_rss_mb:.0f} MB), warm {warm.seconds:.2f} s")
        return summarise(runs, count, args, status, setup_s)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            _log(f"kept {root}")


def summarise(runs: dict[str, list[Run]], count: int, args: argparse.Namespace, status: dict[str, Any], setup_s: float) -> dict[str, Any]:
    """Medians and ratios (photoclip over rclip for rates, rclip over photoclip for times and memory)."""
    from benchmarks.bench import machine_description
    from photoclip.core.models.embedder import cpu_has_native_bf16

    def med(key: str, field: str) -> float:
        return float(statistics.median(getattr(r, field) for r in runs[key]))

    pc_rate, rc_rate = count / med("pc_index", "seconds"), count / med("rc_index", "seconds")
    result = {
        "photos": count, "photos_12mp": args.big, "repeats": args.repeats,
        "machine": machine_description(), "native_bf16": cpu_has_native_bf16(),
        "photoclip_inference": status.get("inference"), "photoclip_setup_s": round(setup_s, 1),
        "index_pps": {"photoclip": round(pc_rate, 2), "rclip": round(rc_rate, 2), "ratio": round(pc_rate / rc_rate, 2)},
        "index_peak_rss_mb": {
            "photoclip": round(med("pc_index", "peak_rss_mb")), "rclip": round(med("rc_index", "peak_rss_mb")),
            "ratio": round(med("pc_index", "peak_rss_mb") / med("rc_index", "peak_rss_mb"), 2),
        },
        "cold_search_s": {
            "photoclip": round(med("pc_cold", "seconds"), 2), "rclip": round(med("rc_cold", "seconds"), 2),
            "ratio": round(med("pc_cold", "seconds") / med("rc_cold", "seconds"), 2),
        },
        "cold_search_rss_mb": {"photoclip": round(med("pc_cold", "peak_rss_mb")), "rclip": round(med("rc_cold", "peak_rss_mb"))},
        "warm_search_s": {
            "photoclip": round(med("pc_warm", "seconds"), 2), "rclip": round(med("rc_warm", "seconds"), 2),
            "ratio": round(med("pc_warm", "seconds") / med("rc_warm", "seconds"), 2),
        },
        "_runs": {k: [vars(r) for r in v] for k, v in runs.items()},
    }
    return result


def format_table(result: dict[str, Any]) -> str:
    """The readable report."""
    ix, mem, cold, warm = result["index_pps"], result["index_peak_rss_mb"], result["cold_search_s"], result["warm_search_s"]
    return "\n".join([
        f"photoclip vs rclip {RCLIP_VERSION} on {result['machine']} (native bf16: {result['native_bf16']}), "
        f"{result['photos']} photos ({result['photos_12mp']} of 12 MP), median of {result['repeats']}",
        f"photoclip inference: {result['photoclip_inference']}",
        f"{'':32} {'photoclip':>10} {'rclip':>10} {'ratio':>7}",
        f"{'first index, photos/s':32} {ix['photoclip']:10.2f} {ix['rclip']:10.2f} {ix['ratio']:6.2f}x   (target >= 1.5)",
        f"{'peak RSS while indexing, MB':32} {mem['photoclip']:10.0f} {mem['rclip']:10.0f} {mem['ratio']:6.2f}x   (target <= 1)",
        f"{'cold CLI search, s':32} {cold['photoclip']:10.2f} {cold['rclip']:10.2f} {cold['ratio']:6.2f}x   (target <= 1)",
        f"{'warm CLI search (same query), s':32} {warm['photoclip']:10.2f} {warm['rclip']:10.2f} {warm['ratio']:6.2f}x",
        f"{'cold search peak RSS, MB':32} {result['cold_search_rss_mb']['photoclip']:10.0f} {result['cold_search_rss_mb']['rclip']:10.0f}",
    ])


def arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--big", type=int, default=96, help="12 MP JPEGs (default 96)")
    p.add_argument("--small", type=int, default=1000, help="small real photos (default 1000)")
    p.add_argument("--repeats", type=int, default=2, help="interleaved repeats (default 2)")
    p.add_argument("--queries", type=int, default=2, help="new queries per repeat (default 2)")
    p.add_argument("--data", default=None, metavar="DIR", help="real photos (default ../shared/data)")
    p.add_argument("--rclip-venv", default=str(Path(tempfile.gettempdir()) / "photoclip-bench-rclip-venv"), help="rclip's own virtualenv (made once)")
    p.add_argument("--json", dest="json_file", default=None, metavar="FILE", help="also write the result as JSON")
    p.add_argument("--keep", action="store_true", help="keep the workspace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rclip_compare", description=__doc__.splitlines()[0])
    arguments(parser)
    args = parser.parse_args(argv)
    result = compare(args)
    print(format_table(result))
    if args.json_file:
        Path(args.json_file).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
