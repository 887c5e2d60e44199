"""``photoclip personalize``: train the model's projection heads on your captions, switch profiles, measure it."""

from __future__ import annotations

import argparse
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip.cli.bench import import_benchmark
from photoclip.cli.common import Command, add_common_options, close_job, emit, open_library
from photoclip.cli.progress import reprojection_bar
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:
    from tqdm import tqdm

    from photoclip.core.library import Library
    from photoclip.core.personalize.records import TrainingConfig, TrainingResult


def _personalize_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--epochs", type=int, default=None, help="the most passes over the captions (default 30; stops early)")
    p.add_argument("--dry-run", action="store_true", help="train and show the figures, change nothing")
    psub = p.add_subparsers(dest="personalize_command", metavar="ACTION")
    q = psub.add_parser("revert", help="go back to the model's original heads (the original rankings)")
    add_common_options(q, suppress=True)
    q = psub.add_parser("list", help="saved profiles, with their held-out figures")
    add_common_options(q, suppress=True)
    q = psub.add_parser("use", help="switch to a saved profile")
    add_common_options(q, suppress=True)
    q.add_argument("name", help="p1, p2, ...")
    q = psub.add_parser("bench", help="held-out recall before/after and re-projection cost on captioned photos (a scratch library)")
    add_common_options(q, suppress=True)
    q.add_argument("data", nargs="?", default=None, metavar="DIR", help="images/ + captions.csv (default: ../shared/data/flickr8k-1k)")
    q.add_argument("--model", default="test-tiny", help="model name (default test-tiny)")
    q.add_argument("--random", metavar="ARCH", default=None, help="seeded random weights of an open_clip architecture instead, e.g. ViT-B-32")
    q.add_argument("--epochs", type=int, default=None, help="the most epochs (default 30)")
    q.add_argument("--photos", type=int, default=None, help="only the first N photos")
    q.add_argument("--synthetic", type=int, default=100_000, help="stored photos to re-project for the timing (default 100000; 0 skips)")


def _training_config(args: argparse.Namespace) -> TrainingConfig:
    from photoclip.core.personalize.records import TrainingConfig

    if args.epochs is not None and args.epochs < 0:
        raise PhotoclipError("--epochs must be 0 or more.")
    return TrainingConfig() if args.epochs is None else TrainingConfig(epochs=args.epochs)


def run_personalize(args: argparse.Namespace) -> int:
    """``photoclip personalize`` (train and apply), or its ``revert|list|use|bench`` action."""
    action = args.personalize_command
    if action == "bench":
        return _run_personalize_bench(args)
    with open_library(args, read_only_ok=action == "list") as lib:
        if action == "revert":
            old = lib.revert_personalization()
            emit(args, {"reverted": old, "model": lib.serving_identity()},
                  f"Searches use {lib.serving_identity()} again (the original heads)." if old else "Already using the original heads.")
        elif action == "list":
            profiles = lib.profiles()
            lines = [f"{'*' if p.active else ' '} {p.name:<5} {datetime.fromtimestamp(p.created):%Y-%m-%d %H:%M}  "
                     f"{p.captions} captions  held-out before {p.before}  after {p.after}" for p in profiles]
            emit(args, [p.as_dict() for p in profiles], "\n".join(lines) + "\n(* = in use)" if lines else "No profiles yet. Train one with `photoclip personalize`.")
        elif action == "use":
            bar = reprojection_bar(args)
            try:
                info = lib.use_profile(args.name, bar)
            finally:
                bar.close()
            emit(args, info.as_dict() if info else None, f"Searches now use {lib.serving_identity()}.")
        else:
            return _train_profile(args, lib)
    return 0


def _train_profile(args: argparse.Namespace, lib: Library) -> int:
    from tqdm import tqdm

    from photoclip.core.personalize.records import PersonalizationRefused

    quiet = bool(args.json)
    cancel = threading.Event()
    bar: tqdm | None = None
    result: TrainingResult | None = None
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
        close_job(events)
        if bar is not None:
            bar.close()
    assert result is not None
    data = result.as_dict()
    text = (f"Trained on {result.train_photos} photos ({result.train_captions} captions), "
            f"held out {result.heldout_photos} ({result.heldout_captions} captions), {result.seconds:.1f} s.\n"
            f"Held-out recall before: {result.before}\nHeld-out recall after:  {result.after}")
    if args.dry_run:
        emit(args, {**data, "applied": False, "dry_run": True}, text + "\nDry run: nothing applied.")
        return 0
    try:
        reprojection = reprojection_bar(args)
        try:
            info = lib.apply_personalization(result, reprojection)
        finally:
            reprojection.close()
    except PersonalizationRefused as exc:
        emit(args, {**data, "applied": False, "refused": True}, text)
        print(f"photoclip: {exc.message}", file=sys.stderr)
        return 1
    emit(args, {**data, "applied": True, "profile": info.as_dict()},
          text + f"\nApplied as {info.name}: searches now use {info.identity}. `photoclip personalize revert` goes back.")
    return 0


def _run_personalize_bench(args: argparse.Namespace) -> int:
    personalize_bench = import_benchmark("personalize_bench")
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
    emit(args, report, personalize_bench.format_report(report))
    return 0


PERSONALIZE = Command(
    "personalize", "teach the model your words: train its projection heads on your captions", _personalize_arguments, run_personalize
)
